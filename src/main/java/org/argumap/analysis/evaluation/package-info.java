/**
 * Which claims of a map stand, and how strongly: the map read as a Dung attack framework and
 * labelled under grounded, preferred or stable semantics, DF-QuAD strengths, and explanations in
 * words ({@link org.argumap.analysis.evaluation.Evaluator}, {@link org.argumap.analysis.evaluation.Explanations}).
 * Pure Java on the model, like the rest of analysis; {@code src/site/markdown/analysis.md} gives
 * every definition.
 */
package org.argumap.analysis.evaluation;
