package org.argumap.layout;

import org.argumap.model.ArgumentMap;

/**
 * Where every box of a map goes. An implementation must keep the positions the user placed
 * ({@link org.argumap.model.MapNode#position()}, a box's centre), must terminate on any map the
 * model allows (shared premises, several main claims, cycles of support), and must not recurse
 * in proportion to the map's depth.
 */
public interface MapLayout {
    MapGeometry layout(ArgumentMap map, BoxSizes sizes);

    /**
     * Lays out what the collapsed branches leave visible; hidden nodes get no rectangle.
     * Implementations must override this; the default ignores collapsing.
     */
    default MapGeometry layout(ArgumentMap map, BoxSizes sizes, Collapsing collapsing) {
        return layout(map, sizes);
    }
}
