/**
 * Kialo's text exports, older and newer, read into maps: claims, pros and cons, linked claims and
 * sources as evidence. See {@code src/site/markdown/formats/kialo.md}.
 */
package org.argumap.io.kialo;
