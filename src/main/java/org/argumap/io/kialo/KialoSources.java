package org.argumap.io.kialo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * The footer's sources as evidence: one evidence statement per source (address, quoted passage),
 * supporting every claim whose text cites it as {@code [n]}. A source no claim cites is kept, so
 * nothing of the export is lost, and reported.
 */
final class KialoSources {
    private final ArgumentMap map;
    private final List<String> warnings;

    KialoSources(ArgumentMap map, List<String> warnings) {
        this.map = map;
        this.warnings = warnings;
    }

    void add(List<KialoSource> sources, Map<KialoClaim, Statement> claims) {
        Map<String, Statement> evidence = new LinkedHashMap<>();
        for (KialoSource source : sources) {
            evidence.put(source.number(), map.addStatement(content(source)));
        }
        Map<String, Boolean> cited = new LinkedHashMap<>();
        claims.forEach((claim, statement) -> {
            for (String number : KialoMapBuilder.citations(claim.text())) {
                Statement source = evidence.get(number);
                if (source != null) {
                    map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(source.id()), statement.id());
                    cited.put(number, true);
                }
            }
        });
        for (KialoSource source : sources) {
            if (!cited.containsKey(source.number())) {
                warnings.add("line " + source.line() + ": no claim cites source [" + source.number()
                        + "]; it was kept as evidence supporting nothing");
            }
        }
    }

    private static StatementContent content(KialoSource source) {
        String url = source.url();
        String title = source.words().isEmpty() ? host(url) : source.words();
        if (title.isEmpty()) {
            title = "Source [" + source.number() + "]";
        }
        return StatementContent.evidence(title, "", url).withQuote(source.quote())
                .withData(Map.of(KialoMapBuilder.SOURCE_KEY, source.number()));
    }

    /** "npr.org" for "https://www.npr.org/sections/…": a short name for a source that has none. */
    static String host(String url) {
        if (url.isEmpty()) {
            return "";
        }
        String withScheme = url.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + url : url;
        try {
            String host = URI.create(withScheme).getHost();
            if (host != null && !host.isBlank()) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // An address with characters URI refuses: name the source by the address itself.
        }
        return url;
    }
}
