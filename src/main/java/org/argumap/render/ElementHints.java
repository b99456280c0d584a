package org.argumap.render;

import java.awt.Graphics2D;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Groups the shapes of one box or link in an SVG export ({@code <g id="box-s1">}), so a user can
 * pick a whole box in Inkscape; other surfaces have no groups and ignore it. Ids are reduced to
 * letters, digits, '-' and '_' (others as {@code _xx} hex), so a map's ids cannot break the SVG.
 */
final class ElementHints {
    private ElementHints() {
    }

    static void begin(Graphics2D g, String kind, String id) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, kind + "-" + safe(id));
        }
    }

    static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    static String safe(String id) {
        StringBuilder out = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c));
            }
        });
        return out.toString();
    }
}
