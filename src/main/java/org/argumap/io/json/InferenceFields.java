package org.argumap.io.json;

import java.util.List;
import java.util.Map;

/**
 * An inference's fields as the file has them, before the builder checks them; see
 * {@link StatementFields}.
 */
interface InferenceFields {
    String id();

    String type();

    String flavour();

    String title();

    String description();

    String scheme();

    String author();

    List<String> premises();

    String target();

    Integer strength();

    Map<String, String> data();
}
