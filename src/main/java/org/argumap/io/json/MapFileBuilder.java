package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.argumap.io.MapReadException;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.MapInvariantException;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;

/**
 * Builds the model from the file's DTOs, translating each broken rule into an error at the place in
 * the file where it is broken. The model checks the rules; this class only knows where things are.
 */
final class MapFileBuilder {
    private final Places reader;
    private final ArgumentMap map = new ArgumentMap();
    private final List<String> warnings = new ArrayList<>();
    /** Inferences met before their target, as the streaming reader meets them, with their file index. */
    private final List<Waiting> waiting = new ArrayList<>();
    private int inferencesMet;

    MapFileBuilder(Places reader) {
        this.reader = reader;
    }

    ArgumentMap map() {
        return map;
    }

    List<String> warnings() {
        return warnings;
    }

    /** Builds the map from the records databind made of the whole file. */
    ArgumentMap build(MapFileDto dto) throws MapReadException {
        setInfo(dto.title(), dto.description(), dto.source(), dto.authors(), dto.created(), dto.modified());
        List<StatementDto> statements = dto.statements() == null ? List.of() : dto.statements();
        for (int i = 0; i < statements.size(); i++) {
            addStatement(statements.get(i), new At("statements", i));
        }
        addInferences(dto.inferences() == null ? List.of() : dto.inferences());
        Map<String, PositionDto> layout = dto.layout() == null ? Map.of() : dto.layout();
        for (Map.Entry<String, PositionDto> entry : layout.entrySet()) {
            placeBox(entry.getKey(), entry.getValue(), () -> reader.lineOf(layoutPointer(entry.getKey())));
        }
        setPresentation(dto.presentation());
        return map;
    }

    void setInfo(String title, String description, MapFileDto.SourceDto source, List<String> authors, String created,
                 String modified) throws MapReadException {
        map.setInfo(new MapInfo(title, description, source == null ? "" : source.url(), authors,
                instant(created, "created"), instant(modified, "modified")));
    }

    void setPresentation(PresentationDto dto) throws MapReadException {
        map.setPresentation(new PresentationBuilder(reader, map, warnings).build(dto));
    }

