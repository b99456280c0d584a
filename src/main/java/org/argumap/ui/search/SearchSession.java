package org.argumap.ui.search;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.argumap.analysis.search.FoldedTexts;
import org.argumap.analysis.search.MapQuery;
import org.argumap.analysis.search.MapSearch;
import org.argumap.layout.MapGeometry;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.ui.canvas.Highlights;
import org.argumap.ui.canvas.MapCanvas;

/**
 * One window's search: the words typed and the filters chosen, the matches they find in the open
 * map (in reading order), and which match the user is on. It marks the matches on the canvas and
 * dims the rest, and steps to the next or previous match with wrap-around.
 *
 * <p>Typing is answered once per pulse however fast the keys come. While the match the user is on
 * still matches the words it stays; otherwise typing jumps to the first match from the top that
 * is on the canvas and selects it, as a browser's find does. Matches in collapsed branches count;
 * stepping onto one expands what hides it (see {@link MatchReveal}). Changing filters or editing
 * the map recounts without moving the selection. Opening another map ends the search.
 */
public final class SearchSession {
    /** Maps with fewer nodes fold their texts at the first search, in well under a frame. */
    private static final int FOLD_AHEAD_FROM = 5_000;
    private static final Duration FOLD_DELAY = Duration.seconds(3);
    private final MapCanvas canvas;
    private final MatchReveal reveal;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<MapQuery> query = new ReadOnlyObjectWrapper<>(this, "query", MapQuery.NONE);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(this, "noMatches");
    private final MapListener mapListener = this::mapChanged;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };

    private ArgumentMap map;
    /** The open map's texts, folded on a worker ahead of the first search. */
    private FoldedTexts ahead = FoldedTexts.NONE;
    /** Starts folding a while after a map is shown, when its opening has settled. */
    private final PauseTransition foldLater = new PauseTransition(FOLD_DELAY);
    private MapSearch index;
    private boolean indexStale = true;
    /** Statements whose content changed since the index was made, when nothing else changed. */
    private final Set<Statement> edited = new LinkedHashSet<>();
    private List<String> matches = List.of();
    private Set<String> matchSet = Set.of();
    private String current;
    private boolean pending;
    private boolean jumpPending;

    public SearchSession(MapCanvas canvas, ObservableValue<ArgumentMap> openMap) {
        this.canvas = canvas;
        foldLater.setOnFinished(e -> prepare());
        this.reveal = new MatchReveal(canvas);
        text.addListener((o, old, now) -> {
            query.set(query.get().withText(now));
            schedule(true);
        });
        openMap.addListener((o, old, now) -> watch(now));
        watch(openMap.getValue());
    }

    /** The words in the search field. */
    public StringProperty textProperty() {
        return text;
    }

    /** The words and filters in force. */
    public ReadOnlyObjectProperty<MapQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /** "3 of 12", "12 matches", "No matches", or empty while nothing is searched for. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while a search is active and finds nothing. */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** Sets the filters (kinds, tags, authors) of this query, keeping the words typed. */
    public void filter(MapQuery filters) {
        query.set(filters.withText(text.get()));
        schedule(false);
    }

    /** The matches, in reading order, as of the last keystroke or change. */
    public List<String> matches() {
        flush();
        return matches;
    }

    /** The match the user is on, or null. */
    public String current() {
        flush();
        return current;
    }

    /**
     * Folds the open map's texts for searching on a worker, if that has not started yet: a large
     * map's first search then need not fold them on the FX thread. Called when the user moves to
     * the search field, and a while after a map is shown.
     */
    public void prepare() {
        foldLater.stop();
        if (ahead != FoldedTexts.NONE || index != null || map.size() < FOLD_AHEAD_FROM) {
            return;
        }
        FoldedTexts folding = new FoldedTexts();
        ahead = folding;
        List<StatementContent> contents = map.statements().stream().map(Statement::content).toList();
        Thread worker = new Thread(() -> folding.fold(contents), "search-folding");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    /** The index of the open map, for the filter menu's lists of tags and authors. */
    public MapSearch index() {
        if (index == null || indexStale) {
            index = MapSearch.of(map, index, ahead);
            indexStale = false;
            dropFoldedAhead(); // the index keeps the folded texts from now on
        } else if (!edited.isEmpty()) {
            index = index.withChanged(map, edited);
        }
        edited.clear();
        return index;
    }

    /** Ends the search: no words, no filters, nothing marked or dimmed. */
    public void clear() {
        text.set("");
        query.set(MapQuery.NONE);
        schedule(false);
        flush();
    }

    /** F3, Enter: the next match after the selected box, or the first after the last. */
    public void next() {
        step(true);
    }

    /** Shift+F3, Shift+Enter: the match before the selected box, or the last before the first. */
    public void previous() {
        step(false);
    }

    // ---- private ------------------------------------------------------------------------------

    private void dropFoldedAhead() {
        if (ahead != FoldedTexts.NONE) {
            ahead.cancel();
            ahead = FoldedTexts.NONE;
        }
    }

    private void watch(ArgumentMap next) {
        if (map != null) {
            map.removeListener(mapListener);
        }
        map = next;
        map.addListener(mapListener);
        dropFoldedAhead();
        foldLater.playFromStart();
        index = null;
        indexStale = true;
        edited.clear();
        clear();
    }

    /**
     * Typing into a box changes only what one statement says: the index is patched, not made again,
     * so a large map stays quick to edit while a search is active. Other changes remake it.
     */
    private void mapChanged(MapEvent event) {
        if (event instanceof MapEvent.NodeMoved || event instanceof MapEvent.InfoChanged
                || event instanceof MapEvent.PresentationChanged) {
            return;
        }
        if (event instanceof MapEvent.StatementChanged changed) {
            edited.add(changed.statement());
        } else {
            indexStale = true;
        }
        if (query.get().isActive()) {
            schedule(false);
        }
    }

    private void schedule(boolean jump) {
        jumpPending |= jump;
        if (!pending) {
            pending = true;
            pulse.start();
        }
    }

    /** Answers the query now if a change is waiting for the next pulse. */
    private void flush() {
        if (!pending) {
            return;
        }
        pulse.stop();
        pending = false;
        boolean jump = jumpPending;
        jumpPending = false;
        MapQuery now = query.get();
        if (!now.isActive()) {
            matches = List.of();
            matchSet = Set.of();
            current = null;
            canvas.setHighlights(Highlights.NONE);
        } else {
            matches = index().find(now);
            matchSet = new HashSet<>(matches);
            if (!matchSet.contains(current)) {
                current = null;
            }
            if (jump && now.hasText() && current == null) {
                current = firstShown();
                if (current != null) {
                    reveal.show(current);
                }
            }
            showMarks();
        }
        showCount();
    }

    private void step(boolean forward) {
        flush();
        if (!query.get().isActive()) {
            return;
        }
        if (matches.isEmpty()) {
            canvas.announce("No matches");
            return;
        }
        MatchStep step = MatchStep.from(anchor(), matches, index(), forward);
        current = matches.get(step.index());
        boolean expanded = reveal.show(current);
        showMarks();
        showCount();
        if (expanded) {
            canvas.announce("Expanded a collapsed branch to show match " + count.get());
        } else if (step.wrapped()) {
            canvas.announce(forward ? "Search went past the last match: back at the first"
                    : "Search went past the first match: back at the last");
        }
    }

    /**
     * The first match in reading order that is on the canvas: typing does not open collapsed
     * branches at every keystroke; stepping with Enter or F3 does, for the match the user asked for.
     */
    private String firstShown() {
        MapGeometry shown = canvas.geometry();
        for (String id : matches) {
            if (shown.rectOf(id) != null) {
                return id;
            }
        }
        return null;
    }

    /** Where stepping starts: the selected box, which the user may have clicked since; else the current match. */
    private String anchor() {
        return canvas.selection().primary().filter(id -> map.statement(id) != null).orElse(current);
    }

    private void showMarks() {
        canvas.setHighlights(Highlights.of(matchSet, current));
    }

    private void showCount() {
        boolean active = query.get().isActive();
        noMatches.set(active && matches.isEmpty());
        if (!active) {
            count.set("");
        } else if (matches.isEmpty()) {
            count.set("No matches");
        } else if (current != null) {
            count.set(String.format("%,d of %,d", matches.indexOf(current) + 1, matches.size()));
        } else {
            count.set(matches.size() == 1 ? "1 match" : String.format("%,d matches", matches.size()));
        }
    }
}
