package org.argumap.ui.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning split into its place and its words. Readers start a warning about a place with
 * {@code line 12: } or {@code line 1, column 32980: } (a Reddit thread is one long line, so the
 * column matters); counts of what options left out have no place.
 */
public record WarningPlace(String place, String message) {
    private static final Pattern PLACE = Pattern.compile("^line (\\d+)(?:, column (\\d+))?: ");

    public static WarningPlace of(String warning) {
        Matcher matcher = PLACE.matcher(warning);
        if (!matcher.find()) {
            return new WarningPlace("", warning);
        }
        String place = "Line " + matcher.group(1) + (matcher.group(2) == null ? "" : ", column " + matcher.group(2));
        return new WarningPlace(place, warning.substring(matcher.end()));
    }
}
