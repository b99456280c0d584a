package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.argumap.io.Limits;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for map files, shared by reader and writer.
 *
 * <p>Reading is bounded so that a hostile or broken file cannot exhaust memory: limits on document
 * size, nesting, string and number length. No polymorphic typing is enabled anywhere, so a file
 * can never name a Java class to instantiate.
 */
public final class JsonMappers {
    /** The limits of {@link Limits#STANDARD}, which the writers check their output against too. */
    public static final long MAX_DOCUMENT_BYTES = Limits.STANDARD.maxMapFileBytes();
    public static final int MAX_STRING_LENGTH = Limits.STANDARD.maxTextChars();
    public static final int MAX_NESTING_DEPTH = Limits.STANDARD.maxNesting();

    /**
     * The mapper is made on first use: the streaming reader and writer of map files need only
     * Jackson's core, and a cold start should not pay for building databind's machinery.
     */
    private static final class Databind {
        static final ObjectMapper MAPPER = JsonMapper.builder(boundedFactory())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A number where text belongs is a mistake to report, not to paper over with "42".
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    private JsonMappers() {
    }

    /** A factory with the reading limits, for any JSON that Argumap reads from outside. */
    public static JsonFactory boundedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(100)
                        // Names are ids and data keys, which the model lets be as long as any text.
                        .maxNameLength(MAX_STRING_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The mapper for map files: bounded reading, unknown fields tolerated (and reported). */
    public static ObjectMapper mapper() {
        return Databind.MAPPER;
    }

    /**
     * Two-space indentation, every array element and object field on its own line, LF line ends
     * on every platform: a one-line change in a map is a one-line change in Git.
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
