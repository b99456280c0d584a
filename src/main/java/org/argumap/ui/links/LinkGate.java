package org.argumap.ui.links;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The one gate between Argumap and the user's browser. A map comes from anyone, so an address in
 * it opens only as a whole web or mail address: {@code http}, {@code https} or {@code mailto},
 * never a file, a script ({@code javascript:}, {@code data:}) or a relative address that the
 * system would resolve against some folder. Callers open links only on an explicit click; the
 * window hands every caller the guarded browser, so a new caller cannot forget the check.
 */
public final class LinkGate {
    private static final Logger LOG = Logger.getLogger(LinkGate.class.getName());
    private static final Set<String> OPENABLE = Set.of("http", "https", "mailto");

    private LinkGate() {
    }

    /** Whether this address may be handed to the browser. */
    public static boolean opens(String address) {
        if (address == null) {
            return false;
        }
        String url = address.strip();
        if (url.isEmpty() || url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null || !OPENABLE.contains(scheme.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (scheme.equalsIgnoreCase("mailto")) {
            return uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@");
        }
        return uri.getHost() != null && !uri.getHost().isEmpty();
    }

    /** The browser behind the gate: what it refuses is logged and never opened. */
    public static Consumer<String> guard(Consumer<String> browser) {
        return address -> {
            if (opens(address)) {
                browser.accept(address.strip());
            } else {
                LOG.warning(() -> "Not opened in the browser, as it is no web or mail address: " + address);
            }
        };
    }
}
