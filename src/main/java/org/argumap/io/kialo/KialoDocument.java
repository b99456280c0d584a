package org.argumap.io.kialo;

import java.util.List;

/**
 * An export as parsed, before it becomes a map.
 *
 * @param title       the discussion's name, or empty
 * @param preamble    lines between the title and the first claim (kept as the map's description)
 * @param claims      the numbered entries in file order
 * @param sources     the footer's sources in file order (newer format only)
 * @param warnings    what the parser read past, each starting with its line
 */
record KialoDocument(String title, String preamble, List<KialoClaim> claims, List<KialoSource> sources,
                     List<String> warnings) {
}
