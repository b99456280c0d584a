package org.argumap.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the file format's history: turns the tree of a file of version {@link #from()} into
 * the tree of version {@code from() + 1}, before the tree is bound to the DTOs. Steps work on the
 * tree rather than the DTOs because an old file may have a shape the current DTOs cannot bind.
 */
interface Migration {
    int from();

    /** May change {@code tree} in place; must leave {@code "version"} at {@code from() + 1}. */
    ObjectNode apply(ObjectNode tree);

    /**
     * True for a step that changes nothing but the version number: the older file then binds to
     * the same DTOs as the newer one, and the reader can skip the tree and the upgrade.
     */
    default boolean onlyRenumbers() {
        return false;
    }
}
