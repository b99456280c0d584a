package org.argumap.io.aif;

/** A line and column in the input, counting from 1, for errors and warnings. */
record Place(int line, int column) {
    static final Place START = new Place(1, 1);
}
