package org.argumap.io;

import static org.argumap.model.MapAssertions.assertSameMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.aif.AifFormat;
import org.argumap.io.argdown.ArgdownFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** A reply classified as off-topic stays off-topic through every format that reads back. */
class OffTopicRoundTripTest {

    private static ArgumentMap thread() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats make better pets than dogs"));
        map.addStatement("s2", StatementContent.claim("Cats need less of their owners' time"));
        map.addStatement("s3", StatementContent.claim("Anyone watching the match tonight?"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.OFF_TOPIC), List.of("s3"), "s1");
        return map;
    }

    @Test
    void theMapFileSaysOffTopicAndReadsItBack() throws MapReadException {
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        String written = format.writeToString(thread());
        assertTrue(written.contains("\"type\": \"off-topic\""), written);
        ReadResult read = format.read(written.getBytes(StandardCharsets.UTF_8), Path.of("thread.argumap.json"));
        assertSameMap(thread(), read.map());
        assertEquals(List.of(), read.warnings());
        assertEquals(written, format.writeToString(read.map()));
    }

    @Test
    void argdownWritesItAsAnArgumentOfTypeOffTopic() throws Exception {
        String written = new String(ArgdownFormat.WRITER.write(thread()), StandardCharsets.UTF_8);
        assertTrue(written.contains("type: off-topic"), written);
        ArgumentMap read = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), Path.of("t.argdown")).map();
        assertEquals(1, read.inferences().stream().filter(i -> i.type() == InferenceType.OFF_TOPIC).count(), written);
    }

    @Test
    void aifWritesItAsAnRaNodeNamedOffTopic() throws Exception {
        byte[] written = AifFormat.WRITER.write(thread());
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("Off-topic"), text);
        ArgumentMap read = AifFormat.READER.read(written, Path.of("t.aif.json")).map();
        assertEquals(1, read.inferences().stream().filter(i -> i.type() == InferenceType.OFF_TOPIC).count(), text);
    }
}
