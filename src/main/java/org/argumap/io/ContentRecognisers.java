package org.argumap.io;

import java.util.List;
import java.util.regex.Pattern;
import org.argumap.io.aif.AifFormat;
import org.argumap.io.argdown.ArgdownFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.kialo.KialoFormat;

/** What the files of the formats other than threads look like at their start. */
final class ContentRecognisers {
    /** An Argumap map says so: {@code "format": "argumap"}, first in every version. */
    static final ContentRecogniser ARGUMAP = ContentRecogniser.json(ArgumapJsonFormat.FORMAT_NAME,
            json -> !json.isArray() && ArgumapJsonFormat.FORMAT_NAME.equals(json.value("format")));

    /** An AIFdb nodeset ({@code nodes} and {@code edges}) or the OVA/xAIF wrapper ({@code AIF}). */
    static final ContentRecogniser AIF = ContentRecogniser.json(AifFormat.NAME,
            json -> !json.isArray() && (json.has("nodes[]") && json.has("edges[]") || json.has("AIF.nodes[]")));

    /** Kialo begins with its title line, or with the thesis and a numbered pro or con under it. */
    static final ContentRecogniser KIALO = ContentRecogniser.text(KialoFormat.NAME, ContentRecognisers::isKialo);

    /** Argdown by lines only it writes: {@code [Title]:}, {@code <Argument>:}, a relation to one, a premise {@code (1)}. */
    static final ContentRecogniser ARGDOWN = ContentRecogniser.text(ArgdownFormat.NAME, ContentRecognisers::isArgdown);

    private static final Pattern KIALO_TITLE = Pattern.compile("Discussion (?:Title|Name):.*");
    private static final Pattern KIALO_THESIS = Pattern.compile("1\\.[ \\t]+\\S.*");
    private static final Pattern KIALO_ENTRY = Pattern.compile("[ \\t]*1\\.\\d+\\.[ \\t]+(?:Pro|Con|Thesis):.*");
    private static final List<Pattern> ARGDOWN_LINES = List.of(
            Pattern.compile("[ \\t]*\\[[^\\]\\n]+\\]:.*"),
            Pattern.compile("[ \\t]*<[^>\\n]+>:.*"),
            Pattern.compile("[ \\t]*(?:\\+|-|<\\+|<-|\\+>|->|_>|<_|><)[ \\t]+[\\[<][^\\]>\\n]+[\\]>].*"),
            Pattern.compile("[ \\t]*\\(1\\)[ \\t]+\\S.*"));

    private ContentRecognisers() {
    }

    private static boolean isKialo(ContentSample sample) {
        String first = sample.firstLine();
        if (KIALO_TITLE.matcher(first).matches()) {
            return true;
        }
        return KIALO_THESIS.matcher(first).matches()
                && sample.lines().stream().anyMatch(line -> KIALO_ENTRY.matcher(line).matches());
    }

    private static boolean isArgdown(ContentSample sample) {
        return sample.lines().stream().anyMatch(line -> ARGDOWN_LINES.stream().anyMatch(p -> p.matcher(line).matches()));
    }
}
