package org.argumap.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One statement as it is in the file; {@code kind} is "claim" or "evidence". The user's judgement
 * ({@code verdict}, {@code rating}) is null when open or unrated, so unjudged maps never mention it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "title", "text", "author", "tags", "notes", "url", "quote", "date", "verdict", "rating",
        "data"})
record StatementDto(String id, String kind, String title, String text, String author, List<String> tags,
                    String notes, String url, String quote, String date, String verdict, Integer rating,
                    Map<String, String> data) implements StatementFields {
}
