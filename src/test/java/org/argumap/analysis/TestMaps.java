package org.argumap.analysis;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;

/** Small maps for tests, built through the model's own methods, one line per element. */
final class TestMaps {
    final ArgumentMap map = new ArgumentMap();

    TestMaps claim(String id, String text) {
        map.addStatement(id, StatementContent.claim(text));
        return this;
    }

    TestMaps statement(String id, StatementContent content) {
        map.addStatement(id, content);
        return this;
    }

    TestMaps support(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.SUPPORT), target, premises);
    }

    TestMaps attack(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.ATTACK), target, premises);
    }

    TestMaps rephrase(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.REPHRASE), target, premises);
    }

    TestMaps reply(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.REPLY), target, premises);
    }

    TestMaps inference(String id, InferenceContent content, String target, String... premises) {
        map.addInference(id, content, List.of(premises), target);
        return this;
    }

    /** A well-made map: a thesis, two linked reasons with a source, an objection and an undercut. */
    static TestMaps debate() {
        return new TestMaps()
                .claim("s1", "Cats make better pets than dogs")
                .claim("s2", "Cats need less of their owners' time")
                .claim("s3", "Time is what busy owners lack most")
                .statement("e1", StatementContent.evidence("Pet care survey 2024", "Cat owners spend 40% less time on care",
                        "https://example.org/survey"))
                .claim("s4", "Dogs are more loyal companions")
                .claim("s5", "Loyalty matters less than fitting into one's life")
                .support("i1", "s1", "s2", "s3")
                .support("i2", "s2", "e1")
                .attack("i3", "s1", "s4")
                .attack("i4", "i1", "s5");
    }
}
