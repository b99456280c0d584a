package org.argumap.ui.canvas;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The colours of the map, by what a box or link is for the reader, following the field's
 * convention (claim blue, reason green, objection red, rebuttal orange, evidence grey) in hues
 * taken from the Okabe–Ito palette, which stays apart for the common kinds of colour blindness.
 *
 * <p>Colour is never the only signal: every box names its role in words and with an icon, every
 * link carries a +, −, = or ? mark, and replies are dashed, so the map reads in black and white
 * and for colour-blind readers. Fills are light tints and text is near black (at least 4.5:1
 * against every fill, role labels included), so a printed map stays legible and cheap in ink.
 */
public final class MapPalette {
    public static final Color BACKGROUND = Color.web("#f6f7f9");
    public static final Color TEXT = Color.web("#1a202c");
    public static final Color MUTED_TEXT = Color.web("#4f5968");
    /** The selection ring: a blue that none of the roles' hues uses at this strength. */
    public static final Color SELECTION = Color.web("#1f5fd6");
    public static final Color SELECTION_GLOW = Color.web("#1f5fd6", 0.22);
    public static final Color HOVER = Color.web("#1a202c", 0.28);
    /** A search's marker band: Okabe–Ito yellow, the one hue no role uses, with a dark rim for contrast. */
    public static final Color MATCH = Color.web("#f0e442");
    public static final Color MATCH_RIM = Color.web("#1a202c", 0.8);

    /**
     * How one kind of box or link looks.
     *
     * @param stroke box outline, link and mark colour (an Okabe–Ito hue, at least 3:1 on the background)
     * @param fill   the box's light tint
     * @param ink    the role label's colour: the hue darkened to at least 4.5:1 on the fill
     * @param label  the role in words, upper case
     * @param icon   the role as a glyph, beside the label
     * @param block  the colour of a box seen from far out, as a plain block: the hue, lightened
     */
    public record Style(Color stroke, Color fill, Color ink, String label, Ikon icon, Color block) {
        Style(Color stroke, Color fill, Color ink, String label, Ikon icon) {
            this(stroke, fill, ink, label, icon, stroke.interpolate(Color.WHITE, 0.3));
        }
    }

    private static final Style MAIN_CLAIM = style("#0072b2", "#e7f1f9", "#005a8c", "MAIN CLAIM",
            MaterialDesignF.FLAG_VARIANT);
    private static final Style REASON = style("#008a62", "#e4f4ee", "#006b4c", "REASON",
            MaterialDesignP.PLUS_CIRCLE);
    private static final Style OBJECTION = style("#c8321e", "#fbe9e6", "#a82818", "OBJECTION",
            MaterialDesignM.MINUS_CIRCLE);
    private static final Style REBUTTAL = style("#c98500", "#fdf3dc", "#855800", "REBUTTAL",
            MaterialDesignR.REPLY_CIRCLE);
    private static final Style UNDERCUT = style("#a64d9a", "#f6e9f4", "#86397c", "UNDERCUT",
            MaterialDesignC.CONTENT_CUT);
    private static final Style REPHRASING = style("#3d98cc", "#e8f3fa", "#1e6e9c", "REPHRASING",
            MaterialDesignE.EQUAL_BOX);
    private static final Style REPLY = style("#7f8c99", "#f3f5f7", "#5b6773", "REPLY",
            MaterialDesignC.COMMENT_QUESTION_OUTLINE);
    private static final Color EVIDENCE_STROKE = Color.web("#5f6f7f");
    private static final Color EVIDENCE_FILL = Color.web("#eef1f4");
    private static final Color EVIDENCE_INK = Color.web("#4a5866");

    /** Evidence by role, made once: drawing asks for a style per box per frame. */
    private static final Map<Role, Style> EVIDENCE = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            boolean plain = role == Role.REASON || role == Role.MAIN_CLAIM;
            EVIDENCE.put(role, new Style(EVIDENCE_STROKE, EVIDENCE_FILL, EVIDENCE_INK,
                    plain ? "EVIDENCE" : "EVIDENCE · " + of(role).label(), MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        }
    }

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

    /**
     * A statement's box. Evidence is grey and shaped like a page whatever it supports, since what
     * matters first is that it is a source; what it does (an objection, say) follows in the label.
     */
    public static Style of(ArgumentMap map, Statement statement) {
        Role role = map.roleOf(statement);
        if (statement.kind() != StatementKind.EVIDENCE) {
            return of(role);
        }
        return EVIDENCE.get(role);
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

    private static Style style(String stroke, String fill, String ink, String label, Ikon icon) {
        return new Style(Color.web(stroke), Color.web(fill), Color.web(ink), label, icon);
    }
}
