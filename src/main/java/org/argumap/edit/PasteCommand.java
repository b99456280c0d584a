package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;

/**
 * Pastes a fragment from the clipboard (copied from this map or another, or parsed from text):
 * under a box, where its top statements hang as they hung before (a copied objection stays an
 * objection, a top statement without a link becomes a reason), or as new main claims. Ids are kept
 * where the map does not use them (so a cut and paste keeps them) and fresh otherwise.
 */
public final class PasteCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Paste";

    private final MapFragment fragment;
    private final FragmentPaster.Where where;
    private final String targetId;
    private final Position origin;
    private final String description;
    private List<String> pastedIds;

    PasteCommand(ArgumentMap map, MapFragment fragment, FragmentPaster.Where where, String targetId, Position origin,
                 String description) {
        super(map);
        this.fragment = Objects.requireNonNull(fragment);
        this.where = where;
        this.targetId = targetId;
        this.origin = origin;
        this.description = description;
    }

    /**
     * Pastes under a statement or an inference.
     *
     * @param origin where the fragment's placed boxes go, relative to it; null leaves every pasted
     *               box to the automatic layout
     */
    public static PasteCommand under(ArgumentMap map, MapFragment fragment, String targetId, Position origin) {
        return new PasteCommand(map, fragment, FragmentPaster.Where.UNDER_TARGET, Objects.requireNonNull(targetId),
                origin, DESCRIPTION);
    }

    /** Pastes with nothing selected: the top statements become main claims. */
    public static PasteCommand asMainClaims(ArgumentMap map, MapFragment fragment, Position origin) {
        return new PasteCommand(map, fragment, FragmentPaster.Where.AS_MAIN_CLAIMS, null, origin, DESCRIPTION);
    }

    @Override
    void perform(MapSteps steps) {
        if (fragment.isEmpty()) {
            throw new EditRefusedException("There is nothing to paste.");
        }
        if (where == FragmentPaster.Where.UNDER_TARGET && !map.contains(targetId)) {
            throw new EditRefusedException("The box to paste under is no longer in the map.");
        }
        pastedIds = new FragmentPaster(map, fragment).paste(steps, where, targetId, origin);
    }

    /** The new ids of the pasted top statements, to select them. */
    public List<String> pastedIds() {
        requireExecuted();
        return pastedIds;
    }

    @Override
    public String description() {
        return description;
    }
}
