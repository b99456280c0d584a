package org.argumap.render;

import java.util.EnumMap;
import java.util.Map;
import org.argumap.analysis.evaluation.Label;
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
 * The colours of the map in one theme, by what a box or link is for the reader, following the
 * field's convention (claim blue, reason green, objection red, rebuttal orange, evidence grey) in
 * hues taken from the Okabe–Ito palette, which stays apart for the common kinds of colour
 * blindness. {@link MapTheme} names the palettes.
 *
 * <p>Colour is never the only signal: every box names its role in words and with an icon, every
 * link carries a +, −, =, ? or ∅ mark, replies are dashed and off-topic replies dotted, so the map reads in black and white
 * and for colour-blind readers; the print palette dashes attacks as well. Role labels and text
 * stand at least 4.5:1 against every fill in every palette ({@code MapPaletteTest}).
 */
public final class MapPalette {
    /**
     * How one kind of box or link looks.
     *
     * @param stroke box outline, link and mark colour
     * @param fill   the box's tint
     * @param ink    the role label's colour: the hue at at least 4.5:1 on the fill
     * @param label  the role in words, upper case
     * @param icon   the role as a glyph, beside the label
     * @param block  the colour of a box seen from far out, as a plain block
     */
    public record Style(Colour stroke, Colour fill, Colour ink, String label, Ikon icon, Colour block) {
    }

    /**
     * How the evaluation overlay marks whether a box stands: a badge's disc and the sign on it, and
     * the ring round the box. The sign (✓, ✗, ?) carries the meaning; the colour only helps.
     */
    public record StandingStyle(Colour disc, Colour sign, Colour ring) {
    }

    /** A role's hue and its label and icon, before a theme turns it into colours. */
    private record RoleLook(String stroke, String fill, String ink, String label, Ikon icon) {
    }

    private static final Map<Role, RoleLook> LIGHT_ROLES = new EnumMap<>(Map.of(
            Role.MAIN_CLAIM, new RoleLook("#0072b2", "#e7f1f9", "#005a8c", "MAIN CLAIM", MaterialDesignF.FLAG_VARIANT),
            Role.REASON, new RoleLook("#008a62", "#e4f4ee", "#006b4c", "REASON", MaterialDesignP.PLUS_CIRCLE),
            Role.OBJECTION, new RoleLook("#c8321e", "#fbe9e6", "#a82818", "OBJECTION", MaterialDesignM.MINUS_CIRCLE),
            Role.REBUTTAL, new RoleLook("#bf7f00", "#fdf3dc", "#855800", "REBUTTAL", MaterialDesignR.REPLY_CIRCLE),
            Role.UNDERCUTTER, new RoleLook("#a64d9a", "#f6e9f4", "#86397c", "UNDERCUT", MaterialDesignC.CONTENT_CUT),
            Role.REPHRASING, new RoleLook("#3a93c6", "#e8f3fa", "#1e6e9c", "REPHRASING", MaterialDesignE.EQUAL_BOX),
            Role.REPLY, new RoleLook("#7f8c99", "#f3f5f7", "#5b6773", "REPLY", MaterialDesignC.COMMENT_QUESTION_OUTLINE),
            // A muted, hueless grey: off-topic replies stay readable but recede behind the debate.
            Role.OFF_TOPIC, new RoleLook("#8c8c8c", "#f4f4f4", "#595959", "OFF-TOPIC", MaterialDesignC.COMMENT_REMOVE_OUTLINE)));
    private static final RoleLook LIGHT_EVIDENCE = new RoleLook("#5f6f7f", "#eef1f4", "#4a5866", "EVIDENCE",
            MaterialDesignF.FILE_DOCUMENT_OUTLINE);

    /** The hues lifted for a dark background (Okabe–Ito's sky blue, bluish green, vermillion, orange, reddish purple). */
    private static final Map<Role, String> DARK_HUES = new EnumMap<>(Map.of(
            Role.MAIN_CLAIM, "#56b4e9", Role.REASON, "#3cc79a", Role.OBJECTION, "#ff7f66",
            Role.REBUTTAL, "#f0b43c", Role.UNDERCUTTER, "#dc96d2", Role.REPHRASING, "#8fcdf0",
            Role.REPLY, "#a9b3be", Role.OFF_TOPIC, "#9a9a9a"));

    public static final MapPalette LIGHT = light("light", 1, false, false);
    public static final MapPalette PROJECTOR = projector();
    public static final MapPalette DARK = dark();
    public static final MapPalette HIGH_CONTRAST = highContrast();
    public static final MapPalette PRINT = light("print", 1, true, true);

    private final String name;
    private final Colour background;
    private final Colour text;
    private final Colour mutedText;
    private final Colour selection;
    private final Colour hover;
    private final Colour match;
    private final Colour matchRim;
    private final Colour shadow;
    private final Colour greeking;
    private final Colour markFill;
    private final double lineScale;
    private final boolean dashedAttacks;
    private final Map<Role, Style> roles;
    private final Map<Role, Style> evidence = new EnumMap<>(Role.class);
    private final Map<Label, StandingStyle> standing;

