package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.argumap.model.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An XML document that asks for a local file through an external entity, given to every reader:
 * none parses XML (NoXmlReadersTest), so each refuses it cleanly or reads it as text, and the
 * file's content appears nowhere, neither in the map nor in a message or warning.
 */
class XxePayloadTest {
    private static final String SECRET = "SECRET-7f3a9c-never-shown";

    static Stream<MapReader> readers() {
        return MapFormats.readers().stream();
    }

    @ParameterizedTest
    @MethodSource("readers")
    void anExternalEntityIsNeverResolved(MapReader reader, @TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String payload = "<?xml version=\"1.0\"?>\n<!DOCTYPE map [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n"
                + "  <!ENTITY % remote SYSTEM \"" + secret.toUri() + "\"> %remote;\n]>\n"
                + "<map><statement>&xxe;</statement></map>\n";
        Path file = folder.resolve("payload" + reader.extensions().get(0));
        Files.writeString(file, payload);
        String everything;
        try {
            ReadResult result = InputFiles.read(file, reader);
            StringBuilder seen = new StringBuilder(String.join("\n", result.warnings()));
            for (Statement statement : result.map().statements()) {
                seen.append(statement.content()).append('\n');
            }
            everything = seen.append(result.map().info()).toString();
        } catch (MapReadException e) {
            everything = e.getMessage();
        }
        assertFalse(everything.contains(SECRET), reader.name() + " showed the file: " + everything);
    }
}
