package org.argumap.edit;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;

/**
 * A small debate for command tests:
 * <pre>
 * s1 Homework should be abolished.
 *   i1 + s2 Homework widens inequality.
 *          i3 + s4 Help at home makes homework pay. &amp; s5 Not every pupil has help at home.
 *        i5 undercut of i1: s7 Inequality has other causes.
 *   i2 - s3 Practice needs time outside school.
 *          i4 - s6 Practice can happen in school.
 * s8 Schools should start later.
 * </pre>
 */
public final class SampleDebate {
    private SampleDebate() {
    }

    public static ArgumentMap build() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Homework should be abolished."));
        map.addStatement("s2", StatementContent.claim("Homework widens inequality."));
        map.addStatement("s3", StatementContent.claim("Practice needs time outside school."));
        map.addStatement("s4", StatementContent.claim("Help at home makes homework pay."));
        map.addStatement("s5", StatementContent.claim("Not every pupil has help at home."));
        map.addStatement("s6", StatementContent.claim("Practice can happen in school."));
        map.addStatement("s7", StatementContent.claim("Inequality has other causes."));
        map.addStatement("s8", StatementContent.claim("Schools should start later."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "s1");
        map.addInference("i3", InferenceContent.of(InferenceType.SUPPORT), List.of("s4", "s5"), "s2");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("s6"), "s3");
        map.addInference("i5", InferenceContent.of(InferenceType.ATTACK), List.of("s7"), "i1");
        return map;
    }
}
