package org.argumap.ui.canvas;

/**
 * What a presentation lets the canvas show: statements not revealed yet are hidden (with the links
 * that come only from them or lead only to them), and statements revealed at earlier steps recede,
 * drawn faint, so the ones the presenter talks about stand out. Asked per box as it is drawn, so
 * it must answer from a lookup, not a search.
 */
public interface Spotlight {
    /** Everything shown as usual: the editor's canvas. */
    Spotlight NONE = new Spotlight() {
        @Override
        public boolean isHidden(String statementId) {
            return false;
        }

        @Override
        public boolean isReceded(String statementId) {
            return false;
        }
    };

    /** Whether the statement is left out of the drawing altogether. */
    boolean isHidden(String statementId);

    /** Whether the statement is drawn faint, behind the ones in focus. */
    boolean isReceded(String statementId);
}
