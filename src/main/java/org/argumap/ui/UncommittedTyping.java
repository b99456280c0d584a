package org.argumap.ui;

import org.argumap.model.ArgumentMap;

/**
 * Words typed into the in-place editor or an inspector field and not yet made into an edit (no
 * Enter yet, the field not left). Autosave writes them onto its copy of the map, so that a crash in
 * the middle of a sentence keeps the sentence, without committing it: committing would close the
 * editor under the user's fingers and make undo steps of half-typed words.
 */
public interface UncommittedTyping {
    /** None: for a window without editors. */
    UncommittedTyping NONE = new UncommittedTyping() {
        @Override
        public boolean any() {
            return false;
        }

        @Override
        public void writeOnto(ArgumentMap copy) {
        }
    };

    /** Whether something typed differs from the map. */
    boolean any();

    /**
     * Applies what is typed to a copy of the open map, as the edits it would become, leaving the
     * map, its history and the editors as they are. Typing the edit would refuse (a date not yet
     * complete) is left out.
     */
    void writeOnto(ArgumentMap copy);
}
