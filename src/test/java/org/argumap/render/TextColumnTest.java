package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argumap.layout.Size;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

/** Boxes size to their words: compact for short statements, wide enough for long words. */
class TextColumnTest {
    private final BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
    private final TextWrapper wrapper = measurer.wrapper();

    private Size sizeOf(String title, String text) {
        ArgumentMap map = new ArgumentMap();
        Statement statement = map.addStatement("s", StatementContent.claim(text).withTitle(title));
        return measurer.sizeOf(statement);
    }

    @Test
    void aShortStatementMakesACompactBox() {
        Size size = sizeOf("", "Yes.");
        assertEquals(BoxStyle.MIN_WIDTH, size.width());
    }

    @Test
    void aTextTooLongForItsBoxKeepsTheUsualMeasure() {
        Size size = sizeOf("", "Territorial disputes, competition in Central Asia and resentment over historical"
                + " ‘unequal treaties’ run through the relationship. ".repeat(4));
        assertEquals(BoxStyle.WIDTH, size.width(), "narrower, it would show less of itself");
    }

    @Test
    void aWordTooLongForTheUsualMeasureWidensTheBoxRatherThanBeingBroken() {
        String word = "Arbeiterunfallversicherungsgesetz";
        assertTrue(wrapper.width(word, BoxStyle.BODY_FONT) > BoxStyle.TEXT_WIDTH, "the example is long enough");
        Size size = sizeOf("", "The " + word + " applies.");
        assertTrue(wrapper.width(word, BoxStyle.BODY_FONT) <= size.width() - 2 * BoxStyle.PADDING, "" + size);
    }

    @Test
    void theHeadlinesWordsFitWholeAtTheSmallestSummarySizeWhereTheMapIsSeenWhole() {
        Size size = sizeOf("German Parliamentary Committee", "A committee of inquiry.");
        FontSpec overview = BoxStyle.TITLE_FONT.withSize(BoxPainter.MIN_SUMMARY_HEADLINE_PX / BoxStyle.OVERVIEW_ZOOM);
        assertTrue(wrapper.width("Parliamentary", overview) <= size.width() - 2 * BoxStyle.PADDING, "" + size);
    }

    @Test
    void aShortBoxIsTallEnoughFarOutForItsRoleAndALineOfItsWords() {
        Size size = sizeOf("", "Yes.");
        assertTrue(size.height() >= BoxPainter.leastSummaryHeight(BoxStyle.OVERVIEW_ZOOM), "" + size);
    }

    @Test
    void widthsAreWholeStepsWithinTheBounds() {
        for (String text : new String[] {"A", "A somewhat longer statement of a claim.", "x".repeat(400)}) {
            double width = sizeOf("", text).width();
            assertEquals(0, width % BoxStyle.WIDTH_STEP, 1e-9, text);
            assertTrue(width >= BoxStyle.MIN_WIDTH && width <= BoxStyle.MAX_WIDTH, text);
        }
    }
}
