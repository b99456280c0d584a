package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.BoxStyle;
import org.argumap.render.BoxText;
import org.argumap.render.FontSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The boxes are measured with Java 2D from a table of advances, and the canvas draws their lines
 * with JavaFX: every line JavaFX draws must fit the column the box was sized for (a pixel of
 * difference between the two at most, inside the box's padding), so no box ever clips its text,
 * whatever the script.
 */
@ExtendWith(ApplicationExtension.class)
class BoxTextFitsJavaFxTest {
    /** A pixel of difference at full size falls inside the box's padding; more than that and text would crowd its edge. */
    private static final double PIXEL = 1;

    private static final List<String> TEXTS = List.of(
            "Homework should be optional.",
            "Pupils learn more when they choose what to practise, and 87 % of teachers (2024, n=1,204) agree; see §4.2!",
            "“Quoted” – dashes — ellipses… and ‘apostrophes’ don’t break: {braces} [brackets] <angles> @#$%^&*_=+|\\/~`",
            "Ünïcödé Latin: Straße, façade, naïve, Œuvre, ÆØÅ, Łódź, İstanbul, ǅemal.",
            "Ελληνικά κείμενα και Русский текст с длинными словами: достопримечательность.",
            "中文文本没有空格所以整段是一个很长的词必须在框里断开才能放下这些字符串不会超出边界",
            "日本語のテキストと한국어 텍스트 mixed with English words and 数字 12345.",
            "Arbeiterunfallversicherungsgesetzänderungsverordnungsbegründung is one long German word.",
            "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line?query=1&more=2",
            "First paragraph.\nSecond paragraph, a little longer than the first one.\n\nThird, after a blank line.",
            "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
            "AV To Ta Yo LT fi fl ffi — pairs a kerning font would pull together: AVAVAVAV WAWAWA.");

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed, for JavaFX to load and lay out fonts.
    }

    @Test
    void everyLineJavaFxDrawsFitsTheColumnItsBoxWasMeasuredFor() throws Exception {
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        ArgumentMap map = new ArgumentMap();
        List<StatementContent> contents = new ArrayList<>();
        for (String text : TEXTS) {
            contents.add(StatementContent.claim(text));
            contents.add(StatementContent.claim(text).withTitle(text.substring(0, Math.min(60, text.length()))));
        }
        Random random = new Random(13);
        for (int k = 0; k < 40; k++) {
            contents.add(StatementContent.claim(randomText(random, 20 + random.nextInt(200))).withTitle(randomText(random, random.nextInt(40))));
        }
        int checked = 0;
        for (int k = 0; k < contents.size(); k++) {
            Statement statement = map.addStatement("s" + k, contents.get(k));
            BoxText text = measurer.textOf(statement);
            for (String line : text.titleLines()) {
                assertFits(line, BoxStyle.TITLE_FONT, text);
                checked++;
            }
            for (String line : text.bodyLines()) {
                assertFits(line, BoxStyle.BODY_FONT, text);
                checked++;
            }
        }
        assertTrue(checked > 200, "enough lines checked: " + checked);
    }

    @Test
    void aWordWiderThanTheWidestBoxIsBrokenIntoPiecesThatFit() throws Exception {
        BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
        ArgumentMap map = new ArgumentMap();
        BoxText text = measurer.textOf(map.addStatement("s", StatementContent.claim("x" + "漢字かなカナ".repeat(30))));
        assertEquals(BoxStyle.MAX_WIDTH, text.width());
        assertTrue(text.bodyLines().size() > 3, "" + text.bodyLines());
        for (String line : text.bodyLines()) {
            assertFits(line, BoxStyle.BODY_FONT, text);
        }
    }

    private static void assertFits(String line, FontSpec font, BoxText text) throws Exception {
        double drawn = WaitForAsyncUtils.asyncFx(() -> javaFxWidth(line, font)).get();
        assertTrue(drawn <= text.column() + PIXEL,
                "JavaFX draws \"" + line + "\" " + drawn + " wide in a column of " + text.column());
    }

    private static double javaFxWidth(String line, FontSpec font) {
        Text node = new Text(line);
        node.setFont(FxFonts.of(font));
        return node.getLayoutBounds().getWidth();
    }

    /** Words of Latin, digits, punctuation, Greek, Cyrillic and CJK, of varied length, sometimes a paragraph break. */
    private static String randomText(Random random, int length) {
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "0123456789", ".,;:!?'\"()-–—…%&/",
            "αβγδεζηθικλμνξοπρστυφχψω", "абвгдежзийклмнопрстуфхцчшщыэюя", "的一是在不了有和人这中大为上个国我以要他", "WMmw@", "il.,'|"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            int word = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 10);
            for (int k = 0; k < word; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            text.append(random.nextInt(15) == 0 ? '\n' : ' ');
        }
        return text.toString().strip();
    }
}
