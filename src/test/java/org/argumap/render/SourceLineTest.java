package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class SourceLineTest {

    @Test
    void showsTheSiteAndTheDate() {
        StatementContent evidence = StatementContent.evidence("Title", "text", "https://www.BBC.co.uk/news/123?x=1")
                .withDate("2025-01-03");
        assertEquals("bbc.co.uk · 2025-01-03", SourceLine.of(evidence));
    }

    @Test
    void keepsWhatIsNoAddressAsWritten() {
        assertEquals("doi:10.1000/182", SourceLine.siteOf("doi:10.1000/182"));
        assertEquals("Smith 2019, p. 4", SourceLine.siteOf("Smith 2019, p. 4"));
        assertEquals("", SourceLine.of(StatementContent.evidence("T", "x", "")));
        assertEquals("2024", SourceLine.of(StatementContent.evidence("T", "x", "").withDate("2024")));
    }
}
