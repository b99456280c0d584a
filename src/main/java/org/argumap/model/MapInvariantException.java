package org.argumap.model;

import java.util.List;

/**
 * A change that would break one of the map's rules: an edge into nowhere, a duplicate id, an
 * inference without target, premises or title, something supporting or attacking itself. The map
 * is unchanged when this is thrown.
 */
public final class MapInvariantException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> ids;

    public MapInvariantException(String code, String message, List<String> ids) {
        super(message);
        this.code = code;
        this.ids = List.copyOf(ids);
    }

    /** A short stable name of the rule, such as {@code duplicate-id} or {@code self-support}. */
    public String code() {
        return code;
    }

    /** The ids of the elements involved. */
    public List<String> ids() {
        return ids;
    }
}