    private MapPalette(Builder b) {
        name = b.name;
        background = b.background;
        text = b.text;
        mutedText = b.mutedText;
        selection = b.selection;
        hover = b.hover;
        match = Colour.web("#f0e442");
        matchRim = b.text.withOpacity(0.8);
        shadow = b.shadow;
        greeking = b.text.withOpacity(0.3);
        markFill = b.markFill;
        lineScale = b.lineScale;
        dashedAttacks = b.dashedAttacks;
        roles = b.roles;
        standing = b.standing;
        for (Role role : Role.values()) {
            boolean plain = role == Role.REASON || role == Role.MAIN_CLAIM;
            Style e = b.evidence;
            evidence.put(role, new Style(e.stroke(), e.fill(), e.ink(),
                    plain ? e.label() : e.label() + " · " + roles.get(role).label(), e.icon(), e.block()));
        }
    }

    /** The palette's name, as {@code --theme} takes it. */
    public String name() {
        return name;
    }

    public Colour background() {
        return background;
    }

    public Colour text() {
        return text;
    }

    public Colour mutedText() {
        return mutedText;
    }

    /** The selection ring: a blue that none of the roles' hues uses at this strength. */
    public Colour selection() {
        return selection;
    }

    public Colour selectionGlow() {
        return selection.withOpacity(0.22);
    }

    public Colour hover() {
        return hover;
    }

    /** A search's marker band: Okabe–Ito yellow, the one hue no role uses, with a dark rim for contrast. */
    public Colour match() {
        return match;
    }

    public Colour matchRim() {
        return matchRim;
    }

    /** The shadow under a box; transparent where shadows would only cost ink. */
    public Colour shadow() {
        return shadow;
    }

    /** The bars that stand for lines of text far out. */
    public Colour greeking() {
        return greeking;
    }

    /** The disc behind a link's + or − mark, and behind a collapsed branch's count. */
    public Colour markFill() {
        return markFill;
    }

    /** How much thicker than usual lines and outlines are: a projector washes thin lines out. */
    public double lineScale() {
        return lineScale;
    }

    /** Whether attacks are dashed, so that a black-and-white print tells them from supports. */
    public boolean dashedAttacks() {
        return dashedAttacks;
    }

    /** The overlay's marks for a box that stands, falls or is undecided. */
    public StandingStyle standing(Label label) {
        return standing.get(label);
    }

    public Style of(Role role) {
        return roles.get(role);
    }

    /**
     * A statement's box. Evidence is grey and shaped like a page whatever it supports, since what
     * matters first is that it is a source; what it does (an objection, say) follows in the label.
     */
    public Style of(ArgumentMap map, Statement statement) {
        Role role = map.roleOf(statement);
        return statement.kind() == StatementKind.EVIDENCE ? evidence.get(role) : of(role);
    }

    /**
     * A link, coloured like the role its premises take through it: an attack on an attack is a
     * rebuttal (orange), an attack on a step an undercut (purple).
     */
    public Style of(ArgumentMap map, Inference inference) {
        return switch (inference.type()) {
            case SUPPORT -> of(Role.REASON);
            case REPHRASE -> of(Role.REPHRASING);
            case REPLY -> of(Role.REPLY);
            case OFF_TOPIC -> of(Role.OFF_TOPIC);
            case ATTACK -> {
                MapNode target = inference.target();
                if (target instanceof Inference) {
                    yield of(Role.UNDERCUTTER);
                }
                boolean targetAttacks = map.inferencesFrom((Statement) target).stream()
                        .findFirst().map(i -> i.type() == InferenceType.ATTACK).orElse(false);
                yield of(targetAttacks ? Role.REBUTTAL : Role.OBJECTION);
            }
        };
    }

    /** The light palette: light tints, near-black text. Print also dashes attacks and drops shadows and tints. */
    private static MapPalette light(String name, double lineScale, boolean dashedAttacks, boolean paper) {
        Builder b = new Builder(name);
        b.background = paper ? Colour.WHITE : Colour.web("#f6f7f9");
        b.text = Colour.web("#1a202c");
        b.mutedText = Colour.web("#4f5968");
        b.selection = Colour.web("#1f5fd6");
        b.hover = b.text.withOpacity(0.28);
        b.shadow = paper ? Colour.TRANSPARENT : Colour.rgb(20, 30, 50, 0.10);
        b.markFill = Colour.WHITE;
        b.lineScale = lineScale;
        b.dashedAttacks = dashedAttacks;
        LIGHT_ROLES.forEach((role, r) -> b.roles.put(role, lightStyle(r, paper)));
        b.evidence = lightStyle(LIGHT_EVIDENCE, paper);
        if (paper) {
            // On paper the signs alone tell the three apart: one ink for all, as a black-and-white print has.
            StandingStyle ink = new StandingStyle(Colour.WHITE, b.text, b.text);
            b.standing.put(Label.IN, ink);
            b.standing.put(Label.OUT, ink);
            b.standing.put(Label.UNDECIDED, ink);
        } else {
            lightStanding(b);
        }
        return new MapPalette(b);
    }

