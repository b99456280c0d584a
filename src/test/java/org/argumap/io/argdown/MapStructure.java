package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * A map's structure without ids and order: one sorted line per statement (its content) and per
 * inference (its content, premises and target, each named by what it says). Two maps with the
 * same structure hold the same statements connected in the same way.
 */
record MapStructure(List<String> statements, List<String> inferences) {

    static MapStructure of(ArgumentMap map) {
        List<String> statements = new ArrayList<>();
        for (Statement statement : map.statements()) {
            statements.add(describe(statement.content()));
        }
        List<String> inferences = new ArrayList<>();
        for (Inference inference : map.inferences()) {
            inferences.add(describe(inference));
        }
        statements.sort(null);
        inferences.sort(null);
        return new MapStructure(List.copyOf(statements), List.copyOf(inferences));
    }

    private static String describe(StatementContent content) {
        return content.kind() + " [" + content.title() + "] " + content.text() + " tags=" + content.tags()
                + " author=" + content.author() + " notes=" + content.notes() + " url=" + content.url()
                + " quote=" + content.quote() + " date=" + content.date() + " data=" + content.data();
    }

    private static String describe(Inference inference) {
        InferenceContent content = inference.content();
        return content.type() + "/" + content.flavour() + " <" + content.title() + "> " + content.description()
                + " scheme=" + content.scheme() + " author=" + content.author() + " data=" + content.data()
                + " premises=" + inference.premises().stream().map(MapStructure::name).toList()
                + " target=" + name(inference.target());
    }

    /** A node by what it says, for naming the ends of an inference. */
    private static String name(MapNode node) {
        if (node instanceof Statement statement) {
            return statement.title().isBlank() ? "\"" + statement.text() + "\"" : "[" + statement.title() + "]";
        }
        Inference inference = (Inference) node;
        return "{" + inference.type() + " <" + inference.content().title() + "> "
                + inference.premises().stream().map(MapStructure::name).toList() + " -> " + name(inference.target()) + "}";
    }

    String describe() {
        return String.join("\n", statements) + "\n--\n" + String.join("\n", inferences);
    }
}
