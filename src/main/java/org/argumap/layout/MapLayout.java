package org.argumap.layout;

import org.argumap.model.ArgumentMap;

/**
 * Where every box of a map goes. An implementation must keep the positions the user placed
 * ({@link org.argumap.model.MapNode#position()}, a box's centre) and move the unplaced boxes below
 * a placed one along with it, must give hidden (collapsed) nodes no rectangle, must terminate on
 * any map the model allows (shared premises, several main claims, cycles of support), and must be
 * safe to call from any thread (layouts keep no state between calls).
 *
 * <p>The work happens in {@link #layout(LayoutInput)}, from a snapshot of the map, so it may run
 * on a worker thread ({@link LayoutRunner}) while the map goes on changing on the FX thread.
 */
public interface MapLayout {
    MapGeometry layout(LayoutInput input);

    /** The whole map, nothing collapsed; reads the map, so call it on the map's thread. */
    default MapGeometry layout(ArgumentMap map, BoxSizes sizes) {
        return layout(LayoutInput.of(map, sizes, Collapsing.none()));
    }

    /** What the collapsed branches leave visible; reads the map, so call it on the map's thread. */
    default MapGeometry layout(ArgumentMap map, BoxSizes sizes, Collapsing collapsing) {
        return layout(LayoutInput.of(map, sizes, collapsing));
    }
}
