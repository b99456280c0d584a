package org.argumap.render.handout;

import java.io.IOException;
import java.util.List;
import org.argumap.present.PresentationStep;

/**
 * How many steps a handout or a slide deck takes. More would be a book nobody reads: a map that
 * large needs an order of its own (View › Presentation Steps…) before it is handed out.
 */
public final class StepLimit {
    public static final int MAX_STEPS = 300;

    private StepLimit() {
    }

    /** Refuses more steps than a handout or a deck can sensibly hold, saying what to do instead. */
    public static void check(List<PresentationStep> steps) throws IOException {
        if (steps.size() > MAX_STEPS) {
            throw new IOException(String.format("the presentation has %,d steps, more than the %d a handout or a"
                    + " slide deck takes; set a shorter order in View › Presentation Steps…", steps.size(), MAX_STEPS));
        }
    }
}
