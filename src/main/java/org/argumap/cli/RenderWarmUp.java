package org.argumap.cli;

import java.util.List;
import org.argumap.layout.LayoutStyle;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.FontSpec;

/**
 * Gets the slow first steps of drawing a map out of the way while the input is still being read:
 * loading the fonts and waking ELK, whose first layout in a fresh JVM costs half a second of class
 * loading. On a machine with two or more cores this runs beside the reading, so a small map is
 * drawn about as fast as the JVM starts. Nothing it makes is kept; a failure here is left for the
 * real drawing to meet and report.
 */
final class RenderWarmUp {
    private RenderWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(RenderWarmUp::run, "argumap-render-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            AwtTextMeasure measure = new AwtTextMeasure();
            for (FontSpec.Face face : FontSpec.Face.values()) {
                measure.width("Argumap", new FontSpec(face, 12));
            }
            LayoutStyle.LAYERED.layout().layout(smallGraph(), new BoxMeasurer(measure));
        } catch (RuntimeException | LinkageError ignored) {
            // The drawing itself will meet the same problem and say so properly.
        }
    }

    /** Two claims sharing a premise: not a tree, so the layered layout is the one woken. */
    private static ArgumentMap smallGraph() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("a", StatementContent.claim("A"));
        map.addStatement("b", StatementContent.claim("B"));
        map.addStatement("c", StatementContent.claim("C"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("c"), "a");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("c"), "b");
        return map;
    }
}
