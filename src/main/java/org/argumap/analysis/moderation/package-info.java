/**
 * The moderator's view of an imported thread: which replies a filter hides (by score, depth,
 * deleted or removed, bot authors) and how many are left. Pure Java on the model, so the canvas,
 * the outline and the tests agree on what is hidden.
 */
package org.argumap.analysis.moderation;
