package org.argumap.ui.picture;

import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;

/**
 * What the user asked for in File › Export Picture…: the format, its options, and whether to use
 * the print style (black-and-white friendly) rather than the colours on screen.
 */
public record PictureRequest(PictureFormat format, PictureOptions options, boolean printStyle) {
}
