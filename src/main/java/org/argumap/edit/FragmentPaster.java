package org.argumap.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.argumap.edit.clipboard.FragmentOrder;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;

/**
 * Puts a fragment into a map through {@link MapSteps}: its statements and inferences with their
 * own ids where the map does not use them yet and fresh ones where it does, its placed boxes at
 * {@code origin} plus their relative positions (or left to the layout without an origin), and its
 * top statements attached as the {@link Where} says.
 */
final class FragmentPaster {

    /** Where the fragment's top statements go. */
    enum Where {
        /** Under a given box: attachments keep their type; unattached tops become reasons. */
        UNDER_TARGET,
        /** As main claims: attachments are dropped. */
        AS_MAIN_CLAIMS,
        /** Under the boxes they hung from in this map, where still there (Duplicate). */
        IN_PLACE
    }

    private final ArgumentMap map;
    private final MapFragment fragment;
    private final Map<String, String> ids = new HashMap<>();

    FragmentPaster(ArgumentMap map, MapFragment fragment) {
        this.map = map;
        this.fragment = fragment;
    }

    /** Pastes, and returns the new ids of the fragment's top statements, in order. */
    List<String> paste(MapSteps steps, Where where, String targetId, Position origin) {
        assignIds();
        for (MapFragment.StatementEntry s : fragment.statements()) {
            steps.addStatement(ids.get(s.id()), s.content());
            place(steps, s.id(), s.position(), origin);
        }
        Set<String> attached = new HashSet<>();
        Set<String> notMade = new HashSet<>();
        for (MapFragment.Attachment a : fragment.attachments()) {
            String target = switch (where) {
                case UNDER_TARGET -> targetId;
                case AS_MAIN_CLAIMS -> null;
                case IN_PLACE -> a.sourceTargetId() != null && map.contains(a.sourceTargetId()) ? a.sourceTargetId() : null;
            };
            if (target == null) {
                notMade.add(a.id());
                continue;
            }
            steps.addInference(ids.get(a.id()), a.content(), renamed(a.premiseIds()), target);
            place(steps, a.id(), a.position(), origin);
            attached.addAll(a.premiseIds());
        }
        for (MapFragment.InferenceEntry i : FragmentOrder.targetsFirst(fragment.inferences())) {
            if (notMade.contains(i.targetId())) {
                notMade.add(i.id()); // the undercut of a link not made here: its premises stay unattached
                continue;
            }
            steps.addInference(ids.get(i.id()), i.content(), renamed(i.premiseIds()), ids.get(i.targetId()));
            place(steps, i.id(), i.position(), origin);
        }
        List<String> roots = new ArrayList<>();
        for (MapFragment.StatementEntry root : fragment.roots()) {
            if (where == Where.UNDER_TARGET && !attached.contains(root.id())) {
                steps.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(ids.get(root.id())), targetId);
            }
            roots.add(ids.get(root.id()));
        }
        return roots;
    }

    /** Keeps the fragment's ids the map does not use; gives the others fresh ones. */
    private void assignIds() {
        Set<String> taken = new HashSet<>();
        List<String> clashing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        fragment.statements().forEach(s -> all.add(s.id()));
        fragment.inferences().forEach(i -> all.add(i.id()));
        fragment.attachments().forEach(a -> all.add(a.id()));
        for (String id : all) {
            if (map.contains(id)) {
                clashing.add(id);
            } else {
                ids.put(id, id);
                taken.add(id);
            }
        }
        Set<String> statementIds = new HashSet<>();
        fragment.statements().forEach(s -> statementIds.add(s.id()));
        for (String id : clashing) {
            Supplier<String> fresh = statementIds.contains(id) ? map::freshStatementId : map::freshInferenceId;
            String candidate = fresh.get();
            while (taken.contains(candidate)) {
                candidate = fresh.get();
            }
            taken.add(candidate);
            ids.put(id, candidate);
        }
    }

    private void place(MapSteps steps, String fragmentId, Position relative, Position origin) {
        if (relative != null && origin != null) {
            steps.moveTo(ids.get(fragmentId), new Position(origin.x() + relative.x(), origin.y() + relative.y()));
        }
    }

    private List<String> renamed(List<String> fragmentIds) {
        return fragmentIds.stream().map(ids::get).toList();
    }
}
