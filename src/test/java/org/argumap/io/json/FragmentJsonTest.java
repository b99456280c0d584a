package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MapStructure;
import org.argumap.edit.PasteCommand;
import org.argumap.edit.SampleDebate;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.FragmentMaps;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.io.MapReadException;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class FragmentJsonTest {

    @Test
    void aCopiedBranchIsAMapDocumentThatPastesIntoAnotherMap() throws MapReadException, IOException {
        MapFragment copied = FragmentExtractor.extract(SampleDebate.build(), List.of("s3"));
        String json = FragmentJson.write(copied.toMap());
        assertTrue(json.startsWith("{\n  \"format\": \"argumap\",\n  \"version\": 2,"), json);
        assertTrue(json.contains("\"id\": \"" + FragmentMaps.PASTE_TARGET_ID + "\""), json);
        assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(json)), "a valid .argumap.json");
        assertTrue(FragmentJson.looksLikeMap(json));

        ArgumentMap other = new ArgumentMap();
        other.addStatement("t1", StatementContent.claim("Homework helps."));
        PasteCommand paste = PasteCommand.under(other, MapFragment.fromMap(FragmentJson.read(json)), "t1", null);
        new CommandHistory().execute(paste);
        Statement objection = other.statement(paste.pastedIds().get(0));
        assertEquals("s3", objection.id(), "free ids are kept");
        assertEquals(Role.OBJECTION, other.roleOf(objection));
        assertEquals("Practice can happen in school.", MapStructure.children(other, objection).get(0).text());
    }

    @Test
    void onlyArgumapMapsLookLikeMaps() {
        assertFalse(FragmentJson.looksLikeMap("* Homework\n  + reason\n"));
        assertFalse(FragmentJson.looksLikeMap("{\"format\": \"aif\", \"nodes\": []}"));
        assertFalse(FragmentJson.looksLikeMap("{\"version\": 1, \"statements\": []}"));
        assertFalse(FragmentJson.looksLikeMap("{\"format\": "));
        assertTrue(FragmentJson.looksLikeMap("  \n{\"title\": {\"a\": [1]}, \"format\": \"argumap\", \"version\": 1"),
                "decided at the format field, before the rest is read");
    }

    @Test
    void brokenJsonSaysWhereInThePastedText() {
        MapReadException broken = assertThrows(MapReadException.class,
                () -> FragmentJson.read("{\"format\": \"argumap\", \"version\": 1,\n \"statements\": [{\"text\": \"x\"}]}"));
        assertTrue(broken.getMessage().contains("clipboard"), broken.getMessage());
        assertEquals(2, broken.line());
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    /** Any selection of any map goes through the clipboard's JSON and pastes whole into any other. */
    @Property(tries = 200)
    void anyCopyPastesThroughJson(@ForAll("maps") ArgumentMap source, @ForAll("maps") ArgumentMap target,
                                  @ForAll long seed) throws MapReadException {
        Random random = new Random(seed);
        List<Statement> statements = source.statements();
        List<String> selection = statements.isEmpty() ? List.of()
                : List.of(statements.get(random.nextInt(statements.size())).id());
        MapFragment copied = FragmentExtractor.extract(source, selection);
        String json = FragmentJson.write(copied.toMap());
        assertEquals(json, FragmentJson.write(MapFragment.fromMap(FragmentJson.read(json)).toMap()), "stable");
        if (copied.isEmpty() || target.statements().isEmpty()) {
            return;
        }
        int before = target.statements().size();
        String under = target.statements().get(random.nextInt(before)).id();
        new CommandHistory().execute(PasteCommand.under(target, MapFragment.fromMap(FragmentJson.read(json)), under, null));
        assertEquals(before + copied.statements().size(), target.statements().size());
    }

    private static com.networknt.schema.JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("assets/schema/argumap-" + ArgumapJsonFormat.VERSION + ".schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
