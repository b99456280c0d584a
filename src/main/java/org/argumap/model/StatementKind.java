package org.argumap.model;

/** What a statement is in itself, independent of how it is used in the map. */
public enum StatementKind {
    /** An assertion someone makes. */
    CLAIM,
    /** A source: a document, a link, a quotation, a date. */
    EVIDENCE
}
