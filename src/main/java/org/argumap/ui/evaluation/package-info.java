/**
 * Which claims stand, in the editor: {@link org.argumap.ui.evaluation.LiveEvaluation} keeps the
 * open map's evaluation up to date (large maps on a worker, over a snapshot);
 * {@link org.argumap.ui.evaluation.EvaluationView} marks the canvas and the outline after it while
 * Evaluate › Show Evaluation is on, explains the selected box in the inspector and adds the judgement
 * commands (Evaluate › Accept, Reject, Clear Judgement, Rate…). The marks themselves are drawn by
 * {@code render.StandingMarks}, so exported pictures carry them too.
 */
package org.argumap.ui.evaluation;
