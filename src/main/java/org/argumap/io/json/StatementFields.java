package org.argumap.io.json;

import java.util.List;
import java.util.Map;

/**
 * A statement's fields as the file has them, before the builder checks them: the record bound by
 * databind ({@link StatementDto}) and the holder the streaming reader fills element after element
 * (in {@link StreamingMapReader}) both are one, so both paths build statements by one rule.
 */
interface StatementFields {
    String id();

    String kind();

    String title();

    String text();

    String author();

    List<String> tags();

    String notes();

    String url();

    String quote();

    String date();

    String verdict();

    Integer rating();

    Map<String, String> data();
}
