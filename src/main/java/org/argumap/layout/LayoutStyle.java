package org.argumap.layout;

/** The layouts a user can choose (View › Layout), each with the label the menu shows. */
public enum LayoutStyle {
    /** By size and shape: see {@link AutoLayout}. */
    AUTOMATIC("Automatic", new AutoLayout()),
    /** Claims on top, reasons and objections below, as in Rationale and Argdown: {@link TreeLayout}. */
    TREE("Tree", new TreeLayout()),
    /** Layers with few crossings, for maps where statements serve several arguments: {@link ElkLayeredLayout}. */
    LAYERED("Layered", new ElkLayeredLayout());

    private final String label;
    private final MapLayout layout;

    LayoutStyle(String label, MapLayout layout) {
        this.label = label;
        this.layout = layout;
    }

    /** The menu's words for it. */
    public String label() {
        return label;
    }

    /** A shared instance; layouts keep no state, so one serves every map and thread. */
    public MapLayout layout() {
        return layout;
    }
}
