package org.argumap.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.layout.BoxSizes;
import org.argumap.layout.Size;
import org.argumap.model.CommentData;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.text.DisplayText;

/**
 * Sizes boxes for the layout by wrapping their text as it will be drawn, in a column as wide as
 * its words need ({@link TextColumn}). Remembers the wrapped
 * text per statement content, so a box is measured again only when its words change. One thread
 * at a time: the canvas measures on the FX thread, an export on its own.
 */
public final class BoxMeasurer implements BoxSizes {
    /**
     * Enough for every box of a 100,000-statement map with room for edits: below the map's size,
     * each layout's sweep over all boxes found none remembered and wrapped every text again
     * (seconds on the FX thread after each edit at 100,000). Larger maps still re-measure.
     */
    private static final int MAX_REMEMBERED_BOXES = 300_000;

    private final TextWrapper wrapper;
    private final Map<StatementContent, BoxText> texts = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<StatementContent, BoxText> eldest) {
            return size() > MAX_REMEMBERED_BOXES;
        }
    };

    public BoxMeasurer(TextMeasure measure) {
        this.wrapper = new TextWrapper(measure);
    }

    @Override
    public Size sizeOf(MapNode node) {
        if (node instanceof Inference inference) {
            double radius = inference.isLinked() ? BoxStyle.LINKED_JUNCTION_RADIUS : BoxStyle.JUNCTION_RADIUS;
            return new Size(2 * radius, 2 * radius);
        }
        BoxText text = textOf((Statement) node);
        return new Size(text.width(), text.height());
    }

    public BoxText textOf(Statement statement) {
        return texts.computeIfAbsent(statement.content(), this::measure);
    }

    public TextWrapper wrapper() {
        return wrapper;
    }

    private BoxText measure(StatementContent content) {
        String title = DrawableText.lines(content.title()).strip();
        // The words as shown (Markdown as text), so the box is as large as what is drawn in it.
        String body = DrawableText.lines(DisplayText.of(content)).strip();
        double column = TextColumn.widthFor(wrapper, title, body);
        String line = CommentLine.of(content);
        if (!line.isEmpty() && CommentData.isComment(content)) {
            // A short comment's box widens for its author, score and day, up to the widest box,
            // rather than cut them to "alice@lemmy.ml · 25 poi…".
            double wanted = Math.ceil(wrapper.width(line, BoxStyle.AUTHOR_FONT) + BoxStyle.META_ICON_ROOM);
            column = Math.max(column, Math.min(BoxStyle.MAX_WIDTH - 2 * BoxStyle.PADDING, wanted));
        }
        double metaColumn = column - BoxStyle.META_ICON_ROOM;
        List<String> titleLines = title.isEmpty() ? List.of()
                : wrapper.wrap(title, BoxStyle.TITLE_FONT, column, BoxStyle.MAX_TITLE_LINES);
        List<String> bodyLines = body.isEmpty() ? List.of()
                : wrapper.wrap(body, BoxStyle.BODY_FONT, column, BoxStyle.MAX_BODY_LINES);
        String source = content.kind() == StatementKind.EVIDENCE
                ? wrapper.fit(DrawableText.oneLine(SourceLine.of(content)), BoxStyle.SOURCE_FONT, metaColumn) : "";
        String author = line.isEmpty() ? "" : wrapper.fit(line, BoxStyle.AUTHOR_FONT, metaColumn);

        double height = BoxStyle.PADDING + BoxStyle.LABEL_LINE;
        if (!titleLines.isEmpty()) {
            height += BoxStyle.BLOCK_GAP + titleLines.size() * BoxStyle.TITLE_LINE;
        }
        if (!bodyLines.isEmpty()) {
            height += BoxStyle.BLOCK_GAP + bodyLines.size() * BoxStyle.BODY_LINE;
        }
        if (!source.isEmpty() || !author.isEmpty()) {
            height += BoxStyle.BLOCK_GAP;
        }
        if (!source.isEmpty()) {
            height += BoxStyle.META_LINE;
        }
        if (!author.isEmpty()) {
            height += BoxStyle.META_LINE;
        }
        height += BoxStyle.PADDING;
        // Room far out for the role and a line of the headline, under which a short box would say only its role.
        height = Math.max(height, Math.ceil(BoxPainter.leastSummaryHeight(BoxStyle.OVERVIEW_ZOOM)));
        return new BoxText(titleLines, bodyLines, source, author, title.isEmpty() ? body : title,
                Glance.of(title, body), column + 2 * BoxStyle.PADDING, height);
    }
}
