package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Any map written as Argdown reads back as the same map, up to what the format page says Argdown
 * cannot hold: titles (made up where a statement or argument needs one to be referred to, changed
 * where they clash), white space and control characters in texts, the map's modification time.
 * Writing what was read changes nothing more: the second round trip gives the first one's map, and
 * keeps its titles. It may add a made-up title: the map read back lists its statements in the order
 * of the text, which may lay the second text out so that a statement untitled before is now referred
 * to (found when this class first ran: "! #t0" written once, then as "[Statement]: ! #t0" and
 * "-> [Statement]").
 */
class ArgdownWriterProperties {
    private static final Path NAME = Path.of("written.argdown");
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return Combinators.combine(GeneratedMaps.maps(), Arbitraries.longs()).as(GeneratedMaps::withJudgements);
    }

    @Property(tries = 400)
    void writtenMapsReadBackTheSame(@ForAll("maps") ArgumentMap map) {
        assertTimeoutPreemptively(LIMIT, () -> {
            String written = ArgdownFormat.writeToString(map);
            ReadResult read = read(written);
            assertTrue(read.warnings().isEmpty() || map.isEmpty(), () -> read.warnings() + "\n" + written);
            assertSameLines(normalized(map), normalized(read.map()), written);
            assertEquals(map.info().withModified(null), read.map().info());
            assertEquals(written, ArgdownFormat.writeToString(map), "the same map gives the same text");

            String rewritten = ArgdownFormat.writeToString(read.map());
            ReadResult again = read(rewritten);
            assertSameLines(normalized(read.map()), normalized(again.map()), rewritten);
            List<String> titlesAgain = titles(again.map());
            assertTrue(titlesAgain.containsAll(titles(read.map())), () -> "titles lost: " + titles(read.map()) + " -> "
                    + titlesAgain + "\n" + rewritten);
        });
    }

    private static ReadResult read(String text) throws MapReadException {
        return ArgdownFormat.READER.read(text.getBytes(StandardCharsets.UTF_8), NAME);
    }

    /** The map's statements and inferences without titles and with texts as one clean line each. */
    static List<String> normalized(ArgumentMap map) {
        List<String> lines = new ArrayList<>();
        for (Statement statement : map.statements()) {
            var content = statement.content();
            lines.add("statement " + content.kind() + " " + TextEscaper.clean(content.text()) + " tags=" + content.tags()
                    + " author=" + content.author() + " notes=" + content.notes() + " url=" + content.url()
                    + " quote=" + content.quote() + " date=" + content.date() + " verdict=" + content.verdict()
                    + " rating=" + content.rating() + " data=" + external(content.data()));
        }
        for (Inference inference : map.inferences()) {
            var content = inference.content();
            lines.add("inference " + content.type() + "/" + content.flavour() + " " + TextEscaper.clean(content.description())
                    + " scheme=" + TextEscaper.clean(content.scheme()) + " author=" + content.author()
                    + " strength=" + content.strength() + " data=" + external(content.data())
                    + " premises=" + inference.premises().stream().map(ArgdownWriterProperties::name).toList()
                    + " target=" + name(inference.target()));
        }
        lines.sort(null);
        return lines;
    }

    /** The same lines; a failure names the lines only one side has, and the text written. */
    private static void assertSameLines(List<String> expected, List<String> actual, String written) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "only before:\n" + visible(missing) + "only after:\n"
                + visible(extra) + "written:\n" + written);
    }

    /** Lines with unusual characters shown as escapes, so that a failure shows what differs. */
    private static String visible(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            line.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> titles(ArgumentMap map) {
        List<String> titles = new ArrayList<>();
        map.statements().stream().map(Statement::title).filter(t -> !t.isBlank()).forEach(titles::add);
        map.inferences().stream().map(i -> i.content().title()).filter(t -> !t.isBlank()).forEach(titles::add);
        return titles;
    }

    private static Map<String, String> external(Map<String, String> data) {
        return new TreeMap<>(DataKeys.external(data));
    }

    private static String name(MapNode node) {
        if (node instanceof Statement statement) {
            return "\"" + TextEscaper.clean(statement.text()) + "\"";
        }
        Inference inference = (Inference) node;
        return "{" + inference.type() + " " + inference.premises().stream().map(ArgdownWriterProperties::name).toList()
                + " -> " + name(inference.target()) + "}";
    }
}