    private static Style lightStyle(RoleLook r, boolean paper) {
        Colour stroke = Colour.web(r.stroke());
        Colour fill = paper ? Colour.WHITE : Colour.web(r.fill());
        return new Style(stroke, fill, Colour.web(r.ink()), r.label(), r.icon(), stroke.towards(Colour.WHITE, 0.3));
    }

    /** For a projector: white ground, the light tints, lines twice as thick and no shadows, which wash out. */
    private static MapPalette projector() {
        Builder b = new Builder("projector");
        b.background = Colour.WHITE;
        b.text = Colour.web("#0d1117");
        b.mutedText = Colour.web("#3b4452");
        b.selection = Colour.web("#1f5fd6");
        b.hover = b.text.withOpacity(0.35);
        b.shadow = Colour.TRANSPARENT;
        b.markFill = Colour.WHITE;
        b.lineScale = 2;
        LIGHT_ROLES.forEach((role, r) -> b.roles.put(role, lightStyle(r, false)));
        b.evidence = lightStyle(LIGHT_EVIDENCE, false);
        lightStanding(b);
        return new MapPalette(b);
    }

    /** White signs on deep discs: a green, a red and an amber darker than the roles' hues, each 4.5:1 or more. */
    private static void lightStanding(Builder b) {
        b.standing.put(Label.IN, standing("#1b6e3c", Colour.WHITE));
        b.standing.put(Label.OUT, standing("#a3241a", Colour.WHITE));
        b.standing.put(Label.UNDECIDED, standing("#7a5200", Colour.WHITE));
    }

    private static StandingStyle standing(String disc, Colour sign) {
        Colour colour = Colour.web(disc);
        return new StandingStyle(colour, sign, colour);
    }

    /** Dark ground, dark tints of the lifted hues, light text. */
    private static MapPalette dark() {
        Builder b = new Builder("dark");
        b.background = Colour.web("#16191e");
        b.text = Colour.web("#e8ebf0");
        b.mutedText = Colour.web("#aab3bf");
        b.selection = Colour.web("#6ea8ff");
        b.hover = b.text.withOpacity(0.35);
        b.shadow = Colour.rgb(0, 0, 0, 0.35);
        b.markFill = Colour.web("#23272f");
        b.lineScale = 1;
        Colour card = Colour.web("#23272f");
        DARK_HUES.forEach((role, hue) -> {
            RoleLook r = LIGHT_ROLES.get(role);
            b.roles.put(role, darkStyle(Colour.web(hue), card, r.label(), r.icon()));
        });
        b.evidence = darkStyle(Colour.web("#a0adba"), card, LIGHT_EVIDENCE.label(), LIGHT_EVIDENCE.icon());
        // Light discs with the ground's colour as the sign: the dark theme's own way round.
        b.standing.put(Label.IN, standing("#6fdba5", b.background));
        b.standing.put(Label.OUT, standing("#ff9a85", b.background));
        b.standing.put(Label.UNDECIDED, standing("#f2c766", b.background));
        return new MapPalette(b);
    }

    private static Style darkStyle(Colour hue, Colour card, String label, Ikon icon) {
        return new Style(hue, hue.towards(card, 0.84), hue.towards(Colour.WHITE, 0.2), label, icon,
                hue.towards(card, 0.35));
    }

    /** Black on white, hues at their darkest, thick lines and dashed attacks: meaning never by colour alone. */
    private static MapPalette highContrast() {
        Builder b = new Builder("high-contrast");
        b.background = Colour.WHITE;
        b.text = Colour.BLACK;
        b.mutedText = Colour.web("#262626");
        b.selection = Colour.web("#0040c0");
        b.hover = Colour.BLACK.withOpacity(0.5);
        b.shadow = Colour.TRANSPARENT;
        b.markFill = Colour.WHITE;
        b.lineScale = 1.6;
        b.dashedAttacks = true;
        LIGHT_ROLES.forEach((role, r) -> b.roles.put(role, contrastStyle(r)));
        b.evidence = contrastStyle(LIGHT_EVIDENCE);
        b.standing.put(Label.IN, standing("#004d22", Colour.WHITE));
        b.standing.put(Label.OUT, standing("#7a0000", Colour.WHITE));
        b.standing.put(Label.UNDECIDED, standing("#4d3300", Colour.WHITE));
        return new MapPalette(b);
    }

    private static Style contrastStyle(RoleLook r) {
        Colour ink = Colour.web(r.ink()).towards(Colour.BLACK, 0.25);
        return new Style(ink, Colour.WHITE, ink, r.label(), r.icon(), ink);
    }

    private static final class Builder {
        private final String name;
        private Colour background;
        private Colour text;
        private Colour mutedText;
        private Colour selection;
        private Colour hover;
        private Colour shadow;
        private Colour markFill;
        private double lineScale = 1;
        private boolean dashedAttacks;
        private final Map<Role, Style> roles = new EnumMap<>(Role.class);
        private Style evidence;
        private final Map<Label, StandingStyle> standing = new EnumMap<>(Label.class);

        private Builder(String name) {
            this.name = name;
        }
    }
}
