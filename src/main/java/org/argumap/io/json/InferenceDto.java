package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One inference as it is in the file. {@code flavour} is absent for the ordinary defeasible case,
 * so that most files never mention it; so is {@code strength} while nobody has rated the inference.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "flavour", "title", "description", "scheme", "author", "premises", "target",
        "strength", "data"})
record InferenceDto(String id, String type, String flavour, String title, String description, String scheme,
                    String author, List<String> premises, String target, Integer strength,
                    Map<String, String> data) implements InferenceFields {
}
