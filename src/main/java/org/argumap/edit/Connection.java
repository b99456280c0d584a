package org.argumap.edit;

/** What a statement dragged onto another box becomes there; the chooser's three answers. */
public enum Connection {
    /** It supports the box (a claim, or the step an inference makes). */
    REASON("Connect as Reason"),
    /** It attacks the box; attacking an inference is an undercut. */
    OBJECTION("Connect as Objection"),
    /** It attacks the step from the box to what the box bears on, not the box itself. */
    UNDERCUT("Connect as Undercut");

    private final String description;

    Connection(String description) {
        this.description = description;
    }

    /** The command's name for menus: "Connect as Reason". */
    public String description() {
        return description;
    }
}
