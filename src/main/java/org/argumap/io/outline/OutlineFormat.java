package org.argumap.io.outline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.argumap.io.MapWriter;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;

/**
 * The map as a Markdown outline for people: a short head (title, source, counts), then each main
 * claim as a heading with its reasons, objections, evidence and replies as nested bullets.
 * Specified in {@code src/site/markdown/formats/outline.md}.
 *
 * <p>Written only, and lossy by design: ids, positions, tags, notes, schemes, inference
 * descriptions of single-premise arguments and {@code data} are left out; nothing is reported,
 * since an outline is a summary, never the map's only copy. Deterministic: the same map gives the
 * same bytes (UTF-8, LF line ends).
 */
public final class OutlineFormat {
    public static final String NAME = "outline";

    /** The outline without claim verdicts. */
    public static final MapWriter WRITER = writer(null);

    private OutlineFormat() {
    }

    /**
     * A writer whose head says which claims stand; {@code stands} comes from the analysis layer
     * (which io may not call itself), or null to leave verdicts out.
     */
    public static MapWriter writer(Predicate<Statement> stands) {
        return MapWriter.of(NAME, "Markdown outline", List.of(".md", ".outline.md"),
                map -> OutlineFormat.write(map, stands).getBytes(StandardCharsets.UTF_8));
    }

    public static String write(ArgumentMap map) {
        return write(map, null);
    }

    /** The outline as text; {@code stands} may be null. */
    public static String write(ArgumentMap map, Predicate<Statement> stands) {
        StringBuilder out = new StringBuilder();
        OutlineHead.write(map, stands, out);
        OutlineTree tree = new OutlineTree(map, out);
        for (Statement claim : map.mainClaims()) {
            String heading = OutlineText.heading(claim);
            out.append("## ").append(heading).append("\n\n");
            String text = OutlineText.text(claim.text());
            boolean textInHeading = claim.title().isBlank() && heading.equals(OutlineText.oneLine(claim.text()));
            String paragraph = (textInHeading ? "" : text) + OutlineText.author(claim.author());
            if (!paragraph.isBlank()) {
                out.append(paragraph.strip()).append("\n\n");
            }
            int before = out.length();
            tree.writeUnder(claim);
            if (out.length() > before) {
                out.append('\n');
            }
        }
        List<Statement> rest = map.statements().stream().filter(s -> !tree.isShown(s)).toList();
        if (!rest.isEmpty()) {
            out.append("## Not under a main claim\n\n");
            for (Statement statement : rest) {
                if (!tree.isShown(statement)) {
                    tree.writeAlone(statement);
                }
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }
}
