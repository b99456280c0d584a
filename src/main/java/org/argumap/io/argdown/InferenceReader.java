package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.argumap.io.argdown.Syntax.Data;
import org.argumap.io.argdown.Syntax.InferenceLine;
import org.argumap.io.argdown.Token.Kind;

/** Reads an inference line's rules (split at unescaped commas, as Argdown does) and {data}. */
final class InferenceReader {
    private InferenceReader() {
    }

    static InferenceLine read(SourceLine line) {
        List<String> rules = new ArrayList<>();
        List<Data> data = new ArrayList<>();
        StringBuilder rule = new StringBuilder();
        for (Token token : line.tokens()) {
            switch (token.kind()) {
                case DATA -> data.add(new Data(token.value(), token.offset()));
                case DELIMITER -> {
                    addRule(rules, rule);
                    rule.setLength(0);
                }
                default -> rule.append(token.kind() == Kind.ESCAPED ? token.value() : token.image());
            }
        }
        addRule(rules, rule);
        return new InferenceLine(rules, data, line.offset());
    }

    private static void addRule(List<String> rules, StringBuilder rule) {
        String text = ElementReader.normalize(rule.toString());
        if (!text.isEmpty()) {
            rules.add(text);
        }
    }
}
