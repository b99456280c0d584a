package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The top level of an {@code .argumap.json} file, as it is on disk. Kept apart from the model so
 * that the file format can stay stable while the model grows, and so the model never sees Jackson.
 * The property order here is the order in the file.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "version", "title", "description", "source", "authors", "created", "modified",
        "statements", "inferences", "layout", "presentation"})
record MapFileDto(String format, Integer version, String title, String description, SourceDto source,
                  List<String> authors, String created, String modified, List<StatementDto> statements,
                  List<InferenceDto> inferences, Map<String, PositionDto> layout, PresentationDto presentation) {

    /** Where the map's material came from. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SourceDto(String url) {
    }
}
