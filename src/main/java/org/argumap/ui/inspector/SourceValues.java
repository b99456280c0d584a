package org.argumap.ui.inspector;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.argumap.ui.links.LinkGate;

/**
 * What the inspector accepts for an evidence source's address and date. The model keeps both as
 * written, so maps from other tools may hold anything; what a user types here must be a whole
 * address with its scheme and an ISO 8601 date (a year, a month or a day), so that the file stays
 * readable by scripts. Every problem is a sentence for the user, never an exception.
 */
final class SourceValues {
    private static final Set<String> NEED_HOST = Set.of("http", "https", "ftp");
    private static final List<Consumer<String>> DATE_FORMS = List.of(
            Year::parse, YearMonth::parse, LocalDate::parse, OffsetDateTime::parse, LocalDateTime::parse);

    private SourceValues() {
    }

    /** Why this address cannot be a source's URL, or empty when it can (an empty text clears it). */
    static Optional<String> urlProblem(String text) {
        String url = text.strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("An address cannot contain spaces.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("This is not a web address: " + e.getReason() + ".");
        }
        if (uri.getScheme() == null || url.startsWith("www.")) {
            return Optional.of("Write the whole address with its scheme, such as https://" + withoutSlashes(url) + ".");
        }
        if (NEED_HOST.contains(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() == null) {
            return Optional.of("The address names no site: write it as https://example.org/page.");
        }
        return Optional.empty();
    }

    /** Whether a click on the link may open this address in the browser. */
    static boolean opensInBrowser(String url) {
        return urlProblem(url).isEmpty() && LinkGate.opens(url);
    }

    /** Why this text cannot be a source's date, or empty when it can (an empty text clears it). */
    static Optional<String> dateProblem(String text) {
        String date = text.strip();
        if (date.isEmpty()) {
            return Optional.empty();
        }
        for (Consumer<String> form : DATE_FORMS) {
            try {
                form.accept(date);
                return Optional.empty();
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return Optional.of("“" + date + "” is not a date Argumap can read: write the year first, "
                + "as 2024-05-17, 2024-05 or 2024.");
    }

    private static String withoutSlashes(String url) {
        return url.replaceFirst("^/+", "");
    }
}
