package org.argumap.io;

import java.util.function.Predicate;

/**
 * Tells one format by a file's content: a Reddit response by its listings, a Kialo export by its
 * title line. A format registers one in {@link FormatSniffer#RECOGNISERS}; it should answer yes only
 * for what its reader can read, and look at nothing but the sample (no file, no network).
 */
public interface ContentRecogniser {
    /** The name of the reader ({@link MapReader#name()}) for the files recognised. */
    String format();

    boolean recognises(ContentSample sample);

    /** A recogniser of a JSON format by the shape of its document. */
    static ContentRecogniser json(String format, Predicate<JsonShape> shape) {
        return of(format, sample -> sample.json().filter(shape).isPresent());
    }

    /** A recogniser of a text format by its lines. */
    static ContentRecogniser text(String format, Predicate<ContentSample> lines) {
        return of(format, sample -> sample.json().isEmpty() && lines.test(sample));
    }

    static ContentRecogniser of(String format, Predicate<ContentSample> test) {
        return new ContentRecogniser() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public boolean recognises(ContentSample sample) {
                return test.test(sample);
            }
        };
    }
}
