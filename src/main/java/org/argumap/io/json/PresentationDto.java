package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The teacher's presentation order, as in the file: {@code "presentation": {"steps": [{"show":
 * ["s1"], "notes": "…"}, …]}}. Absent when the map has no order of its own, so maps that never
 * had one are written as before.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record PresentationDto(List<StepDto> steps) {

    /** One step: the statements it reveals, and what the presenter means to say. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"show", "notes"})
    record StepDto(List<String> show, String notes) {
    }
}
