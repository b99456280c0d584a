package org.argumap.edit;

import java.util.Collection;
import java.util.List;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.model.ArgumentMap;

/**
 * Copies the selection with its branches and deletes it as Delete would: the fragment (taken when
 * the command is made, for the UI to put on the clipboard) holds the whole branch, while the
 * deletion takes only what hangs from nothing else, so a shared statement below stays in the map
 * and comes back as a copy when pasted.
 */
public final class CutCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Cut";

    private final MapFragment fragment;
    private final DeleteCommand deletion;

    public CutCommand(ArgumentMap map, Collection<String> selectedIds) {
        super(map);
        this.fragment = FragmentExtractor.extract(map, List.copyOf(selectedIds));
        this.deletion = new DeleteCommand(map, selectedIds, DESCRIPTION);
    }

    /** What was cut, for the clipboard. */
    public MapFragment fragment() {
        return fragment;
    }

    /** What the cut deletes; the UI may ask first, as for Delete. */
    public DeletionPlan plan() {
        return deletion.plan();
    }

    @Override
    void perform(MapSteps steps) {
        deletion.perform(steps);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
