package org.argumap.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Texts folded ahead of the first search (on a worker, while the user may go on editing) change
 * no answer: after random edits made between folding and searching, an index built from them finds
 * exactly what one built from the map alone finds.
 */
class FoldedTextsProperties {

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    @Property(tries = 200)
    void answersAsAnIndexBuiltFromTheMapAlone(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        Random random = new Random(seed);
        FoldedTexts ahead = new FoldedTexts();
        ahead.fold(map.statements().stream().map(Statement::content).toList());
        for (int step = 0; step < 6; step++) {
            List<Statement> statements = map.statements();
            if (statements.isEmpty()) {
                break;
            }
            Statement statement = statements.get(random.nextInt(statements.size()));
            switch (random.nextInt(3)) {
                case 0 -> map.updateStatement(statement.id(), statement.content().withText("Zürich edited " + step));
                case 1 -> map.addStatement(StatementContent.claim("Added ZURICH words " + step));
                default -> {
                    List<MapNode> nodes = map.nodes();
                    map.remove(List.of(nodes.get(random.nextInt(nodes.size())).id()));
                }
            }
        }
        MapSearch fromMap = MapSearch.of(map);
        MapSearch withAhead = MapSearch.of(map, null, ahead);
        for (String words : List.of("", "zurich", "edited", "a", "e", "#t1", "author 2", "\"")) {
            MapQuery query = MapQuery.text(words);
            assertEquals(fromMap.find(query), withAhead.find(query), words);
        }
    }
}
