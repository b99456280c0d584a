package org.argumap.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Merges statements that say the same thing into one, as a moderator merges duplicate replies:
 * the first statement stays; the replies, reasons and objections of the others are hung under it;
 * what the others bore on, the kept one now bears on too, with the same type; then the others go.
 * Nobody's words are lost from the record: every author is named on the kept statement, and each
 * merged one's address, author and words are kept in its notes, its site id in
 * {@value #MERGED_SOURCE_IDS} so that updating the thread later knows those comments are here.
 * One step in the history ("Merge 3 Statements").
 */
public final class MergeStatementsCommand extends StepwiseCommand {
    /** Data key: the site ids of the comments merged into this statement, comma separated. */
    public static final String MERGED_SOURCE_IDS = CommentData.MERGED_SOURCE_IDS;

    private final String keptId;
    private final List<String> mergedIds;

    /**
     * @param statementIds the statements to merge, the one to keep first; at least two
     */
    public MergeStatementsCommand(ArgumentMap map, List<String> statementIds) {
        super(map);
        List<String> ids = List.copyOf(new LinkedHashSet<>(statementIds));
        if (ids.size() < 2) {
            throw new EditRefusedException("Select two or more statements that say the same, to merge them.");
        }
        this.keptId = ids.get(0);
        this.mergedIds = ids.subList(1, ids.size());
    }

    @Override
    void perform(MapSteps steps) {
        Statement kept = existingStatement(keptId, "The statement to keep");
        List<Statement> merged = new ArrayList<>();
        for (String id : mergedIds) {
            Statement statement = existingStatement(id, "A statement to merge");
            if (MapStructure.leadsTo(map, statement, kept) || MapStructure.leadsTo(map, kept, statement)) {
                throw new EditRefusedException(BoxNames.quoted(statement) + " and " + BoxNames.quoted(kept)
                        + " are on one line of the argument, one answering the other: only statements on different"
                        + " branches can be merged.");
            }
            merged.add(statement);
        }
        StatementContent content = mergedContent(kept, merged);
        for (Statement statement : merged) {
            for (Inference below : List.copyOf(map.inferencesInto(statement))) {
                steps.setTarget(below.id(), keptId);
            }
            for (Inference fed : List.copyOf(map.inferencesFrom(statement))) {
                MapNode target = fed.target();
                if (!bearsOn(kept, target) && !MapStructure.leadsTo(map, target, kept)) {
                    steps.addPremise(fed.id(), keptId, -1);
                }
            }
            steps.remove(List.of(statement.id()));
        }
        steps.updateStatement(keptId, content);
    }

    private boolean bearsOn(Statement statement, MapNode target) {
        return map.inferencesFrom(statement).stream().anyMatch(i -> i.target() == target);
    }

    /** The kept words, every author, and a note per merged statement with its author, address and words. */
    static StatementContent mergedContent(Statement kept, List<Statement> merged) {
        StatementContent content = kept.content();
        Set<String> authors = new LinkedHashSet<>();
        addAuthors(authors, content.author());
        StringBuilder notes = new StringBuilder(content.notes());
        Set<String> sourceIds = new LinkedHashSet<>();
        addIds(sourceIds, content.data().get(MERGED_SOURCE_IDS));
        for (Statement statement : merged) {
            StatementContent other = statement.content();
            addAuthors(authors, other.author());
            if (!notes.isEmpty()) {
                notes.append("\n\n");
            }
            notes.append("Merged: ").append(other.author().isBlank() ? "(no author)" : other.author());
            if (!other.url().isBlank()) {
                notes.append(", ").append(other.url());
            }
            notes.append(": ").append(other.text());
            String sourceId = CommentData.sourceId(other);
            if (!sourceId.isEmpty()) {
                sourceIds.add(sourceId);
            }
            addIds(sourceIds, other.data().get(MERGED_SOURCE_IDS));
        }
        Map<String, String> data = new LinkedHashMap<>(content.data());
        if (!sourceIds.isEmpty()) {
            data.put(MERGED_SOURCE_IDS, String.join(",", sourceIds));
        }
        return content.withAuthor(String.join(", ", authors)).withNotes(notes.toString()).withData(data);
    }

    private static void addAuthors(Set<String> authors, String author) {
        for (String name : author.split(",")) {
            if (!name.isBlank()) {
                authors.add(name.strip());
            }
        }
    }

    private static void addIds(Set<String> ids, String list) {
        if (list != null) {
            for (String id : list.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
    }

    /** The statement kept. */
    public String keptId() {
        return keptId;
    }

    @Override
    public String description() {
        return "Merge " + (mergedIds.size() + 1) + " Statements";
    }
}
