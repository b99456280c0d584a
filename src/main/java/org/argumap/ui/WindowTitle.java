package org.argumap.ui;

/**
 * The window title: "name.argumap.json — Argumap", with a leading "• " while there are unsaved
 * changes. A leading mark stays visible when a task bar cuts long titles short.
 */
public final class WindowTitle {
    public static final String APPLICATION = "Argumap";
    public static final String DIRTY_MARK = "• ";
    public static final String UNTITLED = "Untitled";

    private WindowTitle() {
    }

    public static String of(String documentName, boolean dirty) {
        return (dirty ? DIRTY_MARK : "") + documentName + " — " + APPLICATION;
    }
}
