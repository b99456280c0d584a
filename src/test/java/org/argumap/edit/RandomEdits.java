package org.argumap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.edit.clipboard.OutlineTextParser;
import org.argumap.edit.clipboard.OutlineTextWriter;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Random editing commands for the map as it is now, as a user at the keyboard and mouse might
 * give them: every command of the edit package, with targets picked from the current map, typing
 * and drags that continue the previous step (so they merge), pastes from this map, from another
 * one and from text. Deterministic for a seed.
 */
final class RandomEdits {
    private final ArgumentMap map;
    private final Random random;
    private Object typingSession;
    private String typingStatement;
    private Object drag;
    private String dragged;

    RandomEdits(ArgumentMap map, Random random) {
        this.map = map;
        this.random = random;
    }

    /** The next command, or null when the map offers nothing for the one picked. */
    MapCommand next() {
        if (typingSession != null && random.nextInt(3) > 0 && map.contains(typingStatement)) {
            return new EditTextCommand(map, typingStatement, text(), typingSession);
        }
        if (drag != null && random.nextInt(3) > 0 && map.contains(dragged)) {
            return new MoveBoxCommand(map, dragged, position(), drag);
        }
        typingSession = null;
        drag = null;
        if (map.isEmpty() || random.nextInt(20) == 0) {
            return new AddClaimCommand(map, text(), random.nextBoolean() ? position() : null);
        }
        Statement statement = statement();
        MapNode node = node();
        return switch (random.nextInt(21)) {
            case 0 -> AddChildCommand.reason(map, node.id(), text());
            case 1 -> AddChildCommand.objection(map, node.id(), text());
            case 2 -> AddChildCommand.evidence(map, statement.id(), text());
            case 3 -> new AddSiblingCommand(map, statement.id(), text());
            case 4 -> new AddCoPremiseCommand(map, statement.id(), text());
            case 5 -> new DeleteCommand(map, random.nextInt(4) == 0 ? List.of(node.id()) : List.of(statement.id(), statement().id()));
            case 6 -> new ConnectCommand(map, statement.id(), node.id(), Connection.values()[random.nextInt(3)]);
            case 7 -> inference() == null ? null : new JoinCoPremisesCommand(map, statement.id(), inference().id());
            case 8 -> startTyping(statement);
            case 9 -> editProperties(node);
            case 10 -> startDrag(node);
            case 11 -> paste();
            case 12 -> new DuplicateCommand(map, selection());
            case 13 -> new CutCommand(map, selection());
            case 14 -> random.nextBoolean() ? ChangeTypeCommand.toggle(map, statement.id())
                    : ChangeTypeCommand.ofStatement(map, statement.id(), InferenceType.values()[random.nextInt(4)]);
            case 15 -> random.nextBoolean() ? new PromoteCommand(map, statement.id()) : new DemoteCommand(map, statement.id());
            case 16 -> random.nextBoolean() ? ReorderCommand.up(map, statement.id()) : ReorderCommand.down(map, statement.id());
            case 18 -> new MoveUnderCommand(map, statement.id(), statement().id());
            case 17 -> new ChangeMapInfoCommand(map, map.info().withTitle(text()).withAuthors(List.of(text())));
            case 19 -> new ChangePresentationCommand(map, GeneratedMaps.withPresentation(copyOfStatements(),
                    random.nextLong()).presentation(), ChangePresentationCommand.MOVE_STEP);
            default -> new CompositeCommand("Several", List.of(AddChildCommand.reason(map, node.id(), text()),
                    new MoveBoxCommand(map, node.id(), position())));
        };
    }

    /** A map with this one's statements only, to draw a random presentation order over them. */
    private ArgumentMap copyOfStatements() {
        ArgumentMap copy = new ArgumentMap();
        map.statements().forEach(s -> copy.addStatement(s.id(), s.content()));
        return copy;
    }

    private MapCommand startTyping(Statement statement) {
        typingSession = new Object();
        typingStatement = statement.id();
        return new EditTextCommand(map, statement.id(), text(), typingSession);
    }

    private MapCommand startDrag(MapNode node) {
        drag = new Object();
        dragged = node.id();
        return new MoveBoxCommand(map, node.id(), random.nextInt(5) == 0 ? null : position(), drag);
    }

    private MapCommand editProperties(MapNode node) {
        Object session = random.nextBoolean() ? new Object() : null;
        if (node instanceof Statement s) {
            StatementKind kind = StatementKind.values()[random.nextInt(2)];
            return EditPropertiesCommand.statement(map, s.id(), s.content().withKind(kind).withTitle(text())
                    .withUrl(random.nextBoolean() ? "https://example.org/" + random.nextInt(9) : ""), session);
        }
        Inference i = (Inference) node;
        return EditPropertiesCommand.inference(map, i.id(), i.content()
                .withType(InferenceType.values()[random.nextInt(4)])
                .withFlavour(InferenceFlavour.values()[random.nextInt(3)])
                .withTitle(random.nextBoolean() ? "" : text()).withDescription(""), session);
    }

    private MapCommand paste() {
        MapFragment fragment = switch (random.nextInt(3)) {
            case 0 -> FragmentExtractor.extract(map, selection());
            case 1 -> FragmentExtractor.extract(GeneratedMaps.build(List.of("a", "b\nc", "d"), random.nextLong()),
                    List.of("s1", "s2"));
            default -> OutlineTextParser.parse(OutlineTextWriter.write(FragmentExtractor.extract(map, selection())));
        };
        Position origin = random.nextBoolean() ? position() : null;
        return random.nextInt(3) == 0 ? PasteCommand.asMainClaims(map, fragment, origin)
                : PasteCommand.under(map, fragment, node().id(), origin);
    }

    private List<String> selection() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            ids.add(random.nextInt(5) == 0 ? node().id() : statement().id());
        }
        return ids;
    }

    private Statement statement() {
        List<Statement> statements = map.statements();
        return statements.isEmpty() ? null : statements.get(random.nextInt(statements.size()));
    }

    private Inference inference() {
        List<Inference> inferences = map.inferences();
        return inferences.isEmpty() ? null : inferences.get(random.nextInt(inferences.size()));
    }

    private MapNode node() {
        List<MapNode> nodes = map.nodes();
        return nodes.get(random.nextInt(nodes.size()));
    }

    private String text() {
        String[] words = {"", "yes", "no", "Homework widens inequality.", "line\nbreak", "😀 \"q\"", "- dash", "1. one"};
        return words[random.nextInt(words.length)] + (random.nextBoolean() ? "" : " " + random.nextInt(100));
    }

    private Position position() {
        return new Position(random.nextInt(2000) - 1000, random.nextInt(2000) - 1000);
    }
}
