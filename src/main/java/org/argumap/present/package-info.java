/**
 * Presenting a map step by step, without a screen: which statements each step reveals
 * ({@link org.argumap.present.PresentationSteps}: the teacher's saved order, or argument order),
 * and where a presentation stands ({@link org.argumap.present.StepCursor}: what is hidden, what is
 * focused). Pure Java on the model and analysis, so the presentation window, the handout and the
 * command line all reveal the same statements at the same step.
 */
package org.argumap.present;
