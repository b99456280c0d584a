package org.argumap.io.thread;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random JSON in the shape of a thread, with every field sometimes of the wrong type, missing or
 * absurd, so that the properties reach past the syntax checks into the readers' handling of each field.
 */
final class RandomThreads {
    private static final int DEPTH = 4;

    private RandomThreads() {
    }

    /** Any JSON value a site might put in a field, right or wrong. */
    static Arbitrary<String> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-7", "3", "2.5", "1e400", "-1e30", "99999999999999999999",
                        "253402300800", "\"\"", "\"[deleted]\"", "\"[removed]\"", "\"t1\"", "\"t3\"", "\"more\"", "\"Listing\"",
                        "\"0.1.2\"", "\"0\"", "\"0.1.1\"", "\"2024-03-02T18:04:11Z\"", "\"2024-13-99\"", "\"https://x.org/u/a\"",
                        "\"not a url ::\"", "[]", "{}"),
                Arbitraries.strings().ofMaxLength(12).map(RandomThreads::quote));
    }

    static Arbitrary<String> reddit() {
        Arbitrary<String> comment = comment(DEPTH);
        Arbitrary<String> post = object(List.of("title", "selftext", "url", "is_self", "permalink", "author", "score",
                "created_utc", "num_comments", "name", "subreddit"), leaf());
        Arbitrary<String> postListing = Arbitraries.frequencyOf(
                Tuple.of(9, post.map(p -> listing("{\"kind\": \"t3\", \"data\": " + p + "}"))), Tuple.of(1, leaf()));
        Arbitrary<String> comments = comment.list().ofMaxSize(5).map(c -> listing(String.join(", ", c)));
        return Combinators.combine(postListing, Arbitraries.frequencyOf(Tuple.of(9, comments), Tuple.of(1, leaf())),
                        Arbitraries.integers().between(0, 9))
                .as((p, c, shape) -> switch (shape) {
                    case 0 -> "[" + p + "]";
                    case 1 -> "{\"kind\": \"Listing\", \"data\": " + p + "}";
                    case 2 -> "[" + p + ", " + c + ", " + c + "]";
                    default -> "[" + p + ", " + c + "]";
                });
    }

    private static Arbitrary<String> comment(int depth) {
        Arbitrary<String> replies = depth == 0 ? Arbitraries.of("\"\"", "null")
                : Arbitraries.frequencyOf(Tuple.of(1, leaf()), Tuple.of(2, Arbitraries.of("\"\"")),
                        Tuple.of(6, Arbitraries.lazy(() -> comment(depth - 1)).list().ofMaxSize(3)
                                .map(c -> listing(String.join(", ", c)))));
        Arbitrary<String> data = Combinators.combine(object(List.of("name", "id", "body", "author", "score",
                        "score_hidden", "created_utc", "permalink", "count"), leaf()), replies)
                .as((fields, r) -> fields.equals("{}") ? "{\"replies\": " + r + "}"
                        : fields.substring(0, fields.length() - 1) + ", \"replies\": " + r + "}");
        return Combinators.combine(Arbitraries.of("\"t1\"", "\"t1\"", "\"t1\"", "\"t1\"", "\"more\"", "\"t3\"", "1"),
                        Arbitraries.frequencyOf(Tuple.of(9, data), Tuple.of(1, leaf())))
                .as((kind, d) -> "{\"kind\": " + kind + ", \"data\": " + d + "}");
    }

    static Arbitrary<String> lemmy() {
        Arbitrary<String> person = object(List.of("name", "actor_id"), leaf());
        Arbitrary<String> post = object(List.of("id", "name", "body", "url", "ap_id", "published", "deleted", "removed"),
                Arbitraries.oneOf(leaf(), Arbitraries.of("4242", "1")));
        Arbitrary<String> counts = object(List.of("score", "comments", "child_count"), leaf());
        Arbitrary<String> postView = Combinators.combine(post, person, counts)
                .as((p, c, n) -> "{\"post\": " + p + ", \"creator\": " + c + ", \"counts\": " + n + "}");
        Arbitrary<String> path = Arbitraries.integers().between(1, 4).list().ofMaxSize(5)
                .map(ids -> quote("0" + ids.stream().map(i -> "." + i).reduce("", String::concat)));
        Arbitrary<String> comment = Combinators.combine(Arbitraries.integers().between(1, 4).map(String::valueOf),
                        Arbitraries.oneOf(path, leaf()), object(List.of("content", "deleted", "removed", "published",
                                "ap_id", "post_id"), leaf()))
                .as((id, p, rest) -> "{\"id\": " + id + ", \"path\": " + p
                        + (rest.equals("{}") ? "}" : ", " + rest.substring(1)));
        Arbitrary<String> view = Combinators.combine(Arbitraries.oneOf(comment, leaf()), person, counts, Arbitraries.oneOf(post, leaf()))
                .as((c, p, n, po) -> "{\"comment\": " + c + ", \"creator\": " + p + ", \"counts\": " + n + ", \"post\": " + po + "}");
        Arbitrary<String> comments = Arbitraries.oneOf(view, leaf()).list().ofMaxSize(8).map(v -> "[" + String.join(", ", v) + "]");
        return Combinators.combine(postView, comments, Arbitraries.integers().between(0, 4))
                .as((pv, cs, shape) -> switch (shape) {
                    case 0 -> "{\"post_view\": " + pv + ", \"comments\": " + cs + "}";
                    case 1 -> "[{\"post_view\": " + pv + "}, {\"comments\": " + cs + "}]";
                    case 2 -> "{\"post\": {\"post_view\": " + pv + "}, \"comments\": {\"comments\": " + cs + "}}";
                    case 3 -> "{\"comments\": " + cs + "}";
                    default -> "[" + pv + ", " + cs + "]";
                });
    }

    /** An object holding some of these fields, each with a value from {@code values}. */
    private static Arbitrary<String> object(List<String> fields, Arbitrary<String> values) {
        return Arbitraries.subsetOf(fields).flatMap(chosen -> values.list().ofSize(chosen.size()).map(vals -> {
            StringBuilder out = new StringBuilder("{");
            int i = 0;
            for (String field : chosen) {
                out.append(i == 0 ? "" : ", ").append(quote(field)).append(": ").append(vals.get(i++));
            }
            return out.append('}').toString();
        }));
    }

    private static String listing(String children) {
        return "{\"kind\": \"Listing\", \"data\": {\"children\": [" + children + "]}}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
