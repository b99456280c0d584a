package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argumap.io.argdown.ArgdownLayout.Block;
import org.argumap.io.argdown.ArgdownLayout.ElementLine;
import org.argumap.io.argdown.ArgdownLayout.InferenceLine;
import org.argumap.io.argdown.ArgdownLayout.Line;
import org.argumap.io.argdown.WriterNodes.ArgumentNode;
import org.argumap.io.argdown.WriterNodes.StatementNode;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapInfo;

/** Prints the laid-out document: front matter, headings, paragraphs, structures; LF, one blank line between. */
final class ArgdownPrinter {
    private final StringBuilder out = new StringBuilder();
    private List<String> headings = List.of();

    String print(MapInfo info, boolean strict, List<Block> blocks) {
        String frontMatter = FrontMatterWriter.write(info, strict);
        if (!frontMatter.isEmpty()) {
            out.append(frontMatter).append('\n');
        }
        for (Block block : blocks) {
            headings(block.section());
            for (Line line : block.lines()) {
                if (line instanceof ElementLine element) {
                    out.append(" ".repeat(element.indent()));
                    if (!element.prefix().isEmpty()) {
                        out.append(element.prefix()).append(' ');
                    }
                    boolean lineStart = element.indent() == 0 && element.prefix().isEmpty();
                    out.append(element.node() instanceof StatementNode statement
                            ? statement(statement, element.home(), lineStart)
                            : argument((ArgumentNode) element.node(), element.home()));
                } else if (line instanceof InferenceLine inference) {
                    out.append(inference(inference.argument(), inference.step()));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The headings that change from the last block to this one; without headings, a block stays under the last. */
    private void headings(String section) {
        List<String> chain = new ArrayList<>();
        if (section != null) {
            for (String line : section.split("\n")) {
                if (line.matches("#+ \\S.*")) {
                    chain.add(line);
                }
            }
        }
        if (chain.isEmpty() || chain.equals(headings)) {
            return;
        }
        int same = 0;
        while (same < chain.size() && same < headings.size() && chain.get(same).equals(headings.get(same))) {
            same++;
        }
        for (String heading : chain.subList(same, chain.size())) {
            int hashes = heading.indexOf(' ');
            out.append(heading, 0, hashes + 1).append(TextEscaper.escapeHeading(heading.substring(hashes + 1))).append("\n\n");
        }
        headings = chain;
    }

    private static String statement(StatementNode statement, boolean home, boolean lineStart) {
        if (!home) {
            return "[" + statement.title + "]";
        }
        Set<String> inline = new HashSet<>();
        String text = TextEscaper.escape(statement.text, statement.tags, lineStart && statement.title.isBlank(), inline);
        boolean bare = !statement.title.isBlank() && text.isEmpty();
        String head = statement.title.isBlank() ? text
                : bare ? "[" + statement.title + "]" : "[" + statement.title + "]: " + text;
        return join(head, Tags.format(statement.tags.stream().filter(t -> !inline.contains(t)).toList(),
                bare ? "]:" : null), DataFormat.format(statement.data));
    }

    private static String argument(ArgumentNode argument, boolean home) {
        if (!home) {
            return "<" + argument.title + ">";
        }
        InferenceContent content = argument.main.content();
        List<String> tags = Tags.parse(content.data().getOrDefault(DataKeys.TAGS, ""));
        Set<String> inline = new HashSet<>();
        String description = TextEscaper.escape(content.description(), tags, false, inline);
        boolean bare = description.isEmpty();
        String head = bare ? "<" + argument.title + ">" : "<" + argument.title + ">: " + description;
        return join(head, Tags.format(tags.stream().filter(t -> !inline.contains(t)).toList(), bare ? ">:" : null),
                DataFormat.format(argumentData(argument)));
    }

    /** Data of the argument line; a structure's {uses} goes on its inference line instead. */
    private static Map<String, String> argumentData(ArgumentNode argument) {
        InferenceContent content = argument.main.content();
        Map<String, String> data = new TreeMap<>(DataKeys.external(content.data()));
        if (argument.reconstructed()) {
            data.remove(DataKeys.USES);
        }
        if (!content.author().isEmpty()) {
            data.put("author", content.author());
        }
        if (argument.writtenFlavour != null) {
            data.put("flavour", argument.writtenFlavour.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!argument.reconstructed() && !content.scheme().isEmpty()) {
            data.put(DataKeys.SCHEME, content.scheme());
        }
        if (argument.writtenType != null) {
            data.put("type", DataKeys.typeWord(argument.writtenType));
        }
        putStrength(content, data);
        return data;
    }

    /** Relation lines carry no {data}: a rated inference is written as an argument or a step of one. */
    private static void putStrength(InferenceContent content, Map<String, String> data) {
        if (content.strength() != InferenceContent.UNRATED) {
            data.put(DataKeys.STRENGTH, String.valueOf(content.strength()));
        }
    }

    private static String inference(ArgumentNode argument, int step) {
        Inference inference = argument.steps.get(step);
        Map<String, String> data = DataKeys.external(inference.content().data());
        if (inference == argument.main) {
            String uses = data.get(DataKeys.USES);
            data = uses == null ? Map.of() : Map.of(DataKeys.USES, uses);
        } else {
            data = new TreeMap<>(data);
            putStrength(inference.content(), data);
        }
        String rules = TextEscaper.escapeRules(inference.content().scheme());
        String inside = join(rules, DataFormat.format(data));
        return inside.isEmpty() ? "----" : "-- " + inside + " --";
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                joined.append(joined.length() == 0 ? "" : " ").append(part);
            }
        }
        return joined.toString();
    }
}
