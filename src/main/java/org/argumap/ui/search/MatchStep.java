package org.argumap.ui.search;

import java.util.List;
import org.argumap.analysis.search.MapSearch;

/**
 * Which match comes next from where the user is, in reading order, and whether getting there went
 * round the end of the map. From a match, the one after it; from a box that does not match, the
 * first match below it in reading order; from nowhere, the first match (or the last, backwards).
 *
 * @param index   the position in the list of matches
 * @param wrapped whether the step went past the last match to the first, or the first to the last
 */
record MatchStep(int index, boolean wrapped) {

    static MatchStep from(String anchor, List<String> matches, MapSearch search, boolean forward) {
        int last = matches.size() - 1;
        int from = anchor == null ? -1 : search.position(anchor);
        if (from < 0) {
            return new MatchStep(forward ? 0 : last, false);
        }
        int at = matches.indexOf(anchor);
        if (at >= 0) {
            int next = forward ? at + 1 : at - 1;
            boolean wrapped = next < 0 || next > last;
            return new MatchStep(wrapped ? (forward ? 0 : last) : next, wrapped);
        }
        // The anchor does not match: the nearest match past it. Matches are in reading order.
        if (forward) {
            for (int i = 0; i <= last; i++) {
                if (search.position(matches.get(i)) > from) {
                    return new MatchStep(i, false);
                }
            }
            return new MatchStep(0, true);
        }
        for (int i = last; i >= 0; i--) {
            if (search.position(matches.get(i)) < from) {
                return new MatchStep(i, false);
            }
        }
        return new MatchStep(last, true);
    }
}
