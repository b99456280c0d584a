/**
 * The argument map itself: statements and inferences in one JGraphT graph, shaped like the
 * Argument Interchange Format. Pure Java: no JavaFX, no Jackson, nothing else of Argumap.
 *
 * <p>Every change goes through {@link org.argumap.model.ArgumentMap}'s methods, which check the
 * invariants and fire a {@link org.argumap.model.MapEvent}; element classes expose getters only.
 */
package org.argumap.model;
