package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.argumap.io.json.Place;

/** What a reading could not represent, each with its line; handed out sorted by line. */
final class Warnings {
    private record Entry(int line, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Place at, String text) {
        entries.add(new Entry(at.line(), text));
    }

    /** "line 12: …", in the order of the file (stable for warnings of one line). */
    List<String> sorted() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::line))
                .map(e -> "line " + e.line() + ": " + e.text()).toList();
    }
}
