package org.argumap.io.json;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.MapInfo;
import org.argumap.model.MapNode;
import org.argumap.model.Presentation;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/**
 * The writer of map files before {@link MapFileGenerator}: the map turned into the file's DTOs and
 * those bound to JSON by databind. Kept as the reference the streaming writer's bytes are compared
 * with.
 */
final class DatabindMapFileWriter {
    private DatabindMapFileWriter() {
    }

    static byte[] toBytes(ArgumentMap map) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(64 * 1024)) {
            JsonMappers.mapper().writer(JsonMappers.prettyPrinter()).writeValue(out, toDto(map));
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MapFileDto toDto(ArgumentMap map) {
        MapInfo info = map.info();
        List<StatementDto> statements = map.statements().stream().map(DatabindMapFileWriter::statement).toList();
        List<InferenceDto> inferences = map.inferences().stream().map(DatabindMapFileWriter::inference).toList();
        Map<String, PositionDto> layout = new LinkedHashMap<>();
        for (MapNode node : map.nodes()) {
            if (node.position() != null) {
                layout.put(node.id(), new PositionDto(node.position().x(), node.position().y()));
            }
        }
        return new MapFileDto(ArgumapJsonFormat.FORMAT_NAME, ArgumapJsonFormat.VERSION, info.title(),
                info.description(), info.sourceUrl().isEmpty() ? null : new MapFileDto.SourceDto(info.sourceUrl()),
                info.authors(), instant(info.created()), instant(info.modified()), statements, inferences, layout,
                presentation(map.presentation()));
    }

    /** Null for a map without an order of its own, so the field is left out. */
    private static PresentationDto presentation(Presentation presentation) {
        if (presentation.isEmpty()) {
            return null;
        }
        return new PresentationDto(presentation.steps().stream()
                .map(step -> new PresentationDto.StepDto(step.shows(), step.notes()))
                .toList());
    }

    private static StatementDto statement(Statement statement) {
        StatementContent c = statement.content();
        return new StatementDto(statement.id(), FormatNames.of(c.kind()), c.title(), c.text(), c.author(), c.tags(),
                c.notes(), c.url(), c.quote(), c.date(), c.verdict() == Verdict.OPEN ? null : FormatNames.of(c.verdict()),
                c.rating() == StatementContent.UNRATED ? null : c.rating(), c.data());
    }

    private static InferenceDto inference(Inference inference) {
        InferenceContent c = inference.content();
        String flavour = c.flavour() == InferenceFlavour.DEFEASIBLE ? null : FormatNames.of(c.flavour());
        List<String> premises = inference.premises().stream().map(MapNode::id).toList();
        return new InferenceDto(inference.id(), FormatNames.of(c.type()), flavour, c.title(), c.description(),
                c.scheme(), c.author(), premises, inference.target().id(),
                c.strength() == InferenceContent.UNRATED ? null : c.strength(), c.data());
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
