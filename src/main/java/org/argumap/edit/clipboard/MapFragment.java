package org.argumap.edit.clipboard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;

/**
 * A piece of a map on its way through the clipboard: statements with their branches, the
 * inferences among them, and the links by which its top statements hung from the rest of their map
 * (the <em>attachments</em>), so a paste can hang them under another box as reasons or objections
 * as they were. Ids are those of the source map; positions are relative to the fragment's
 * top-left placed box. Immutable, and valid by construction: every premise and target it names is
 * in it, and its inferences never target themselves through a chain.
 *
 * <p>Fragments come from a map ({@link FragmentExtractor}), from Argumap's clipboard JSON (a small
 * map document, see {@link FragmentMaps}), or from indented plain text ({@link OutlineTextParser}).
 */
public final class MapFragment {

    /** A statement of the fragment; its position is relative to the fragment's origin, or null. */
    public record StatementEntry(String id, StatementContent content, Position position) {
        public StatementEntry {
            Objects.requireNonNull(id);
            Objects.requireNonNull(content);
        }
    }

    /**
     * An inference whose premises are in the fragment and whose target is a statement or inference
     * of the fragment, or one of its attachments (an undercut of the step by which the fragment hung).
     */
    public record InferenceEntry(String id, InferenceContent content, List<String> premiseIds, String targetId,
                       Position position) {
        public InferenceEntry {
            Objects.requireNonNull(id);
            Objects.requireNonNull(content);
            premiseIds = List.copyOf(premiseIds);
            Objects.requireNonNull(targetId);
        }
    }

    /**
     * An inference from statements of the fragment to a box outside it: how the fragment hung in
     * its map. {@code sourceTargetId} is that box's id in the source map, for a paste in place
     * (Duplicate); null when unknown (a fragment read from the clipboard or from text).
     */
    public record Attachment(String id, InferenceContent content, List<String> premiseIds, String sourceTargetId,
                             Position position) {
        public Attachment {
            Objects.requireNonNull(id);
            Objects.requireNonNull(content);
            premiseIds = List.copyOf(premiseIds);
            if (premiseIds.isEmpty()) {
                throw new IllegalArgumentException("attachment " + id + " has no premise");
            }
        }
    }

    private final List<StatementEntry> statements;
    private final List<InferenceEntry> inferences;
    private final List<Attachment> attachments;
    private final Position sourceOrigin;

    /**
     * @param sourceOrigin where the fragment's origin was in its source map (for Duplicate, which
     *                     pastes beside the original); null when unknown or nothing was placed
     */
    public MapFragment(List<StatementEntry> statements, List<InferenceEntry> inferences, List<Attachment> attachments,
                       Position sourceOrigin) {
        this.statements = List.copyOf(statements);
        this.inferences = List.copyOf(inferences);
        this.attachments = List.copyOf(attachments);
        this.sourceOrigin = sourceOrigin;
        validate();
    }

    public static MapFragment empty() {
        return new MapFragment(List.of(), List.of(), List.of(), null);
    }

    /** The statements, in source map order. */
    public List<StatementEntry> statements() {
        return statements;
    }

    /** The inferences inside the fragment, in source map order. */
    public List<InferenceEntry> inferences() {
        return inferences;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    public Position sourceOrigin() {
        return sourceOrigin;
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** The top statements: those that feed no inference inside the fragment, in order. */
    public List<StatementEntry> roots() {
        Set<String> feeding = new HashSet<>();
        inferences.forEach(link -> feeding.addAll(link.premiseIds()));
        return statements.stream().filter(n -> !feeding.contains(n.id())).toList();
    }

    /** The fragment as a small map of its own (a valid .argumap.json when written), see {@link FragmentMaps}. */
    public ArgumentMap toMap() {
        return FragmentMaps.toMap(this);
    }

    /** A fragment from a map written by {@link #toMap()}, or from any other map (all of it, as main claims). */
    public static MapFragment fromMap(ArgumentMap map) {
        return FragmentMaps.fromMap(map);
    }

    private void validate() {
        Set<String> statementIds = new HashSet<>();
        Map<String, InferenceEntry> linksById = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (StatementEntry node : statements) {
            requireNew(ids, node.id());
            statementIds.add(node.id());
        }
        for (InferenceEntry link : inferences) {
            requireNew(ids, link.id());
            linksById.put(link.id(), link);
        }
        Set<String> attachmentIds = new HashSet<>();
        for (Attachment attachment : attachments) {
            requireNew(ids, attachment.id());
            requirePremises(statementIds, attachment.id(), attachment.premiseIds());
            attachmentIds.add(attachment.id());
        }
        for (InferenceEntry link : inferences) {
            requirePremises(statementIds, link.id(), link.premiseIds());
            if (!statementIds.contains(link.targetId()) && !linksById.containsKey(link.targetId())
                    && !attachmentIds.contains(link.targetId())) {
                throw new IllegalArgumentException("inference " + link.id() + " targets " + link.targetId()
                        + ", which is not in the fragment");
            }
            if (link.premiseIds().isEmpty() && !link.content().hasOwnWords()) {
                throw new IllegalArgumentException("inference " + link.id() + " has neither premises nor words");
            }
            requireNoLoop(link, linksById);
        }
    }

    private static void requireNew(Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("the id " + id + " is used twice in the fragment");
        }
    }

    private static void requirePremises(Set<String> statementIds, String id, List<String> premiseIds) {
        if (new HashSet<>(premiseIds).size() != premiseIds.size()) {
            throw new IllegalArgumentException("inference " + id + " names a premise twice");
        }
        for (String premise : premiseIds) {
            if (!statementIds.contains(premise)) {
                throw new IllegalArgumentException("inference " + id + " has premise " + premise
                        + ", which is not a statement of the fragment");
            }
        }
    }

    private static void requireNoLoop(InferenceEntry start, Map<String, InferenceEntry> linksById) {
        Set<String> seen = new HashSet<>();
        InferenceEntry step = start;
        while (step != null) {
            if (!seen.add(step.id()) || step.premiseIds().contains(step.targetId())) {
                throw new IllegalArgumentException("inference " + start.id() + " supports or attacks itself");
            }
            step = linksById.get(step.targetId());
        }
    }
}
