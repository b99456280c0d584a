package org.argumap.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The beginning of a file, as the recognisers of {@link FormatSniffer} look at it: its first lines
 * of text and, when it begins as JSON, the {@link JsonShape} of what the sample holds.
 */
public final class ContentSample {
    /** Lines looked at for a text format: enough for a front matter and a first statement or claim. */
    static final int MAX_LINES = 200;

    private final List<String> lines;
    private final Optional<JsonShape> json;

    private ContentSample(List<String> lines, Optional<JsonShape> json) {
        this.lines = lines;
        this.json = json;
    }

    /** The sample of these bytes, of which the first {@code length} are looked at. */
    public static ContentSample of(byte[] content, int length) {
        int end = Math.min(length, content.length);
        String text = new String(content, 0, end, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = Arrays.stream(text.split("\\R", MAX_LINES + 1)).limit(MAX_LINES).toList();
        String start = text.stripLeading();
        boolean jsonLike = start.startsWith("{") || start.startsWith("[");
        return new ContentSample(lines, jsonLike ? JsonShape.of(content, end) : Optional.empty());
    }

    /** The first lines of the text (at most {@value #MAX_LINES}), without line ends; the last may be cut short. */
    public List<String> lines() {
        return lines;
    }

    /** The first line that is not blank, stripped; empty when there is none. */
    public String firstLine() {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    /** The outline of the JSON document the file begins with; empty when it is not JSON. */
    public Optional<JsonShape> json() {
        return json;
    }
}
