/**
 * What can be worked out from a map without changing it: counts ({@link org.argumap.analysis.MapStatistics})
 * and the problems a reader of the map would trip over ({@link org.argumap.analysis.MapChecker}).
 * Pure Java on the model: no JavaFX, no Jackson, no io, so the editor, the command line and the
 * tests all get the same answers.
 */
package org.argumap.analysis;
