package org.argumap.io.outline;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** The outline without marks of which claims stand. */
    public static final MapWriter WRITER = writer(StatementMarks.NONE);

    private OutlineFormat() {
    }

    /**
     * A writer that marks each statement with whether it stands; the marks come from the analysis
     * layer (which io may not call itself), or are {@link StatementMarks#NONE}.
     */
    public static MapWriter writer(StatementMarks marks) {
        return MapWriter.of(NAME, "Markdown outline", List.of(".md", ".outline.md"),
                map -> OutlineFormat.write(map, marks).getBytes(StandardCharsets.UTF_8));
    }

    public static String write(ArgumentMap map) {
        return write(map, StatementMarks.NONE);
    }

    /** The outline as text; {@code marks} may be null for none. */
    public static String write(ArgumentMap map, StatementMarks marks) {
        StringBuilder out = new StringBuilder();
        OutlineHead.write(map, marks, out);
        OutlineTree tree = new OutlineTree(map, marks, out);
        for (Statement claim : map.mainClaims()) {
            String heading = OutlineText.heading(claim);
            out.append("## ").append(heading).append(StatementMarks.suffix(marks, claim)).append("\n\n");
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
