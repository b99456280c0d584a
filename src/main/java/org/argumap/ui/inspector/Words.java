package org.argumap.ui.inspector;

import org.argumap.edit.BoxNames;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.argumap.text.DisplayText;

/** How the inspector names things: in the words the canvas uses, never by enum constant or id alone. */
final class Words {
    private static final int MAX_NAME = 48;

    private Words() {
    }

    static String role(Role role) {
        return switch (role) {
            case MAIN_CLAIM -> "Main claim";
            case REASON -> "Reason";
            case OBJECTION -> "Objection";
            case REBUTTAL -> "Rebuttal";
            case UNDERCUTTER -> "Undercutter";
            case REPHRASING -> "Rephrasing";
            case REPLY -> "Reply";
            case OFF_TOPIC -> "Off-topic reply";
        };
    }

    static String kind(StatementKind kind) {
        return kind == StatementKind.EVIDENCE ? "Evidence" : "Statement";
    }

    /** What a premise of an inference of this type is: the choices of the link's Type box. */
    static String premiseOf(InferenceType type) {
        return switch (type) {
            case SUPPORT -> "Reason (supports)";
            case ATTACK -> "Objection (attacks)";
            case REPHRASE -> "Rephrasing (says it again)";
            case REPLY -> "Reply (not classified yet)";
            case OFF_TOPIC -> "Off-topic (bears on nothing)";
        };
    }

    /** “Stark asymmetry”: a box by its title or its first words; a step by where it leads. */
    static String quoted(MapNode node) {
        if (node instanceof Inference inference) {
            String own = inference.content().title().isBlank() ? inference.content().description()
                    : inference.content().title();
            if (!own.isBlank()) {
                return quote(own);
            }
            String to = inference.target() == null ? "" : " to " + quoted(inference.target());
            return inference.premises().isEmpty() ? "the argument" + to
                    : "the step from " + quoted(inference.premises().get(0)) + to;
        }
        Statement statement = (Statement) node;
        String words = statement.title().isBlank() ? DisplayText.of(statement.content()) : statement.title();
        return words.isBlank() ? "the empty box " + node.id() : quote(words);
    }

    private static String quote(String words) {
        return BoxNames.quote(words, MAX_NAME);
    }

    static String boxes(int count) {
        return count + (count == 1 ? " box" : " boxes");
    }

    /** "3 Boxes", for the title-case names of undo steps. */
    static String titledBoxes(int count) {
        return count + (count == 1 ? " Box" : " Boxes");
    }
}
