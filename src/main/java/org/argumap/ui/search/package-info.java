/**
 * Find and filter in the editor window: the {@link org.argumap.ui.search.SearchBar} beside the
 * toolbar, the {@link org.argumap.ui.search.SearchSession} behind it that asks
 * {@link org.argumap.analysis.search.MapSearch} and steps through the matches, and the canvas
 * highlights it sets. See src/site/markdown/search.md for what the user sees.
 */
package org.argumap.ui.search;
