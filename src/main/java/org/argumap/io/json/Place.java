package org.argumap.io.json;

import java.util.Comparator;

/** A line and column in the input, counting from 1, for errors and warnings; ordered as in the file. */
public record Place(int line, int column) implements Comparable<Place> {
    public static final Place START = new Place(1, 1);
    private static final Comparator<Place> IN_FILE_ORDER = Comparator.comparingInt(Place::line).thenComparingInt(Place::column);

    /** "line 3, column 7", for messages. */
    public String describe() {
        return "line " + line + ", column " + column;
    }

    @Override
    public int compareTo(Place other) {
        return IN_FILE_ORDER.compare(this, other);
    }
}
