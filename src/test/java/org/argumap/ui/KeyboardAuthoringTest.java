package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The editing issue's promise, headless: a map is built with the keyboard alone. From an empty map
 * (Ctrl+N), the demo map's main claim and the statements directly bearing on it are typed in with
 * Ctrl+Enter, Tab, Shift+Enter, the arrows and the classification keys, and the result is compared
 * with the demo file itself, cut to those two levels.
 */
class KeyboardAuthoringTest extends CanvasTestBase {
    static final KeyCodeCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination ADD_CLAIM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination ADD_SIBLING = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN);
    static final KeyCodeCombination ADD_OBJECTION = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN);
    static final KeyCodeCombination ADD_EVIDENCE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination FLIP = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination AS_REPHRASING = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);

    /** One box of the first two levels: its words, its kind, and what it is to the main claim. */
    record Box(String text, StatementKind kind, String role) {
    }

    @Test
    void theDemoMapsMainClaimAndWhatBearsOnItAreTypedWithTheKeyboardAlone(FxRobot robot) throws Exception {
        ArgumentMap demo = BundledMaps.read(BundledMaps.DEMO).map();
        Statement demoClaim = demo.mainClaims().get(0);
        List<Statement> demoChildren = MapStructure.children(demo, demoClaim);
        assertTrue(demoChildren.size() >= 3, "the demo has a first level worth typing");

        robot.push(NEW);
        assertTrue(map().isEmpty(), "File › New by its shortcut");
        robot.push(ADD_CLAIM);
        TypedText.type(stage, demoClaim.text());
        robot.type(KeyCode.ENTER);
        assertFalse(onFx(() -> canvas().isEditing()), "Enter commits");

        for (int i = 0; i < demoChildren.size(); i++) {
            Statement child = demoChildren.get(i);
            boolean sameKindAsBefore = i > 0 && demoChildren.get(i - 1).kind() == child.kind();
            if (i % 2 == 1 && sameKindAsBefore) {
                robot.push(ADD_SIBLING); // beside the one typed just before, bearing on the same claim
            } else {
                if (i > 0) {
                    robot.type(KeyCode.UP); // back to the main claim
                }
                addUnderSelection(robot, child, roleOf(demo, child));
            }
            TypedText.type(stage, child.text());
            robot.type(KeyCode.ENTER);
            giveRole(robot, roleOf(demo, child));
        }

        Statement typedClaim = onFx(() -> map().mainClaims().get(0));
        assertEquals(List.of(typedClaim), onFx(() -> map().mainClaims()), "one main claim");
        assertEquals(demoClaim.text(), typedClaim.text());
        assertEquals(firstLevel(demo, demoClaim), onFx(() -> firstLevel(map(), typedClaim)));
    }

    /** Tab for a reason, Shift+Tab for an objection, Ctrl+E for evidence. */
    private static void addUnderSelection(FxRobot robot, Statement like, String role) {
        if (like.kind() == StatementKind.EVIDENCE) {
            robot.push(ADD_EVIDENCE);
        } else if (role.equals("objection")) {
            robot.push(ADD_OBJECTION);
        } else {
            robot.type(KeyCode.TAB);
        }
    }

    /** Ctrl+T turns a reason into an objection and back; Alt+R makes it neither (a rephrasing). */
    private void giveRole(FxRobot robot, String wanted) {
        Statement selected = onFx(() -> map().statement(document().selection().primary().orElseThrow()));
        String now = onFx(() -> roleOf(map(), selected));
        if (now.equals(wanted)) {
            return;
        }
        if (wanted.equals("neither")) {
            robot.push(AS_REPHRASING);
        } else {
            robot.push(FLIP);
            if (!onFx(() -> roleOf(map(), selected)).equals(wanted)) {
                robot.push(FLIP); // from a rephrasing, the first press gives a reason
            }
        }
    }

    static List<Box> firstLevel(ArgumentMap map, Statement claim) {
        return MapStructure.children(map, claim).stream()
                .map(child -> new Box(child.text(), child.kind(), roleOf(map, child))).toList();
    }

    /** Reason or objection, as the brief compares them; a rephrasing or a reply is neither. */
    static String roleOf(ArgumentMap map, Statement statement) {
        Inference link = MapStructure.parentInference(map, statement);
        return roleOfType(link == null ? null : link.type());
    }

    private static String roleOfType(InferenceType type) {
        if (type == InferenceType.SUPPORT) {
            return "reason";
        }
        return type == InferenceType.ATTACK ? "objection" : "neither";
    }
}
