package org.argumap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
 * at a time: the canvas measures on the FX thread, an export on its own; {@link #measureAll} may
 * spread a map's boxes over the processors meanwhile, as measuring one box changes nothing shared.
 */
public final class BoxMeasurer implements BoxSizes {
    /**
     * Enough for every box of a 100,000-statement map with room for edits: below the map's size,
     * each layout's sweep over all boxes found none remembered and wrapped every text again
     * (seconds on the FX thread after each edit at 100,000). Larger maps still re-measure.
     */
    private static final int MAX_REMEMBERED_BOXES = 300_000;

    /** Below this many boxes, handing them to other threads costs more than it saves. */
    private static final int PARALLEL_FROM = 2_000;

    private final TextWrapper wrapper;
    private Map<StatementContent, BoxText> texts = remembering(256);

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

    /**
     * Measures these statements' boxes ahead, on every processor, so that the layout's sweep over
     * a large map (on opening it) finds them remembered. Wrapping one box reads only its content
     * and thread-safe measures; only remembering the results is done on this thread.
     */
    public void measureAll(List<Statement> statements) {
        List<StatementContent> contents = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            StatementContent content = statement.content();
            if (!texts.containsKey(content)) {
                contents.add(content);
            }
        }
        if (contents.size() > MAX_REMEMBERED_BOXES) {
            return; // more than can be remembered: measured as laid out, as before
        }
        // Only a measure known to be safe to share is shared between threads.
        if (contents.size() < PARALLEL_FROM || !(wrapper.measure() instanceof AwtTextMeasure)) {
            contents.forEach(content -> texts.computeIfAbsent(content, this::measure));
            return;
        }
        if (texts.isEmpty()) {
            texts = remembering(contents.size()); // grown once, not doubled a dozen times
        }
        BoxText[] measured = new BoxText[contents.size()];
        IntStream.range(0, measured.length).parallel().forEach(k -> measured[k] = measure(contents.get(k)));
        for (int k = 0; k < measured.length; k++) {
            texts.putIfAbsent(contents.get(k), measured[k]);
        }
    }

    /** The most recently used boxes' text, the least recently used forgotten past the bound. */
    private static Map<StatementContent, BoxText> remembering(int expected) {
        return new LinkedHashMap<>(Math.max(256, (int) (expected / 0.75f) + 1), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<StatementContent, BoxText> eldest) {
                return size() > MAX_REMEMBERED_BOXES;
            }
        };
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
