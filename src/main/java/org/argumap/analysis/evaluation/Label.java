package org.argumap.analysis.evaluation;

/** Whether a statement or an inference stands, as a labelling of the map says (Caminada 2006). */
public enum Label {
    /** It stands: nothing standing defeats it, and what it needs stands. */
    IN("stands"),
    /** It falls: something standing defeats it, or what it needs has fallen. */
    OUT("falls"),
    /** The map cannot decide, as in a cycle of attacks nothing breaks. */
    UNDECIDED("undecided");

    private final String word;

    Label(String word) {
        this.word = word;
    }

    /** The word a user reads: "stands", "falls", "undecided". */
    public String word() {
        return word;
    }
}
