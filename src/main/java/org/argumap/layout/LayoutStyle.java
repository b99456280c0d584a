package org.argumap.layout;

import java.util.function.DoubleFunction;

/** The layouts a user can choose (View › Layout), each with the label the menu shows. */
public enum LayoutStyle {
    /** By size and shape: see {@link AutoLayout}. */
    AUTOMATIC("Automatic", new AutoLayout(), AutoLayout::forWindow),
    /** Claims on top, reasons and objections below, as in Rationale and Argdown: {@link TreeLayout}. */
    TREE("Tree", new TreeLayout(), TreeLayout::forWindow),
    /** Layers with few crossings, for maps where statements serve several arguments: {@link ElkLayeredLayout}. */
    LAYERED("Layered", new ElkLayeredLayout(), null);

    /** The window's width over height assumed when it is not known: 16:10. */
    public static final double DEFAULT_WINDOW_RATIO = TreeShelves.TARGET_RATIO;

    private final String label;
    private final MapLayout layout;
    /** Makes the layout for a window's shape; null when the layout does not heed it. */
    private final DoubleFunction<MapLayout> forWindow;

    LayoutStyle(String label, MapLayout layout, DoubleFunction<MapLayout> forWindow) {
        this.label = label;
        this.layout = layout;
        this.forWindow = forWindow;
    }

    /** The menu's words for it. */
    public String label() {
        return label;
    }

    /** A shared instance; layouts keep no state, so one serves every map and thread. */
    public MapLayout layout() {
        return layout;
    }

    /**
     * The layout for a window of this width over height, which fitted then shows the map as
     * large as its shape allows: where the tree layout stacks branches in columns and puts
     * separate trees on shelves, it aims at this shape. Cheap: layouts keep no state.
     */
    public MapLayout layout(double windowRatio) {
        return forWindow == null || Math.abs(windowRatio - DEFAULT_WINDOW_RATIO) < 0.01 ? layout : forWindow.apply(windowRatio);
    }
}
