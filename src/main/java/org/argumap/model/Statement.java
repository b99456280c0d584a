package org.argumap.model;

import java.util.List;

/** A proposition in the map: a claim or a piece of evidence. Changed only through its map. */
public final class Statement extends MapNode {
    private StatementContent content;

    Statement(String id, StatementContent content) {
        super(id);
        this.content = content;
    }

    public StatementContent content() {
        return content;
    }

    void setContent(StatementContent content) {
        this.content = content;
    }

    public StatementKind kind() {
        return content.kind();
    }

    public String text() {
        return content.text();
    }

    public String title() {
        return content.title();
    }

    public String author() {
        return content.author();
    }

    public List<String> tags() {
        return content.tags();
    }
}
