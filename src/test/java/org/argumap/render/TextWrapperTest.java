package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping with the bundled font, measured without a screen as exports measure it. */
class TextWrapperTest {
    private static final FontSpec FONT = FontSpec.regular(14);
    private static final String TEXT = "China is confident enough to probe Moscow’s technology, while Russia is cowed"
            + " enough to downplay the intrusion.";

    @Test
    void everyLineFitsAndNoWordIsLost() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        List<String> lines = wrapper.wrap(TEXT, FONT, 180, 100);
        assertTrue(lines.size() > 2, "a long sentence needs several lines: " + lines);
        for (String line : lines) {
            assertTrue(wrapper.width(line, FONT) <= 180, line);
        }
        assertEquals(TEXT, String.join(" ", lines));
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenWithHyphens() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        String url = "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/line";
        List<String> lines = wrapper.wrap(url, FONT, 120, 100);
        assertTrue(lines.size() > 1);
        assertTrue(lines.get(0).endsWith("-"));
        assertEquals(url, String.join("", lines.stream().map(l -> l.endsWith("-") ? l.substring(0, l.length() - 1) : l).toList()));
    }

    @Test
    void tooManyLinesEndInAnEllipsis() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        List<String> lines = wrapper.wrap(TEXT + " " + TEXT, FONT, 150, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"), lines.get(2));
        assertTrue(wrapper.width(lines.get(2), FONT) <= 150);
    }

    @Test
    void wholeWordWrappingNeverBreaksAWord() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        FontSpec big = FontSpec.bold(30);
        double widest = wrapper.width("asymmetric,", big);
        List<String> lines = wrapper.wrapWhole("Conditional, asymmetric, less durable", big, widest + 1, 10);
        assertEquals("Conditional,", lines.get(0));
        assertEquals("Conditional, asymmetric, less durable", String.join(" ", lines));
    }

    @Test
    void wholeWordWrappingStopsBeforeAWordThatDoesNotFitAndSaysSo() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        FontSpec big = FontSpec.bold(30);
        double room = wrapper.width("Allies spy…", big) + 1;
        assertEquals(List.of("Allies spy…"), wrapper.wrapWhole("Allies spy Parliamentary", big, room, 5),
                "a word wider than a line is left out, not broken");
        assertEquals(List.of("Allies spy…"), wrapper.wrapWhole("Allies spy too", big, room, 1),
                "the lines are used up");
        assertEquals(List.of("Conditional…"),
                wrapper.wrapWhole("Conditional, less", big, wrapper.width("Conditional…", big) + 1, 1),
                "the comma before the cut goes");
        assertEquals(List.of(), wrapper.wrapWhole("Parliamentary", big, 20, 3), "not even one word fits");
    }

    @Test
    void wholeWordWrappingKeepsWhatFits() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        assertEquals(List.of("One.", "Two."), wrapper.wrapWhole("One.\nTwo.", FONT, 500, 2));
        assertEquals(List.of("One…"), wrapper.wrapWhole("One.\nTwo.", FONT, 500, 1));
    }

    @Test
    void lineBreaksInTheTextAreKept() {
        TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());
        assertEquals(List.of("One.", "Two."), wrapper.wrap("One.\nTwo.", FONT, 500, 10));
    }
}
