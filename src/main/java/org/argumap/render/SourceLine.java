package org.argumap.render;

import java.net.URI;
import java.util.Locale;
import org.argumap.model.StatementContent;

/**
 * The one line a box gives to where evidence comes from: the site it is on and the date, as a
 * reader cites a source ("mander.xyz · 2025-01-03"). The whole address is in the editor; on the
 * map it would be noise cut off mid-way.
 */
final class SourceLine {
    private SourceLine() {
    }

    static String of(StatementContent content) {
        String site = siteOf(content.url().strip());
        String date = content.date().strip();
        if (site.isEmpty()) {
            return date;
        }
        return date.isEmpty() ? site : site + " · " + date;
    }

    /** The host without "www.", or the address as written when it has no host (a DOI, a book reference). */
    static String siteOf(String url) {
        if (url.isEmpty()) {
            return "";
        }
        try {
            String host = URI.create(url).getHost();
            if (host != null && !host.isBlank()) {
                host = host.toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // Not a URI: show it as the author wrote it.
        }
        return url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
    }
}
