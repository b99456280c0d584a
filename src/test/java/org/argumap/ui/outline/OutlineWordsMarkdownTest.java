package org.argumap.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.text.Markup;
import org.junit.jupiter.api.Test;

/** The outline lists a comment by its words, as its box shows it, and a typed statement as typed. */
class OutlineWordsMarkdownTest {
    @Test
    void aCommentsLineAndTooltipShowItsLinkWords() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("post", StatementContent.claim("Ask me anything"));
        map.addStatement("c1", StatementContent.claim("> quoted\n\n[Here you go](https://m.youtube.com/watch?v=h)")
                .withData(Markup.markdown(Map.of())));
        map.addStatement("typed", StatementContent.claim("*literal* [x](y)"));
        map.addInference("i1", InferenceContent.of(InferenceType.REPLY), List.of("c1"), "post");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("typed"), "post");
        OutlineWords words = new OutlineWords(map);

        String line = words.text(OutlineEntry.statement("c1", "i1"));
        assertTrue(line.contains("quoted") && line.contains("Here you go"), line);
        assertTrue(!line.contains("youtube") && !line.contains(">"), line);
        assertTrue(words.tooltip(OutlineEntry.statement("c1", "i1")).contains("Here you go"));
        assertEquals("*literal* [x](y)", words.text(OutlineEntry.statement("typed", "i2")));
    }
}
