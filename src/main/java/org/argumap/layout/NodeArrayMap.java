package org.argumap.layout;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only map from node ids to what a layout found for each, kept in arrays in the layout's
 * order (which is the map's) and found through a shared {@link Places}: a layout of 100,000
 * statements puts some 400,000 values in its geometry, and a hash map's entry per value, built
 * cold before the map is first shown, cost a tenth of the layout. Ids without a value (a
 * statement has no arrival) are not in the map.
 */
final class NodeArrayMap<V> extends AbstractMap<String, V> {
    private final Places places;
    private final V[] values;
    private final int size;

    /**
     * @param values by place, null where the id has none; kept, not copied
     */
    NodeArrayMap(Places places, V[] values) {
        this.places = places;
        this.values = values;
        int count = 0;
        for (int k = 0; k < places.count(); k++) {
            if (values[k] != null) {
                count++;
            }
        }
        this.size = count;
    }

    @Override
    public V get(Object key) {
        int place = key instanceof String id ? places.of(id) : -1;
        return place < 0 ? null : values[place];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int k = 0; k < places.count(); k++) {
            if (values[k] != null) {
                action.accept(places.id(k), values[k]);
            }
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = skipEmpty(0);

                    @Override
                    public boolean hasNext() {
                        return next < places.count();
                    }

                    @Override
                    public Map.Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> entry = new SimpleImmutableEntry<>(places.id(next), values[next]);
                        next = skipEmpty(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int skipEmpty(int from) {
        int k = from;
        while (k < places.count() && values[k] == null) {
            k++;
        }
        return k;
    }

    /**
     * Where each node id stands in the arrays: a table of places with open addressing, so that no
     * entry object and no boxed number is made per id. The ids must differ from one another.
     */
    static final class Places {
        private final String[] ids;
        private final int count;
        /** Place + 1 per slot; 0 for an empty slot. At most half full, so probes stay short. */
        private final int[] slots;

        Places(String[] ids, int count) {
            this.ids = ids;
            this.count = count;
            int capacity = Integer.highestOneBit(Math.max(4, count) * 2 - 1) << 1;
            slots = new int[capacity];
            int mask = capacity - 1;
            for (int k = 0; k < count; k++) {
                int slot = spread(ids[k].hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = k + 1;
            }
        }

        int count() {
            return count;
        }

        String id(int place) {
            return ids[place];
        }

        /** The place of this id, or -1 if it has none. */
        int of(String id) {
            int mask = slots.length - 1;
            for (int slot = spread(id.hashCode()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                String there = ids[slots[slot] - 1];
                if (there == id || there.equals(id)) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        /** Mixes the high bits of a hash into the low ones, which pick the slot (ids such as s1, s2 differ in few bits). */
        private static int spread(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
