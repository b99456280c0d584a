package org.argumap.edit.clipboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order in which a fragment's inferences can be added to a map: an undercut only after the
 * inference it attacks, since the model refuses a target that is not there yet.
 */
public final class FragmentOrder {
    private FragmentOrder() {
    }

    /** The inferences with each one after its target, otherwise in their order. */
    public static List<MapFragment.InferenceEntry> targetsFirst(List<MapFragment.InferenceEntry> inferences) {
        Map<String, MapFragment.InferenceEntry> waiting = new LinkedHashMap<>();
        inferences.forEach(i -> waiting.put(i.id(), i));
        List<MapFragment.InferenceEntry> ordered = new ArrayList<>(inferences.size());
        while (!waiting.isEmpty()) {
            boolean progress = false;
            for (var it = waiting.values().iterator(); it.hasNext(); ) {
                MapFragment.InferenceEntry next = it.next();
                if (!waiting.containsKey(next.targetId())) {
                    ordered.add(next);
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the fragment's inferences target each other in a loop");
            }
        }
        return ordered;
    }
}
