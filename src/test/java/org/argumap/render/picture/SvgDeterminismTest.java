package org.argumap.render.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.GraphMaps;
import org.argumap.layout.LayoutStyle;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.junit.jupiter.api.Test;

/**
 * An SVG of one map is the same file every time it is written, so a map kept in version control
 * with its picture beside it shows no change where the map did not change.
 */
class SvgDeterminismTest {
    private static final Pattern GROUP = Pattern.compile("<g id=\"((?:box|link)-[^\"]*)\"");

    @Test
    void twoPicturesOfTheDemoAreTheSameFile() throws Exception {
        Path demo = Path.of("assets/samples/apt31-thread.argumap.json");
        String first = svg(new ArgumapJsonFormat().read(demo).map());
        String second = svg(new ArgumapJsonFormat().read(demo).map());
        assertEquals(groups(first), groups(second), "boxes and links in the same order");
        assertEquals(first, second);
    }

    @Test
    void twoPicturesOfAGeneratedDebateAreTheSameFile() throws Exception {
        String first = svg(DebateMaps.debate(400, 7));
        String second = svg(DebateMaps.debate(400, 7));
        assertEquals(groups(first), groups(second), "boxes and links in the same order");
        assertEquals(first, second);
    }

    @Test
    void twoPicturesOfAGraphLaidOutInLayersAreTheSameFile() throws Exception {
        // Shared premises: long links, drawn in a pass of their own before the others.
        String first = svg(GraphMaps.debateWithSharedPremises(300, 20, 3), LayoutStyle.LAYERED);
        String second = svg(GraphMaps.debateWithSharedPremises(300, 20, 3), LayoutStyle.LAYERED);
        assertEquals(groups(first), groups(second), "boxes and links in the same order");
        assertEquals(first, second);
    }

    private static String svg(ArgumentMap map) throws Exception {
        return svg(map, LayoutStyle.AUTOMATIC);
    }

    private static String svg(ArgumentMap map, LayoutStyle layout) throws Exception {
        MapRenderer renderer = new MapRenderer(map, layout.layout(), MapPalette.LIGHT);
        return new String(MapPictures.write(renderer, PictureFormat.SVG, PictureOptions.defaults()).bytes(),
                StandardCharsets.UTF_8);
    }

    private static List<String> groups(String svg) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = GROUP.matcher(svg);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
