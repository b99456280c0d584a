package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Presentation;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** The optional "presentation" field: its written shape, and what a reader forgives and warns about. */
class PresentationFieldTest {
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    private ReadResult read(String json) throws MapReadException {
        return format.read(json.getBytes(StandardCharsets.UTF_8), Path.of("steps.argumap.json"));
    }

    @Test
    void writtenLastWithShowAndNotesAndReadBack() throws MapReadException {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats are better than dogs."));
        map.addStatement("s2", StatementContent.claim("Cats need less care."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.setPresentation(new Presentation(List.of(new Presentation.Step(List.of("s1"), "Ask the class first."),
                new Presentation.Step(List.of("s2"), ""))));
        String written = format.writeToString(map);
        assertEquals("""
                  "inferences": [
                    {
                      "id": "i1",
                      "type": "support",
                      "premises": [
                        "s2"
                      ],
                      "target": "s1"
                    }
                  ],
                  "presentation": {
                    "steps": [
                      {
                        "show": [
                          "s1"
                        ],
                        "notes": "Ask the class first."
                      },
                      {
                        "show": [
                          "s2"
                        ]
                      }
                    ]
                  }
                }
                """, written.substring(written.indexOf("  \"inferences\"")));
        ReadResult back = read(written);
        assertEquals(map.presentation(), back.map().presentation());
        assertEquals(List.of(), back.warnings());
    }

    @Test
    void aMapWithoutAnOrderOfItsOwnHasNoField() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Alone."));
        assertFalse(format.writeToString(map).contains("presentation"));
    }

    @Test
    void idsThatAreNotStatementsAreDroppedWithWarningsNotRefused() throws MapReadException {
        ReadResult result = read("""
                {
                  "format": "argumap",
                  "version": 1,
                  "statements": [ { "id": "s1", "text": "a" }, { "id": "s2", "text": "b" } ],
                  "inferences": [ { "id": "i1", "type": "support", "premises": ["s2"], "target": "s1" } ],
                  "presentation": {
                    "steps": [
                      { "show": ["s1", "gone"], "notes": "first" },
                      { "show": ["i1"], "notes": "lost" },
                      { "show": ["s2", "s1", "s2"] },
                      { "show": [] }
                    ]
                  }
                }
                """);
        assertEquals(new Presentation(List.of(new Presentation.Step(List.of("s1"), "first"),
                new Presentation.Step(List.of("s2"), ""))), result.map().presentation());
        assertEquals(List.of(
                "line 8: presentation step 1 reveals 'gone', which is not in the map; ignored.",
                "line 9: presentation step 2 reveals 'i1', which is an inference, not a statement; ignored.",
                "line 9: presentation step 2 reveals no statement of the map; ignored.",
                "line 10: presentation step 3 reveals 's1', which step 1 already reveals; ignored.",
                "line 10: presentation step 3 reveals 's2', twice; ignored.",
                "line 11: presentation step 4 reveals no statement of the map; ignored."), result.warnings());
    }
}
