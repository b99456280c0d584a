package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random AIF documents that are valid JSON but anything as AIF: all node types (and unknown ones),
 * ids as text or numbers (now and then one twice), edges between any nodes and now and then to
 * none, loops, several conclusions, locutions in every form, OVA places, in both wrappings.
 */
final class RandomAif {
    private static final List<String> TYPES = List.of("I", "I", "I", "RA", "RA", "CA", "CA", "MA", "PA", "L", "L", "YA",
            "YA", "TA", "XYZ", "");
    private static final List<String> TEXTS = List.of("Cats are better.", "Ann : cats are better", "Bob: dogs are",
            "Eve says 'maybe'", "Default Inference", "Default Conflict", "Argument From Expert Opinion", "Reply",
            "Asserting", "Pure Questioning", "", "a < b & c", "line\nbreak", "Ünïcödé 😀", "x: y: z");

    private RandomAif() {
    }

    static String graph(Random random) {
        int nodes = random.nextInt(30);
        List<Integer> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ids.add(random.nextInt(300) == 0 && i > 0 ? ids.get(random.nextInt(i)) : i);  // now and then an id twice
            types.add(TYPES.get(random.nextInt(TYPES.size())));
        }
        StringBuilder out = new StringBuilder();
        boolean wrapped = random.nextBoolean();
        out.append(wrapped ? "{\"AIF\": {\"nodes\": [" : "{\"nodes\": [");
        for (int i = 0; i < nodes; i++) {
            out.append(i == 0 ? "" : ",").append("\n{\"nodeID\": ").append(id(random, ids.get(i)))
                    .append(", \"type\": ").append(quote(types.get(i)));
            if (random.nextInt(8) > 0) {
                out.append(", \"text\": ").append(quote(TEXTS.get(random.nextInt(TEXTS.size()))));
            }
            out.append("}");
        }
        out.append("],\n\"edges\": [");
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            // Scheme and illocution nodes mostly get the edges that make sense for them, plus noise.
            String type = types.get(i);
            if (type.equals("RA") || type.equals("CA") || type.equals("MA") || type.equals("PA")) {
                for (int p = random.nextInt(3); p >= 0; p--) {
                    edges.add(edge(random, pick(random, ids, types, "I"), ids.get(i)));
                }
                for (int t = random.nextInt(8) == 0 ? 2 : 1; t > 0; t--) {
                    edges.add(edge(random, ids.get(i), pick(random, ids, types, random.nextInt(4) == 0 ? "S" : "I")));
                }
            } else if (type.equals("YA")) {
                edges.add(edge(random, pick(random, ids, types, "L"), ids.get(i)));
                edges.add(edge(random, ids.get(i), pick(random, ids, types, "I")));
            }
        }
        for (int i = nodes == 0 ? 0 : random.nextInt(nodes / 2 + 1); i > 0; i--) {
            edges.add(edge(random, some(random, ids), some(random, ids)));
        }
        java.util.Collections.shuffle(edges, random);
        out.append(String.join(",", edges));
        out.append("],\n\"participants\": [{\"participantID\": 1, \"firstname\": \"Dan\", \"surname\": \"Smith\"}],")
                .append("\n\"locutions\": [{\"nodeID\": ").append(id(random, random.nextInt(nodes + 1)))
                .append(", \"personID\": \"1\"}]}");
        if (wrapped) {
            out.append(",\n\"text\": ").append(quote(TEXTS.get(random.nextInt(TEXTS.size()))))
                    .append(",\n\"OVA\": {\"firstname\": \"Ana\", \"surname\": \"Lyst\", \"url\": \"\", \"nodes\": [");
            for (int i = 0; i < nodes; i++) {
                out.append(i == 0 ? "" : ",").append("{\"nodeID\": ").append(id(random, random.nextInt(nodes + 2)))
                        .append(", \"x\": ").append(random.nextInt(1000) - 500)
                        .append(", \"y\": \"").append(random.nextInt(100)).append(".5\"}");
            }
            out.append("]}}");
        }
        return out.toString();
    }

    /** One of the ids, or now and then one that no node has. */
    private static int some(Random random, List<Integer> ids) {
        return random.nextInt(500) == 0 ? ids.size() + 7 : ids.get(random.nextInt(ids.size()));
    }

    /** The id of a random node of this kind ("S" for any scheme node), or of any node if there is none. */
    private static int pick(Random random, List<Integer> ids, List<String> types, String kind) {
        List<Integer> fitting = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String type = types.get(i);
            if (type.equals(kind) || kind.equals("S") && List.of("RA", "CA", "MA", "PA").contains(type)) {
                fitting.add(ids.get(i));
            }
        }
        return fitting.isEmpty() ? some(random, ids) : fitting.get(random.nextInt(fitting.size()));
    }

    private static String edge(Random random, int from, int to) {
        return "\n{\"fromID\": " + id(random, from) + ", \"toID\": " + id(random, to) + "}";
    }

    /** An id written as a number or as text: 3 and "3" are one id. */
    private static String id(Random random, int n) {
        return random.nextBoolean() ? String.valueOf(n) : "\"" + n + "\"";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
