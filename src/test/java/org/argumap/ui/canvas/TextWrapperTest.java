package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Measuring text needs the toolkit, so this runs with TestFX, on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class TextWrapperTest {
    private static final Font FONT = Font.font("System", 14);
    private static final String TEXT = "China is confident enough to probe Moscow’s technology, while Russia is cowed"
            + " enough to downplay the intrusion.";

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }

    @Test
    void everyLineFitsAndNoWordIsLost() {
        TextWrapper wrapper = onFx(TextWrapper::new);
        List<String> lines = onFx(() -> wrapper.wrap(TEXT, FONT, 180, 100));
        assertTrue(lines.size() > 2, "a long sentence needs several lines: " + lines);
        for (String line : lines) {
            assertTrue(onFx(() -> wrapper.width(line, FONT)) <= 180, line);
        }
        assertEquals(TEXT, String.join(" ", lines));
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenWithHyphens() {
        TextWrapper wrapper = onFx(TextWrapper::new);
        String url = "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line";
        List<String> lines = onFx(() -> wrapper.wrap(url, FONT, 120, 100));
        assertTrue(lines.size() > 1);
        assertTrue(lines.get(0).endsWith("-"));
        assertEquals(url, String.join("", lines.stream().map(l -> l.endsWith("-") ? l.substring(0, l.length() - 1) : l).toList()));
    }

    @Test
    void tooManyLinesEndInAnEllipsis() {
        TextWrapper wrapper = onFx(TextWrapper::new);
        List<String> lines = onFx(() -> wrapper.wrap(TEXT + " " + TEXT, FONT, 150, 3));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"), lines.get(2));
        assertTrue(onFx(() -> wrapper.width(lines.get(2), FONT)) <= 150);
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        TextWrapper wrapper = onFx(TextWrapper::new);
        assertEquals(List.of("One.", "Two."), onFx(() -> wrapper.wrap("One.\nTwo.", FONT, 500, 10)));
    }
}
