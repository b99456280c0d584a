package org.argumap.model;

/**
 * An edge of the map's graph: premise statement to inference, or inference to its target.
 * Carries nothing; which of the two it is follows from its endpoints.
 */
public final class Link {
    @Override
    public String toString() {
        return "Link@" + Integer.toHexString(System.identityHashCode(this));
    }
}
