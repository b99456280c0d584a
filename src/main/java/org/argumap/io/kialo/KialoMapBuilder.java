package org.argumap.io.kialo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.MapInvariantException;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.text.Markup;

/**
 * Turns a parsed export into a map: each claim a statement, each Pro a support and each Con an
 * attack on the claim it is numbered under. An entry whose whole text is {@code -> See 1.2.3.}
 * is Kialo's linked claim: it adds an inference from the existing statement instead of a copy.
 * A claim heading a discussion of several theses (a question, or a claim with {@code Thesis:}
 * entries under it) becomes the map's description and its theses main claims. Sources become
 * evidence supporting each claim that cites them as {@code [n]}. Claim text is kept as written,
 * Markdown links included, and marked as Markdown; only Kialo's escapes of brackets and
 * parentheses are undone ({@link KialoEscapes}).
 */
final class KialoMapBuilder {
    private static final Pattern SEE = Pattern.compile("->[ \\t]*See[ \\t]+((?:\\d+\\.)*\\d+\\.?)", Pattern.CASE_INSENSITIVE);
    /** {@code [12]}, but neither a Markdown link {@code [12](url)} nor an escaped {@code \[12\]}. */
    private static final Pattern CITATION = Pattern.compile("(?<!\\\\)\\[(\\d+)\\](?!\\()");
    static final String NUMBER_KEY = "kialo";
    static final String SOURCE_KEY = "kialo-source";

    private final KialoDocument document;
    private final ArgumentMap map = new ArgumentMap();
    private final List<String> warnings;
    private final Map<String, KialoClaim> byNumber = new HashMap<>();
    private final Map<KialoClaim, KialoClaim> parents = new IdentityHashMap<>();
    private final Set<KialoClaim> questions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<KialoClaim, String> linkNumbers = new IdentityHashMap<>();
    private final Map<KialoClaim, KialoClaim> linkTargets = new IdentityHashMap<>();
    private final Map<KialoClaim, Statement> statements = new IdentityHashMap<>();
    private final Set<String> drawn = new HashSet<>();

    KialoMapBuilder(KialoDocument document) {
        this.document = document;
        this.warnings = new ArrayList<>(document.warnings());
    }

    ReadResult build() {
        index();
        resolveLinks();
        addStatements();
        addInferences();
        new KialoSources(map, warnings).add(document.sources(), claimsWithStatements());
        map.setInfo(MapInfo.EMPTY.withTitle(document.title()).withDescription(description()));
        return new ReadResult(map, warnings);
    }

    /** Numbers to entries (a number written twice means the later entry from there on), parents, questions. */
    private void index() {
        for (KialoClaim claim : document.claims()) {
            KialoClaim parent = nearestAncestor(claim);
            if (parent != null) {
                parents.put(claim, parent);
            }
            if (claim.parentNumber() != null && (parent == null || !parent.number().equals(claim.parentNumber()))) {
                warn(claim, "no claim " + claim.parentNumber() + " comes before " + claim.number() + "; "
                        + (parent == null ? "kept as a main claim" : "placed under " + parent.number()));
            }
            KialoClaim earlier = byNumber.put(claim.number(), claim);
            if (earlier != null) {
                warn(claim, "the number " + claim.number() + " is used twice (first at line " + earlier.line()
                        + "); entries numbered under it belong to this one");
            }
            if (claim.stance() == KialoClaim.Stance.QUESTION) {
                questions.add(claim);
            } else if (claim.stance() == KialoClaim.Stance.THESIS && parent != null && parent.parentNumber() == null) {
                questions.add(parent);
            }
            Matcher see = SEE.matcher(claim.text());
            if (see.matches()) {
                String target = see.group(1);
                linkNumbers.put(claim, target.endsWith(".") ? target : target + ".");
            }
        }
    }

