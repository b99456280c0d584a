package org.argumap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A junction from premises to one target, as an AIF rule or conflict node. Several premises are
 * linked co-premises: they support or attack only together. A target that is itself an inference
 * makes this an undercut.
 */
public final class Inference extends MapNode {
    private InferenceContent content;
    /*
     * Premise order is meaningful (Argdown numbers premises, files list them) and JGraphT does not
     * promise an order of incoming edges, so the order is kept here beside the graph's edges.
     */
    private final List<Statement> premises = new ArrayList<>();
    private MapNode target;

    Inference(String id, InferenceContent content) {
        super(id);
        this.content = content;
    }

    public InferenceContent content() {
        return content;
    }

    void setContent(InferenceContent content) {
        this.content = content;
    }

    public InferenceType type() {
        return content.type();
    }

    /** The premises in their order; unmodifiable. */
    public List<Statement> premises() {
        return Collections.unmodifiableList(premises);
    }

    List<Statement> mutablePremises() {
        return premises;
    }

    /** The statement or inference this inference bears on. */
    public MapNode target() {
        return target;
    }

    void setTarget(MapNode target) {
        this.target = target;
    }

    /** An attack on another inference: it disputes the step, not the claim. */
    public boolean isUndercut() {
        return content.type() == InferenceType.ATTACK && target instanceof Inference;
    }

    /** Two or more co-premises that bear on the target only together. */
    public boolean isLinked() {
        return premises.size() >= 2;
    }
}
