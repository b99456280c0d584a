package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.StatementContent;

/**
 * Adds planned inferences to the map in file order. First it decides which can stand, following
 * each chain of targets once: a plan falls when it supports or attacks one of its own premises,
 * when it is part of a loop of scheme nodes targeting each other, or when its target fell; each fall
 * is a warning. Then it adds those that stand. An inference needs its target in the map, and AIF
 * lists nodes in any order (an undercut may come before the inference it attacks), so an inference
 * whose target is still to come points at a placeholder statement until the target is there; the
 * placeholders go at the end. Moving inferences in the map's order instead would cost a pass over
 * the whole map per move.
 */
final class InferenceAdder {
    /** Placeholders are shared, but not by so many that unhooking from one gets slow. */
    private static final int PER_PLACEHOLDER = 64;

    private final ArgumentMap map;
    private final Warnings warnings;
    private final Set<String> taken;
    private final List<String> placeholders = new ArrayList<>();
    private int placeholderUses;

    /** {@code taken}: every id of the file and of the plans, which a placeholder must not use. */
    InferenceAdder(ArgumentMap map, Warnings warnings, Set<String> taken) {
        this.map = map;
        this.warnings = warnings;
        this.taken = new HashSet<>(taken);
    }

    void addAll(List<InferencePlan> plans) {
        Set<String> standing = decide(plans);
        List<InferencePlan> waiting = new ArrayList<>();
        for (InferencePlan plan : plans) {
            if (!standing.contains(plan.id())) {
                continue;
            }
            boolean targetThere = map.contains(plan.target());
            map.addInference(plan.id(), plan.content(), plan.premises(), targetThere ? plan.target() : placeholder());
            if (!targetThere) {
                waiting.add(plan);
            }
        }
        for (InferencePlan plan : waiting) {
            map.setTarget(plan.id(), plan.target());
        }
        if (!placeholders.isEmpty()) {
            map.remove(placeholders);
        }
    }

    /** The ids of the plans that can stand; each other one reported with why. */
    private Set<String> decide(List<InferencePlan> plans) {
        Map<String, InferencePlan> byId = new HashMap<>();
        plans.forEach(p -> byId.put(p.id(), p));
        Map<String, Boolean> decided = new HashMap<>();
        for (InferencePlan plan : plans) {
            List<InferencePlan> chain = new ArrayList<>();
            Map<String, Integer> onChain = new LinkedHashMap<>();
            InferencePlan step = plan;
            while (step != null && !decided.containsKey(step.id()) && !onChain.containsKey(step.id())) {
                onChain.put(step.id(), chain.size());
                chain.add(step);
                step = byId.get(step.target());
            }
            boolean targetStands;
            if (step == null) {
                targetStands = chain.isEmpty() || map.statement(chain.get(chain.size() - 1).target()) != null;
            } else if (decided.containsKey(step.id())) {
                targetStands = decided.get(step.id());
            } else {
                List<InferencePlan> loop = chain.subList(onChain.get(step.id()), chain.size());
                StringBuilder ids = new StringBuilder();
                loop.forEach(p -> ids.append("'").append(p.id()).append("' → "));
                ids.append("'").append(step.id()).append("'");
                for (InferencePlan member : loop) {
                    decided.put(member.id(), false);
                    fall(member, "it is part of a loop of scheme nodes that target each other (" + ids + ")");
                }
                chain = chain.subList(0, onChain.get(step.id()));
                targetStands = false;
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                InferencePlan link = chain.get(i);
                if (!targetStands) {
                    fall(link, "its target '" + link.target() + "' is not in the map (it was left out)");
                } else if (link.premises().contains(link.target())) {
                    targetStands = false;
                    fall(link, "'" + link.target() + "' is both its premise and its conclusion, and a statement cannot"
                            + " support or attack itself");
                }
                decided.put(link.id(), targetStands);
            }
        }
        Set<String> standing = new HashSet<>();
        decided.forEach((id, stands) -> {
            if (stands) {
                standing.add(id);
            }
        });
        return standing;
    }

    private void fall(InferencePlan plan, String why) {
        String what = plan.id().equals(plan.node().id()) ? plan.node().describe()
                : plan.node().describe() + " (as '" + plan.id() + "')";
        warnings.add(plan.node().place(), what + " left out: " + why + ".");
    }

    private String placeholder() {
        if (placeholders.isEmpty() || placeholderUses == PER_PLACEHOLDER) {
            String id = "argumap-placeholder";
            for (int n = 2; !taken.add(id); n++) {
                id = "argumap-placeholder-" + n;
            }
            map.addStatement(id, StatementContent.claim(""));
            placeholders.add(id);
            placeholderUses = 0;
        }
        placeholderUses++;
        return placeholders.get(placeholders.size() - 1);
    }
}