    private Instant instant(String value, String field) throws MapReadException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw reader.failAt(JsonPointer.compile("/" + field), "'" + field
                    + "' should be a date and time in UTC such as 2026-11-24T09:30:00Z, but is \"" + value + "\".");
        }
    }

    void addStatement(StatementFields s, At at) throws MapReadException {
        if (s == null) {
            throw reader.failAt(at.pointer(), "Statement " + at.number() + " is null; a statement is an object with an id and a text.");
        }
        String id = requireId(s.id(), at, "Statement " + at.number());
        StatementKind kind = s.kind() == null ? StatementKind.CLAIM
                : FormatNames.parse(StatementKind.class, s.kind()).orElseThrow(() -> reader.failAt(at.pointer("kind"),
                "Statement '" + id + "' has the kind \"" + s.kind() + "\"; a kind is "
                        + FormatNames.choices(StatementKind.class) + "."));
        StatementContent content = new StatementContent(kind, s.title(), s.text(), s.author(), s.tags(), s.notes(),
                s.url(), s.quote(), s.date(), s.data(), verdict(s.verdict(), id, at),
                percent(s.rating(), "Statement '" + id + "'", "rating", at));
        try {
            map.addStatement(id, content);
        } catch (MapInvariantException e) {
            throw ruleBroken(e, at.pointer());
        }
    }

    /**
     * Adds inferences in file order where it can; an undercut listed before the inference it
     * attacks waits for it, and is moved back to its file position afterwards so that saving again
     * writes the same order.
     */
    private void addInferences(List<InferenceDto> inferences) throws MapReadException {
        Map<String, Integer> fileIndexOfInference = new HashMap<>(inferences.size() * 4 / 3 + 1);
        for (int i = 0; i < inferences.size(); i++) {
            InferenceDto dto = inferences.get(i);
            At at = new At("inferences", i);
            if (dto == null) {
                throw reader.failAt(at.pointer(), "Inference " + at.number() + " is null; an inference is an object with an id, "
                        + "premises and a target.");
            }
            String id = requireId(dto.id(), at, "Inference " + at.number());
            if (fileIndexOfInference.putIfAbsent(id, i) != null || map.contains(id)) {
                throw duplicate(id, at.pointer("id"));
            }
        }
        // Most inferences can be added at once, in file order; only undercuts listed before their
        // target wait, and they are kept apart so that the usual file costs one pass and no map.
        List<Integer> waiting = new ArrayList<>();
        for (int i = 0; i < inferences.size(); i++) {
            String target = inferences.get(i).target();
            if (target != null && fileIndexOfInference.containsKey(target) && !map.contains(target)) {
                waiting.add(i);
                continue;
            }
            addInference(inferences.get(i), new At("inferences", i));
        }
        boolean deferredAny = !waiting.isEmpty();
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            List<Integer> still = new ArrayList<>();
            for (int i : waiting) {
                String target = inferences.get(i).target();
                if (target != null && fileIndexOfInference.containsKey(target) && !map.contains(target)) {
                    still.add(i);
                } else {
                    addInference(inferences.get(i), new At("inferences", i));
                }
            }
            progress = still.size() < waiting.size();
            waiting = still;
        }
        if (!waiting.isEmpty()) {
            int first = waiting.get(0);
            throw reader.failAt(new At("inferences", first).pointer("target"),
                    "Inference '" + inferences.get(first).id() + "' targets '" + inferences.get(first).target()
                            + "', which leads back to it through other inferences: a chain of undercuts must end at a statement.");
        }
        if (deferredAny) {
            List<String> fileOrder = new ArrayList<>(map.size());
            map.statements().forEach(s -> fileOrder.add(s.id()));
            inferences.forEach(i -> fileOrder.add(i.id()));
            map.rearrange(fileOrder);
        }
    }

    /**
     * The streaming reader's way to add inferences, one at a time in file order without looking
     * ahead: one whose target is not in the map yet waits, since it may be an undercut of an
     * inference further down. {@link #finishInferences} adds those that wait.
     */
    void addInferenceAsMet(InferenceFields dto) throws MapReadException {
        At at = new At("inferences", inferencesMet++);
        String id = requireId(dto.id(), at, "Inference " + at.number());
        String target = dto.target();
        if (target != null && !target.isBlank() && !map.contains(target)) {
            waiting.add(new Waiting(at.index(), new InferenceDto(id, dto.type(), dto.flavour(), dto.title(),
                    dto.description(), dto.scheme(), dto.author(), dto.premises(), target, dto.strength(), dto.data())));
            return;
        }
        addInference(dto, at);
    }

    /**
     * Adds the inferences that waited for their targets, in rounds as {@link #addInferences} does,
     * and puts them back at their places in the file's order. One still waiting at the end targets
     * nothing in the map or a loop of undercuts: an error, which the full reader then locates.
     */
    void finishInferences() throws MapReadException {
        if (waiting.isEmpty()) {
            return;
        }
        List<Waiting> left = new ArrayList<>(waiting);
        boolean progress = true;
        while (!left.isEmpty() && progress) {
            List<Waiting> still = new ArrayList<>();
            for (Waiting w : left) {
                if (map.contains(w.fields().target())) {
                    addInference(w.fields(), new At("inferences", w.index()));
                } else {
                    still.add(w);
                }
            }
            progress = still.size() < left.size();
            left = still;
        }
        if (!left.isEmpty()) {
            throw reader.failAt(new At("inferences", left.get(0).index()).pointer("target"), "Inference '"
                    + left.get(0).fields().id() + "' targets what is not in the map, or a chain of undercuts that leads back to it.");
        }
        // Those that did not wait were added first, in file order; those that waited go back between them.
        String[] inFileOrder = new String[inferencesMet];
        for (Waiting w : waiting) {
            inFileOrder[w.index()] = w.fields().id();
        }
        List<Inference> added = map.inferences();
        int slot = 0;
        for (int i = 0; i < inferencesMet - waiting.size(); i++) {
            while (inFileOrder[slot] != null) {
                slot++;
            }
            inFileOrder[slot++] = added.get(i).id();
        }
        List<String> fileOrder = new ArrayList<>(map.size());
        map.statements().forEach(s -> fileOrder.add(s.id()));
        fileOrder.addAll(List.of(inFileOrder));
        map.rearrange(fileOrder);
        waiting.clear();
    }

    private void addInference(InferenceFields dto, At at) throws MapReadException {
        String id = dto.id();
        if (dto.type() == null) {
            throw reader.failAt(at.pointer(), "Inference '" + id + "' has no type; a type is "
                    + FormatNames.choices(InferenceType.class) + ".");
        }
        InferenceType type = FormatNames.parse(InferenceType.class, dto.type()).orElseThrow(() -> reader.failAt(
                at.pointer("type"), "Inference '" + id + "' has the type \"" + dto.type() + "\"; a type is "
                        + FormatNames.choices(InferenceType.class) + "."));
        InferenceFlavour flavour = dto.flavour() == null ? InferenceFlavour.DEFEASIBLE
                : FormatNames.parse(InferenceFlavour.class, dto.flavour()).orElseThrow(() -> reader.failAt(
                at.pointer("flavour"), "Inference '" + id + "' has the flavour \"" + dto.flavour()
                        + "\"; a flavour is " + FormatNames.choices(InferenceFlavour.class) + "."));
        if (dto.target() == null || dto.target().isBlank()) {
            throw reader.failAt(at.pointer(), "Inference '" + id + "' has no target; every inference supports, attacks, "
                    + "rephrases or answers exactly one statement or inference.");
        }
        InferenceContent content = new InferenceContent(type, flavour, dto.title(), dto.description(), dto.scheme(),
                dto.author(), dto.data(), percent(dto.strength(), "Inference '" + id + "'", "strength", at));
        try {
            map.addInference(id, content, dto.premises() == null ? List.of() : dto.premises(), dto.target());
        } catch (MapInvariantException e) {
            throw ruleBroken(e, at.pointer(), dto);
        }
    }

    /** Open is written by leaving the field out, so the file's only words are the two judgements. */
    private Verdict verdict(String word, String id, At at) throws MapReadException {
        if (word == null) {
            return Verdict.OPEN;
        }
        return FormatNames.parse(Verdict.class, word).filter(v -> v != Verdict.OPEN).orElseThrow(() -> reader.failAt(
                at.pointer("verdict"), "Statement '" + id + "' has the verdict \"" + word
                        + "\"; a verdict is \"accepted\" or \"rejected\" (leave it out while the statement is open)."));
    }

    /** Jackson has already refused what is not a whole number; the range is the model's. */
    private int percent(Integer value, String owner, String field, At at) throws MapReadException {
        if (value == null) {
            return StatementContent.UNRATED;
        }
        if (value < 0 || value > 100) {
            throw reader.failAt(at.pointer(field), owner + " has the " + field + " " + value + "; a "
                    + field + " is a whole percentage from 0 to 100 (leave it out while unrated).");
        }
        return value;
    }

    /** Places one box of the layout; {@code line} is where the file places it, asked only for a warning. */
    void placeBox(String id, PositionDto p, IntSupplier line) throws MapReadException {
        if (!map.contains(id)) {
            warnings.add("line " + line.getAsInt() + ": the layout places '" + id + "', which is not in the map; ignored.");
            return;
        }
        if (p == null || p.x() == null || p.y() == null) {
            throw reader.failAt(layoutPointer(id), "The place of '" + id + "' needs both numbers, x and y.");
        }
        map.moveTo(id, new Position(p.x(), p.y()));
    }

    private static JsonPointer layoutPointer(String id) {
        return JsonPointer.compile("/layout").appendProperty(id);
    }

    private String requireId(String id, At at, String what) throws MapReadException {
        if (id == null || id.isBlank()) {
            throw reader.failAt(at.pointer(), what + " has no id; every statement and inference needs a unique \"id\".");
        }
        return id;
    }

    private MapReadException duplicate(String id, JsonPointer at) {
        At first = firstDefinition(id);
        String where = first == null ? "" : " (first at line " + reader.lineOf(first.pointer()) + ")";
        return reader.failAt(at, "The id '" + id + "' is used twice" + where + "; ids must be unique.");
    }

    /**
     * Where a duplicated id was first defined, when that was a statement: statements are added in
     * file order before any inference, so a statement's place in the map is its place in the file.
     * Another inference's place is not named, as before (it is not yet in the map when duplicate
     * inference ids are refused).
     */
    private At firstDefinition(String id) {
        return map.statement(id) == null ? null : new At("statements", map.indexOf(id));
    }

    private MapReadException ruleBroken(MapInvariantException e, JsonPointer at) {
        if (e.code().equals("duplicate-id")) {
            return duplicate(e.ids().get(0), at.appendProperty("id"));
        }
        return reader.failAt(at, e.getMessage());
    }

    /** Points at the premise or the target the broken rule is about. */
    private MapReadException ruleBroken(MapInvariantException e, JsonPointer at, InferenceFields dto) {
        List<String> premises = dto.premises() == null ? List.of() : dto.premises();
        JsonPointer place = switch (e.code()) {
            case "dangling-premise", "premise-not-statement", "duplicate-premise" -> {
                String premise = e.ids().get(e.ids().size() - 1);
                int index = e.code().equals("duplicate-premise") ? premises.lastIndexOf(premise) : premises.indexOf(premise);
                yield index < 0 ? at.appendProperty("premises") : at.appendProperty("premises").appendIndex(index);
            }
            case "dangling-target", "self-target", "self-support", "inference-loop" -> at.appendProperty("target");
            default -> at;
        };
        if (e.code().equals("duplicate-id")) {
            return duplicate(e.ids().get(0), at.appendProperty("id"));
        }
        return reader.failAt(place, e.getMessage());
    }

    /**
     * An element's place, as list and index: the pointer is made only for a message, since a
     * large map has hundreds of thousands of elements and almost never an error.
     */
    record At(String list, int index) {
        JsonPointer pointer() {
            return JsonPointer.empty().appendProperty(list).appendIndex(index);
        }

        JsonPointer pointer(String field) {
            return pointer().appendProperty(field);
        }

        /** Counted from 1, as people count. */
        int number() {
            return index + 1;
        }
    }

    /** An inference that waits for its target, with its index in the file. */
    private record Waiting(int index, InferenceDto fields) {
    }
}
