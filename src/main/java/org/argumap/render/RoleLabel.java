package org.argumap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A box's role label as the box has room for it, tried in turn: the role in words after its icon,
 * at the largest size from the preferred one down to the least that fits; the words without the
 * icon, which only repeats them; the short form ("EVIDENCE" for "EVIDENCE · OBJECTION"), with and
 * without the icon; at last the icon alone, which with the box's colour still names the role.
 * Never cut with "…": a cut label ("MAIN CLA…") reads as another word, a missing one only as
 * missing.
 *
 * @param text     what to write; empty for the icon alone
 * @param font     the label's font
 * @param iconSize the icon's size; 0 for no icon
 * @param iconRoom how far the words start after the label's left edge
 */
record RoleLabel(String text, FontSpec font, double iconSize, double iconRoom) {
    /** The icon's size and the room it takes, in proportion to the label's, as at full size. */
    private static final double ICON = BoxStyle.LABEL_ICON / BoxStyle.LABEL_FONT.size();
    private static final double ICON_ROOM = BoxStyle.LABEL_ICON_ROOM / BoxStyle.LABEL_FONT.size();

    boolean hasIcon() {
        return iconSize > 0;
    }

    static RoleLabel fit(TextWrapper wrapper, String label, double room, double preferred, double least) {
        least = Math.min(least, preferred);
        for (String form : forms(label)) {
            for (boolean icon : new boolean[] {true, false}) {
                for (double size = preferred; ; size = nextSmaller(size, least)) {
                    FontSpec font = FontSpec.bold(size);
                    double iconRoom = icon ? size * ICON_ROOM : 0;
                    if (iconRoom + wrapper.width(form, font) <= room) {
                        return new RoleLabel(form, font, icon ? size * ICON : 0, iconRoom);
                    }
                    if (size <= least) {
                        break;
                    }
                }
            }
        }
        return new RoleLabel("", FontSpec.bold(preferred), preferred * ICON, preferred * ICON_ROOM);
    }

    /** Whole map units, one at a time, ending on the least size itself. */
    private static double nextSmaller(double size, double least) {
        double next = Math.ceil(size) - 1;
        return next < least ? least : next;
    }

    private static List<String> forms(String label) {
        List<String> forms = new ArrayList<>(List.of(label));
        String shortForm = shortForm(label);
        if (!shortForm.equals(label)) {
            forms.add(shortForm);
        }
        return forms;
    }

    /** What a label says first: an evidence box's "EVIDENCE", without what it does. */
    static String shortForm(String label) {
        int dot = label.indexOf(" · ");
        return dot < 0 ? label : label.substring(0, dot);
    }
}
