package org.argumap.io.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that is no AIF gives one error naming the file, the line and column to look at, and the fault in words. */
class BrokenAifTest {
    private static final Path NAME = Path.of("broken.aif.json");

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("not JSON", "nodes: []", "1:1", "This is not valid JSON"),
                broken("empty", "  \n ", "1:1", "The file is empty"),
                broken("cut off", "{\"nodes\": [\n  {\"nodeID\": \"1\"", "2:17", "The file ends too early"),
                broken("missing comma", "{\"nodes\": [],\n \"edges\": [] \"locutions\": []}", "2:14",
                        "a comma is missing before this field"),
                broken("two documents", "{\"nodes\": []}\n{\"nodes\": []}", "2:1", "a second JSON value"),
                broken("duplicate field", "{\"nodes\": [],\n \"nodes\": []}", "2:9", "The same field appears twice"),
                broken("a list", "[{\"nodeID\": 1}]", "1:1", "but this file holds a list"),
                broken("no nodes", "{\n  \"edges\": []\n}", "1:1", "there is no \"nodes\" list"),
                broken("AIF not an object", "{\"AIF\": [],\n \"OVA\": {}}", "1:9", "'AIF' should be an object"),
                broken("nodes not a list", "{\n  \"nodes\": {\"nodeID\": 1}\n}", "2:12", "'nodes' should be a list [ … ], but is an object"),
                broken("node not an object", "{\"nodes\": [\n  {\"nodeID\": 1, \"type\": \"I\"},\n  \"I\"\n]}", "3:3",
                        "Node 2 should be an object"),
                broken("node without id", "{\"nodes\": [\n  {\"text\": \"x\", \"type\": \"I\"}\n]}", "2:3", "Node 1 has no \"nodeID\""),
                broken("id neither text nor number", "{\"nodes\": [\n  {\"nodeID\": 1.5, \"type\": \"I\"}\n]}", "2:14",
                        "The nodeID of node 1 should be text or a whole number, but is a number"),
                broken("empty id", "{\"nodes\": [\n  {\"nodeID\": \" \", \"type\": \"I\"}\n]}", "2:14", "Node 1 has an empty nodeID"),
                broken("node without type", "{\"nodes\": [\n  {\"nodeID\": \"7\", \"text\": \"x\"}\n]}", "2:3",
                        "Node '7' has no \"type\""),
                broken("type not text", "{\"nodes\": [\n  {\"nodeID\": \"7\", \"type\": 1}\n]}", "2:27",
                        "The type of node '7' should be text"),
                broken("text not text", "{\"nodes\": [\n  {\"nodeID\": \"7\", \"type\": \"I\", \"text\": [\"a\"]}\n]}", "2:40",
                        "The text of node '7' should be text in double quotes, but is a list"),
                broken("one id for two nodes", "{\"nodes\": [\n  {\"nodeID\": 7, \"type\": \"I\", \"text\": \"a\"},\n"
                        + "  {\"nodeID\": \"7\", \"type\": \"RA\"}\n]}", "3:3", "The nodeID '7' is used twice (first at line 2)"),
                broken("edges not a list", "{\"nodes\": [],\n \"edges\": \"none\"}", "2:11", "'edges' should be a list"),
                broken("edge not an object", "{\"nodes\": [],\n \"edges\": [\n  null\n]}", "3:3", "Edge 1 should be an object"),
                broken("edge without toID", "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\"}],\n \"edges\": [\n  {\"fromID\": 1}\n]}",
                        "3:3", "Edge 1 has no \"toID\""),
                broken("edge to a missing node", "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\"}],\n \"edges\": [\n"
                        + "  {\"fromID\": 1, \"toID\": 99}\n]}", "3:25", "Edge 1 leads to '99', which is not a node of this file"),
                broken("edge from a missing node", "{\"nodes\": [{\"nodeID\": 1, \"type\": \"I\"}],\n \"edges\": [\n"
                        + "  {\"fromID\": \"x\", \"toID\": 1}\n]}", "3:14", "Edge 1 leads from 'x'"),
                broken("wrapped edge to a missing node", "{\"AIF\": {\n  \"nodes\": [],\n  \"edges\": [{\"fromID\": \"a\","
                        + " \"toID\": \"b\"}]\n}}", "3:24", "Edge 1 leads from 'a'"));
    }

    private static Arguments broken(String name, String content, String place, String reason) {
        return Arguments.of(name, content, place, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void namesTheFileThePlaceAndTheProblem(String name, String content, String place, String reason) {
        MapReadException e = assertThrows(MapReadException.class,
                () -> AifFormat.read(content.getBytes(StandardCharsets.UTF_8), NAME));
        assertEquals(NAME, e.file());
        assertTrue(e.reason().contains(reason), () -> "reason was: " + e.reason());
        assertEquals(place, e.line() + ":" + e.column(), e.getMessage());
        assertEquals(NAME + ":" + place + ": " + e.reason(), e.getMessage());
        assertFalse(e.reason().contains("jackson") || e.reason().contains("Exception"), e.reason());
    }

    @Test
    void deepNestingIsRefusedBeforeItExhaustsTheStack() {
        int depth = 100_000;
        String content = "{\"nodes\": [], \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        MapReadException e = assertThrows(MapReadException.class,
                () -> AifFormat.read(content.getBytes(StandardCharsets.UTF_8), NAME));
        assertTrue(e.reason().startsWith("The file exceeds a safety limit"), e.reason());
        assertEquals(1, e.line());
    }

    @Test
    void filesTooLargeToReadWholeAreRefused() {
        byte[] content = new byte[AifFormat.MAX_BYTES + 1];
        java.util.Arrays.fill(content, (byte) ' ');
        MapReadException e = assertThrows(MapReadException.class, () -> AifFormat.read(content, NAME));
        assertEquals(NAME + ":0:0: The file is 32 MB; Argumap reads AIF files of up to 32 MB (an AIF file is read whole,"
                + " which takes about fifteen times its size in memory).", e.getMessage());
    }

    @Test
    void bytesThatAreNoTextAreAnError() {
        byte[] content = {(byte) 0xff, (byte) 0xfe, 0, 0, (byte) 0xff, (byte) 0xd8, 0x7b, 0x22};
        MapReadException e = assertThrows(MapReadException.class, () -> AifFormat.read(content, NAME));
        assertTrue(e.getMessage().startsWith(NAME + ":"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = Path.of("no-such-file.aif.json");
        MapReadException e = assertThrows(MapReadException.class, () -> InputFiles.read(file, AifFormat.READER));
        assertEquals(file + ":0:0: There is no such file.", e.getMessage());
    }
}
