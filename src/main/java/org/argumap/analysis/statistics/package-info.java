/**
 * Statistics that describe an argument rather than count its boxes: roles, depth, the balance of
 * reasons and objections, the most attacked statements, who wrote what, and how much of the map
 * stands. The entry point is {@link org.argumap.analysis.statistics.ArgumentStatistics}; the
 * statistics panel and {@code check} both print it. Pure Java on the model and the evaluation.
 */
package org.argumap.analysis.statistics;
