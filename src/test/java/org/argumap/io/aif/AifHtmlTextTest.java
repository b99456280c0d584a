package org.argumap.io.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The one HTML Argumap writes is the analysed text of an xAIF file (the map's description), which
 * OVA shows as HTML: the user's words are escaped, so they show as written and inject nothing.
 * (Argumap has no HTML export; the SVG export is tested the same way in MapPicturesTest.)
 */
class AifHtmlTextTest {
    private static final String HOSTILE = "<script>alert(1)</script> Fish & chips \"quoted\" 'single' end ]]> of CDATA"
            + "\n<img src=x onerror=alert(1)> second line";

    @Test
    void theDescriptionIsEscapedHtmlThatShowsTheWordsAsWritten() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle("Hostile").withDescription(HOSTILE));
        map.addStatement("s1", StatementContent.claim("<b>bold?</b> & more"));

        byte[] aif = AifFormat.write(map, true);
        String html = new ObjectMapper().readTree(aif).get("text").asText();
        assertFalse(html.contains("<script") || html.contains("<img"), html);

        // Well-formed once HTML's empty <br> is closed, and its text is the description.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                ("<div>" + html.replace("<br>", "<br/>") + "</div>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, parsed.getElementsByTagName("br").getLength());
        assertEquals(0, parsed.getElementsByTagName("script").getLength());
        assertEquals(HOSTILE.replace("\n", ""), parsed.getDocumentElement().getTextContent());

        ArgumentMap read = AifFormat.read(aif, Path.of("hostile.aif.json")).map();
        assertEquals(HOSTILE, read.info().description());
        assertEquals("<b>bold?</b> & more", read.statements().get(0).content().text());
    }
}
