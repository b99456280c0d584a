package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.io.MapReadException;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Presentation;

/**
 * Reads the presentation's steps once the statements are in the map. A step that names what is not
 * a statement of the map (a statement deleted by another program, a typo) loses that name with a
 * warning rather than costing the user the whole map; a step left with nothing to reveal is
 * dropped, also with a warning. A null where a step or an id belongs is an error, as elsewhere.
 */
final class PresentationBuilder {
    private static final JsonPointer STEPS = JsonPointer.compile("/presentation/steps");

    private final Places reader;
    private final ArgumentMap map;
    private final List<String> warnings;
    /** Which step first revealed each statement, counted from 1. */
    private final Map<String, Integer> revealedBy = new HashMap<>();

    PresentationBuilder(Places reader, ArgumentMap map, List<String> warnings) {
        this.reader = reader;
        this.map = map;
        this.warnings = warnings;
    }

    Presentation build(PresentationDto dto) throws MapReadException {
        if (dto == null || dto.steps() == null) {
            return Presentation.NONE;
        }
        List<Presentation.Step> steps = new ArrayList<>();
        for (int i = 0; i < dto.steps().size(); i++) {
            JsonPointer at = STEPS.appendIndex(i);
            PresentationDto.StepDto step = dto.steps().get(i);
            if (step == null) {
                throw reader.failAt(at, "Presentation step " + (i + 1) + " is null; a step is an object such as "
                        + "{\"show\": [\"s1\"], \"notes\": \"…\"}.");
            }
            List<String> shows = shows(step, i + 1, at.appendProperty("show"));
            if (shows.isEmpty()) {
                warnings.add("line " + reader.lineOf(at) + ": presentation step " + (i + 1)
                        + " reveals no statement of the map; ignored.");
            } else {
                steps.add(new Presentation.Step(shows, step.notes()));
            }
        }
        return new Presentation(steps);
    }

    private List<String> shows(PresentationDto.StepDto step, int number, JsonPointer at) throws MapReadException {
        List<String> ids = step.show() == null ? List.of() : step.show();
        List<String> kept = new ArrayList<>(ids.size());
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            JsonPointer place = at.appendIndex(j);
            if (id == null) {
                throw reader.failAt(place, "Presentation step " + number + " reveals null; it lists statement ids "
                        + "such as \"s1\".");
            }
            String problem = problem(id, number);
            if (problem != null) {
                warnings.add("line " + reader.lineOf(place) + ": presentation step " + number + " reveals '" + id
                        + "', " + problem + "; ignored.");
                continue;
            }
            revealedBy.put(id, number);
            kept.add(id);
        }
        return kept;
    }

    /** Why a step cannot reveal this id, or null if it can. */
    private String problem(String id, int step) {
        if (map.statement(id) == null) {
            return map.contains(id) ? "which is an inference, not a statement" : "which is not in the map";
        }
        Integer earlier = revealedBy.get(id);
        if (earlier != null) {
            return earlier == step ? "twice" : "which step " + earlier + " already reveals";
        }
        return null;
    }
}
