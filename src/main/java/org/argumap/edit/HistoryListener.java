package org.argumap.edit;

/** Hears that a history changed: a command was executed, undone or redone, or the map was saved. */
@FunctionalInterface
public interface HistoryListener {
    void historyChanged(CommandHistory history);
}
