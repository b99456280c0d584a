/**
 * The map written as a Markdown outline for people to read. See
 * {@code src/site/markdown/formats/outline.md}.
 */
package org.argumap.io.outline;
