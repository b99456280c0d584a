package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One statement as it is in the file; {@code kind} is "claim" or "evidence". */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "title", "text", "author", "tags", "notes", "url", "quote", "date", "data"})
record StatementDto(String id, String kind, String title, String text, String author, List<String> tags,
                    String notes, String url, String quote, String date, Map<String, String> data) {
}
