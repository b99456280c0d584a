package org.argumap.ui.canvas;

import javafx.scene.paint.Color;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * The colours of the map, by what a box or link is for the reader. Colour is never the only
 * signal: every box carries its role as a word and every link its +, −, = or ? mark, so the map
 * reads in black and white and for colour-blind readers.
 */
public final class MapPalette {
    public static final Color BACKGROUND = Color.web("#f6f7f9");
    public static final Color TEXT = Color.web("#1a202c");
    public static final Color MUTED_TEXT = Color.web("#5a6472");

    /** How one kind of box or link looks: its line and label colour, and its box's fill. */
    public record Style(Color stroke, Color fill, String label) {
    }

    private static final Style MAIN_CLAIM = new Style(Color.web("#2b6cb0"), Color.web("#ebf4ff"), "MAIN CLAIM");
    private static final Style REASON = new Style(Color.web("#2f855a"), Color.web("#eaf7ef"), "REASON");
    private static final Style OBJECTION = new Style(Color.web("#c53030"), Color.web("#fdecec"), "OBJECTION");
    private static final Style REBUTTAL = new Style(Color.web("#c05621"), Color.web("#fef1e6"), "REBUTTAL");
    private static final Style UNDERCUT = new Style(Color.web("#6b46c1"), Color.web("#f3eefc"), "UNDERCUT");
    private static final Style REPHRASING = new Style(Color.web("#4a5568"), Color.web("#eef0f3"), "REPHRASING");
    private static final Style REPLY = new Style(Color.web("#718096"), Color.web("#f4f5f7"), "REPLY");
    private static final Color EVIDENCE_STROKE = Color.web("#2c7a7b");
    private static final Color EVIDENCE_FILL = Color.web("#e6f6f6");

    private MapPalette() {
    }

    public static Style of(Role role) {
        return switch (role) {
            case MAIN_CLAIM -> MAIN_CLAIM;
            case REASON -> REASON;
            case OBJECTION -> OBJECTION;
            case REBUTTAL -> REBUTTAL;
            case UNDERCUTTER -> UNDERCUT;
            case REPHRASING -> REPHRASING;
            case REPLY -> REPLY;
        };
    }

    /** A statement's box: evidence is teal whatever it supports; a claim takes its role's colour. */
    public static Style of(ArgumentMap map, Statement statement) {
        Role role = map.roleOf(statement);
        if (statement.kind() != StatementKind.EVIDENCE) {
            return of(role);
        }
        boolean plain = role == Role.REASON || role == Role.MAIN_CLAIM;
        return new Style(EVIDENCE_STROKE, EVIDENCE_FILL, plain ? "EVIDENCE" : "EVIDENCE · " + of(role).label());
    }

    /**
     * A link, coloured like the role its premises take through it: an attack on an attack is a
     * rebuttal (orange), an attack on a step an undercut (purple).
     */
    public static Style of(ArgumentMap map, Inference inference) {
        return switch (inference.type()) {
            case SUPPORT -> REASON;
            case REPHRASE -> REPHRASING;
            case REPLY -> REPLY;
            case ATTACK -> {
                MapNode target = inference.target();
                if (target instanceof Inference) {
                    yield UNDERCUT;
                }
                boolean targetAttacks = map.inferencesFrom((Statement) target).stream()
                        .findFirst().map(i -> i.type() == InferenceType.ATTACK).orElse(false);
                yield targetAttacks ? REBUTTAL : OBJECTION;
            }
        };
    }
}
