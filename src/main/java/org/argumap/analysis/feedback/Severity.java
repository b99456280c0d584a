package org.argumap.analysis.feedback;

/** How much a finding matters; problems come first wherever findings are listed. */
public enum Severity {
    /** Something a reader of the map would trip over, as {@code check} reports it. */
    PROBLEM("problem", "problems"),
    /** A next step for a map being built: nothing is wrong, but the argument is not finished. */
    SUGGESTION("suggestion", "suggestions");

    private final String one;
    private final String many;

    Severity(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "1 problem", "3 suggestions", "no problems". */
    public String count(int n) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + (n == 1 ? one : many);
    }

    /** The word for one finding of this severity: "problem", "suggestion". */
    public String word() {
        return one;
    }
}