    private KialoClaim nearestAncestor(KialoClaim claim) {
        for (String number = claim.parentNumber(); number != null; number = KialoClaim.parentOf(number)) {
            KialoClaim found = byNumber.get(number);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Follows each "-> See" to a claim with text of its own; a link to nowhere stays as text. */
    private void resolveLinks() {
        for (KialoClaim link : document.claims()) {
            if (!linkNumbers.containsKey(link)) {
                continue;
            }
            Set<KialoClaim> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.add(link);
            KialoClaim target = byNumber.get(linkNumbers.get(link));
            while (target != null && linkNumbers.containsKey(target) && seen.add(target)) {
                target = byNumber.get(linkNumbers.get(target));
            }
            if (target == null || linkNumbers.containsKey(target) || questions.contains(target)) {
                warn(link, "\"" + link.text() + "\" names no claim of this export; kept as text");
            } else {
                linkTargets.put(link, target);
            }
        }
    }

    private void addStatements() {
        for (KialoClaim claim : document.claims()) {
            if (questions.contains(claim) || linkTargets.containsKey(claim)) {
                continue;
            }
            if (claim.text().isBlank()) {
                warn(claim, "claim " + claim.number() + " has no text");
            }
            // Kialo's texts are Markdown: marked so, they show their links' words, not the addresses.
            statements.put(claim, map.addStatement(StatementContent.claim(KialoEscapes.undo(claim.text()))
                    .withData(Markup.markdown(Map.of(NUMBER_KEY, claim.number())))));
        }
    }

    private void addInferences() {
        for (KialoClaim claim : document.claims()) {
            if (questions.contains(claim)) {
                continue;
            }
            KialoClaim parent = parents.get(claim);
            boolean proOrCon = claim.stance() == KialoClaim.Stance.PRO || claim.stance() == KialoClaim.Stance.CON;
            if (parent == null || questions.contains(parent)) {
                if (proOrCon && parent != null) {
                    warn(claim, "a " + label(claim) + " directly under the discussion's question; kept as a main claim");
                } else if (proOrCon && claim.parentNumber() == null) {
                    warn(claim, "a " + label(claim) + " at the top of the discussion; kept as a main claim");
                }
                continue;
            }
            if (!proOrCon) {
                warn(claim, "a thesis inside the tree of claims; kept as a main claim");
                continue;
            }
            connect(claim, parent);
        }
    }

    private void connect(KialoClaim claim, KialoClaim parent) {
        Statement premise = statementOf(claim);
        Statement target = statementOf(parent);
        InferenceType type = claim.stance() == KialoClaim.Stance.PRO ? InferenceType.SUPPORT : InferenceType.ATTACK;
        if (premise == target) {
            warn(claim, "claim " + claim.number() + " links to the claim it answers; the link was left out");
            return;
        }
        if (!drawn.add(premise.id() + " " + type + " " + target.id())) {
            warn(claim, "claim " + claim.number() + " repeats a " + label(claim) + " already drawn; left out");
            return;
        }
        InferenceContent content = InferenceContent.of(type);
        if (linkTargets.containsKey(claim)) {
            content = content.withData(Map.of(NUMBER_KEY, claim.number()));
        }
        try {
            map.addInference(content, List.of(premise.id()), target.id());
        } catch (MapInvariantException e) {
            warn(claim, "claim " + claim.number() + " could not be linked: " + e.getMessage());
        }
    }

    private Statement statementOf(KialoClaim claim) {
        KialoClaim target = linkTargets.get(claim);
        return statements.get(target == null ? claim : target);
    }

    private Map<KialoClaim, Statement> claimsWithStatements() {
        Map<KialoClaim, Statement> inOrder = new LinkedHashMap<>();
        for (KialoClaim claim : document.claims()) {
            Statement statement = statements.get(claim);
            if (statement != null) {
                inOrder.put(claim, statement);
            }
        }
        return inOrder;
    }

    /** The question(s) a multi-thesis discussion asks, then whatever stood before the first claim. */
    private String description() {
        Set<String> parts = new LinkedHashSet<>();
        for (KialoClaim claim : document.claims()) {
            if (questions.contains(claim) && !claim.text().isBlank()) {
                parts.add(KialoEscapes.undo(claim.text()));
            }
        }
        if (!document.preamble().isBlank()) {
            parts.add(document.preamble());
        }
        return String.join("\n\n", parts);
    }

    /** The numbers of the sources a claim cites, in order of first citation. */
    static Set<String> citations(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            numbers.add(citation.group(1));
        }
        return numbers;
    }

    private static String label(KialoClaim claim) {
        return claim.stance() == KialoClaim.Stance.PRO ? "Pro" : "Con";
    }

    private void warn(KialoClaim claim, String message) {
        warnings.add("line " + claim.line() + ": " + message);
    }
}
