package org.argumap.analysis.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.argumap.model.StatementContent;

/**
 * Statements' searchable texts, folded ahead of the first search, on any thread: folding every
 * statement of a large map (case, accents, quotes) takes seconds, and the first letter typed
 * should not wait for it on the FX thread. Contents are immutable, so a worker may fold them while
 * the user goes on editing the map; an index ({@link MapSearch#of(org.argumap.model.ArgumentMap,
 * MapSearch, FoldedTexts)}) takes what is folded and folds the rest itself. Thread-safe.
 */
public final class FoldedTexts {
    /** Nothing folded ahead. */
    public static final FoldedTexts NONE = new FoldedTexts();

    private final Map<StatementContent, String> folded = new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    /** Folds these contents, unless {@link #cancel()} is called meanwhile; for a worker thread. */
    public void fold(List<StatementContent> contents) {
        for (StatementContent content : contents) {
            if (cancelled) {
                return;
            }
            folded.computeIfAbsent(content, MapSearch::haystack);
        }
    }

    /** Stops a {@link #fold} under way: another map is shown. */
    public void cancel() {
        cancelled = true;
        folded.clear();
    }

    /** The folded text of this content if it was folded ahead, else null. */
    String get(StatementContent content) {
        return folded.get(content);
    }
}
