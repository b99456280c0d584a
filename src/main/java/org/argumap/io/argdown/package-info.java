/**
 * Argdown in and out ({@link org.argumap.io.argdown.ArgdownFormat}): a lexer and parser that read
 * documents as Argdown 1.7.5 does, an interpreter that gives them Argdown's own meaning, a builder
 * to the map, and a writer that lays a map out as Argdown again. See
 * {@code src/site/markdown/formats/argdown.md}.
 */
package org.argumap.io.argdown;
