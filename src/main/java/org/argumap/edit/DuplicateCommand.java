package org.argumap.edit;

import java.util.Collection;
import java.util.List;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;

/**
 * Copy and paste in place, without the clipboard: the selected statements with their branches
 * again, each copy hanging where its original hangs (a duplicated reason is another reason of the
 * same claim), placed boxes a little below and to the right of the originals.
 */
public final class DuplicateCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Duplicate";
    /** How far placed copies stand from their originals, in map units: visibly apart, still close. */
    public static final double OFFSET = 40;

    private final List<String> selectedIds;
    private List<String> copyIds;

    public DuplicateCommand(ArgumentMap map, Collection<String> selectedIds) {
        super(map);
        this.selectedIds = List.copyOf(selectedIds);
    }

    @Override
    void perform(MapSteps steps) {
        MapFragment fragment = FragmentExtractor.extract(map, selectedIds);
        if (fragment.isEmpty()) {
            throw new EditRefusedException("There is nothing selected to duplicate.");
        }
        Position from = fragment.sourceOrigin();
        Position origin = from == null ? null : new Position(from.x() + OFFSET, from.y() + OFFSET);
        copyIds = new FragmentPaster(map, fragment).paste(steps, FragmentPaster.Where.IN_PLACE, null, origin);
    }

    /** The ids of the copies of the top statements, to select them. */
    public List<String> copyIds() {
        requireExecuted();
        return copyIds;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
