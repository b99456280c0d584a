/**
 * Finding statements in a map: a {@link org.argumap.analysis.search.MapQuery} (words to look for,
 * and filters by kind, tag and author) against a {@link org.argumap.analysis.search.MapSearch},
 * an index of one map's statements in reading order. Matching ignores case and accents, so
 * "moscow" finds "Moscow’s" and "zurich" finds "Zürich". Pure Java on the model, like the rest of
 * analysis: the editor's search bar asks it, and tests can without a screen.
 */
package org.argumap.analysis.search;
