package org.argumap.render.picture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.BoxText;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.text.Markup;
import org.junit.jupiter.api.Test;

/**
 * A comment's Markdown is drawn as its words, in the boxes the canvas draws and in the pictures,
 * which share the painting code, and the boxes are sized for those words; a typed map is drawn as typed.
 */
class MarkdownPictureTest {
    private static final String COMMENT = "[Her mom's history is wild.](https://en.wikipedia.org/wiki/Patty_Hearst)"
            + " She married **up**.";

    private static ArgumentMap thread() {
        ArgumentMap map = new ArgumentMap();
        var post = map.addStatement(StatementContent.claim("Ask me anything"));
        var reply = map.addStatement(StatementContent.claim(COMMENT).withData(Markup.markdown(Map.of("score", "12"))));
        var typed = map.addStatement(StatementContent.claim("Typed: 2 * 3 = [6](six)"));
        map.addInference(InferenceContent.of(InferenceType.REPLY), java.util.List.of(reply.id()), post.id());
        map.addInference(InferenceContent.of(InferenceType.SUPPORT), java.util.List.of(typed.id()), post.id());
        return map;
    }

    @Test
    void theBoxShowsTheLinksWordsAndIsSizedForThem() {
        ArgumentMap map = thread();
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        var reply = map.statements().stream().filter(s -> s.text().equals(COMMENT)).findFirst().orElseThrow();
        BoxText shown = measurer.textOf(reply);
        String words = String.join(" ", shown.bodyLines());
        assertTrue(words.startsWith("Her mom's history is wild. She married up."), words);
        BoxText raw = measurer.textOf(map.addStatement(StatementContent.claim(COMMENT)));
        assertTrue(String.join(" ", raw.bodyLines()).contains("wikipedia"), "the same words unmarked are shown as typed");
        assertTrue(shown.height() < raw.height() || shown.width() < raw.width(), "the box is measured for what it shows");
    }

    @Test
    void anSvgCarriesTheLinksWordsNotItsAddress() throws Exception {
        byte[] svg = MapPictures.write(new MapRenderer(thread(), MapPalette.LIGHT), PictureFormat.SVG,
                PictureOptions.defaults()).bytes();
        String texts = String.join(" ", SvgDocuments.texts(SvgDocuments.parse(svg)));
        assertTrue(texts.contains("Her mom's history is"), texts);
        assertFalse(texts.contains("wikipedia") || texts.contains("**"), texts);
        assertTrue(texts.contains("[6](six)"), "a typed statement keeps its brackets: " + texts);
    }
}
