package org.argumap.render.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.CommentThreads;
import org.argumap.model.StatementContent;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.CommentLine;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.junit.jupiter.api.Test;

/** An imported comment's author, score and day on its box: in the box's size, and in an export. */
class CommentLinePictureTest {

    @Test
    void aCommentSaysWhoWhatScoreAndWhichDay() {
        ArgumentMap map = CommentThreads.post();
        StatementContent comment = CommentThreads.comment(map, "a", "post", "alice", 42).content();
        assertEquals("alice · 42 points · 2024-03-02", CommentLine.of(comment));
        assertEquals("bob · 1 point · 2024-03-02",
                CommentLine.of(CommentThreads.comment(map, "b", "post", "bob", 1).content()));
        assertEquals("AutoModerator (bot) · 3 points · 2024-03-02",
                CommentLine.of(CommentThreads.comment(map, "d", "post", "AutoModerator", 3).content()));
        assertEquals("carol", CommentLine.of(StatementContent.claim("Not from a thread.").withAuthor("carol")),
                "an ordinary statement names its author alone");
        StatementContent hidden = comment.withData(java.util.Map.of(CommentData.SCORE_HIDDEN, "true",
                CommentData.SOURCE_ID, "x"));
        assertEquals("alice · score hidden · 2024-03-02", CommentLine.of(hidden));
    }

    @Test
    void theLineTakesRoomInTheBoxEvenWithoutAnAuthor() {
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        ArgumentMap map = CommentThreads.post();
        StatementContent scored = CommentThreads.comment(map, "a", "post", "", 42).content();
        ArgumentMap plain = new ArgumentMap();
        plain.addStatement("a", StatementContent.claim(scored.text()));
        double withLine = measurer.textOf(map.statement("a")).height();
        double without = measurer.textOf(plain.statement("a")).height();
        assertTrue(withLine > without, withLine + " > " + without);
        assertEquals("42 points · 2024-03-02", measurer.textOf(map.statement("a")).author());
    }

    @Test
    void aShortCommentsBoxWidensForItsWholeLine() {
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        ArgumentMap map = CommentThreads.post();
        CommentThreads.comment(map, "a", "post", "frank@lemmy.world", 30L, "", "Both are problems.");
        assertEquals("frank@lemmy.world · 30 points · 2024-03-02", measurer.textOf(map.statement("a")).author(),
                "not cut to \"frank@lemmy.world · 30 poi…\"");
    }

    @Test
    void anExportShowsTheScoreAsTheCanvasDoes() throws Exception {
        ArgumentMap map = CommentThreads.post();
        CommentThreads.comment(map, "a", "post", "alice", 42);
        MapRenderer renderer = new MapRenderer(map, MapPalette.LIGHT);
        List<String> texts = SvgDocuments.texts(SvgDocuments.parse(
                MapPictures.write(renderer, PictureFormat.SVG, PictureOptions.defaults()).bytes()));
        assertTrue(texts.stream().anyMatch(t -> t.contains("42 points")), texts.toString());
    }
}
