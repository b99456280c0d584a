package org.argumap.render.picture;

import java.util.Objects;
import java.util.Set;

/**
 * How a picture of a map is made: which statements (all, or a selection), and for each format what
 * it takes. Values out of range are brought into range, so a caller cannot ask for a 0-times PNG.
 *
 * @param only        the statements to show with the links between them; empty for the whole map
 * @param scale       PNG only: pixels per map unit, 1 to 4
 * @param transparent PNG only: no background
 * @param page        PDF only: the paper
 * @param tiled       PDF only: at print size over several pages, rather than fitted onto one
 * @param title       PDF only: the header of each page and the document's title
 */
public record PictureOptions(Set<String> only, double scale, boolean transparent, PageSize page, boolean tiled,
                             String title) {
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    public PictureOptions {
        only = Set.copyOf(only);
        scale = Double.isNaN(scale) ? MIN_SCALE : Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        page = Objects.requireNonNull(page);
        title = title == null ? "" : title;
    }

    /** The whole map, PNG at 2 × on its background, PDF fitted onto one A4 page. */
    public static PictureOptions defaults() {
        return new PictureOptions(Set.of(), 2, false, PageSize.A4, false, "");
    }

    public PictureOptions withOnly(Set<String> value) {
        return new PictureOptions(value, scale, transparent, page, tiled, title);
    }

    public PictureOptions withScale(double value) {
        return new PictureOptions(only, value, transparent, page, tiled, title);
    }

    public PictureOptions withTransparent(boolean value) {
        return new PictureOptions(only, scale, value, page, tiled, title);
    }

    public PictureOptions withPage(PageSize value, boolean tiledValue) {
        return new PictureOptions(only, scale, transparent, value, tiledValue, title);
    }

    public PictureOptions withTitle(String value) {
        return new PictureOptions(only, scale, transparent, page, tiled, value);
    }
}
