/**
 * Feedback while a map is being built: what is wrong ({@link org.argumap.analysis.MapChecker}'s
 * problems) and what to do next (claims nothing supports, objections nobody answered, a main claim
 * that does not stand), each with a hint for a student. Pure Java on the model and the evaluation,
 * so the editor's problems panel and any later command show the same findings.
 */
package org.argumap.analysis.feedback;
