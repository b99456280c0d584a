package org.argumap.ui.inspector;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;

/**
 * Suggestions for an inference's scheme: the schemes this map already uses, then common ones from
 * Walton, Reed and Macagno's catalogue under the names AIF corpora use. Any other name may be typed.
 */
final class Schemes {
    static final List<String> COMMON = List.of(
            "Argument from Analogy",
            "Argument from Cause to Effect",
            "Argument from Commitment",
            "Argument from Consequences",
            "Argument from Correlation to Cause",
            "Argument from Example",
            "Argument from Expert Opinion",
            "Argument from Popular Opinion",
            "Argument from Position to Know",
            "Argument from Precedent",
            "Argument from Sign",
            "Argument from Verbal Classification",
            "Ad Hominem",
            "Practical Reasoning",
            "Slippery Slope");

    /** The last map asked about, as of which change, and its answer: selecting asks again each time. */
    private static WeakReference<ArgumentMap> lastMap = new WeakReference<>(null);
    private static long lastChange;
    private static List<String> lastSuggestions = List.of();

    private Schemes() {
    }

    static List<String> suggestionsFor(ArgumentMap map) {
        if (lastMap.get() == map && lastChange == map.changeCount()) {
            return lastSuggestions;
        }
        lastSuggestions = List.copyOf(suggestionsFromWholeMap(map));
        lastMap = new WeakReference<>(map);
        lastChange = map.changeCount();
        return lastSuggestions;
    }

    private static List<String> suggestionsFromWholeMap(ArgumentMap map) {
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Inference inference : map.inferences()) {
            if (!inference.content().scheme().isBlank()) {
                used.add(inference.content().scheme());
            }
        }
        List<String> all = new ArrayList<>(used);
        COMMON.stream().filter(name -> !used.contains(name)).forEach(all::add);
        return all;
    }
}
