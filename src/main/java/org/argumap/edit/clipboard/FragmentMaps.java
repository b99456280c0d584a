package org.argumap.edit.clipboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * A fragment as a map of its own and back, so that the clipboard's JSON is an ordinary map
 * document (io writes and reads it like any {@code .argumap.json}) and a copied branch pasted into
 * a text editor and saved opens as a map.
 *
 * <p>The attachments need a box to hang from, so the map gets one more statement, the <em>paste
 * target</em>, with the reserved id {@value #PASTE_TARGET_ID}: each attachment is an inference
 * into it, of its own type, so a copied objection is an attack on the paste target. Reading a map
 * back, the inferences into a paste target that feeds nothing become attachments again and the
 * paste target itself is left out; a map without one is taken whole, its main claims as the
 * fragment's top statements. An undercut of an attachment is an ordinary inference targeting it.
 */
public final class FragmentMaps {
    /** The id of the stand-in for the box the copied statements hung from. */
    public static final String PASTE_TARGET_ID = "argumap-paste-target";

    private static final StatementContent PASTE_TARGET = StatementContent.claim(
            "The copied statements were attached here; a paste attaches them to the selected box.")
            .withTitle("Paste target");

    private FragmentMaps() {
    }

    public static ArgumentMap toMap(MapFragment fragment) {
        ArgumentMap map = new ArgumentMap();
        Map<String, String> ids = idsAvoidingPasteTarget(fragment);
        for (MapFragment.StatementEntry s : fragment.statements()) {
            map.addStatement(ids.get(s.id()), s.content());
            map.moveTo(ids.get(s.id()), s.position());
        }
        if (!fragment.attachments().isEmpty()) {
            map.addStatement(PASTE_TARGET_ID, PASTE_TARGET);
            for (MapFragment.Attachment a : fragment.attachments()) {
                map.addInference(ids.get(a.id()), a.content(), rename(a.premiseIds(), ids), PASTE_TARGET_ID);
                map.moveTo(ids.get(a.id()), a.position());
            }
        }
        for (MapFragment.InferenceEntry i : FragmentOrder.targetsFirst(fragment.inferences())) {
            map.addInference(ids.get(i.id()), i.content(), rename(i.premiseIds(), ids), ids.get(i.targetId()));
            map.moveTo(ids.get(i.id()), i.position());
        }
        // Undercuts listed before what they attack were added later; give back the fragment's order.
        List<String> order = new ArrayList<>();
        fragment.statements().forEach(s -> order.add(ids.get(s.id())));
        if (!fragment.attachments().isEmpty()) {
            order.add(PASTE_TARGET_ID);
        }
        fragment.inferences().forEach(i -> order.add(ids.get(i.id())));
        fragment.attachments().forEach(a -> order.add(ids.get(a.id())));
        map.rearrange(order);
        return map;
    }

    public static MapFragment fromMap(ArgumentMap map) {
        Statement pasteTarget = map.statement(PASTE_TARGET_ID);
        if (pasteTarget != null && !map.inferencesFrom(pasteTarget).isEmpty()) {
            pasteTarget = null; // an ordinary statement that happens to have the name: keep it
        }
        Set<MapNode> attaching = new HashSet<>(pasteTarget == null ? List.of() : map.inferencesInto(pasteTarget));
        List<MapFragment.StatementEntry> statements = new ArrayList<>();
        List<MapFragment.InferenceEntry> inferences = new ArrayList<>();
        List<MapFragment.Attachment> attachments = new ArrayList<>();
        for (MapNode node : map.nodes()) {
            if (node instanceof Statement s && s != pasteTarget) {
                statements.add(new MapFragment.StatementEntry(s.id(), s.content(), s.position()));
            } else if (node instanceof Inference i && attaching.contains(i)) {
                attachments.add(new MapFragment.Attachment(i.id(), i.content(), ids(i.premises()), null, i.position()));
            } else if (node instanceof Inference i) {
                inferences.add(new MapFragment.InferenceEntry(i.id(), i.content(), ids(i.premises()), i.target().id(),
                        i.position()));
            }
        }
        return new MapFragment(statements, inferences, attachments, null);
    }

    /** The fragment's own ids, except that one using the reserved name gets another. */
    private static Map<String, String> idsAvoidingPasteTarget(MapFragment fragment) {
        Map<String, String> ids = new HashMap<>();
        fragment.statements().forEach(s -> ids.put(s.id(), s.id()));
        fragment.inferences().forEach(i -> ids.put(i.id(), i.id()));
        fragment.attachments().forEach(a -> ids.put(a.id(), a.id()));
        if (ids.containsKey(PASTE_TARGET_ID)) {
            int n = 2;
            while (ids.containsKey(PASTE_TARGET_ID + "-" + n)) {
                n++;
            }
            ids.put(PASTE_TARGET_ID, PASTE_TARGET_ID + "-" + n);
        }
        return ids;
    }

    private static List<String> rename(List<String> ids, Map<String, String> names) {
        return ids.stream().map(names::get).toList();
    }

    private static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }
}
