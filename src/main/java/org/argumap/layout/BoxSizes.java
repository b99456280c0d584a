package org.argumap.layout;

import org.argumap.model.MapNode;

/**
 * How large each box is drawn. The layout cannot know: text is measured by the view, with its
 * fonts, so the view passes this in. For an inference it is the size of its junction mark.
 */
@FunctionalInterface
public interface BoxSizes {
    Size sizeOf(MapNode node);
}
