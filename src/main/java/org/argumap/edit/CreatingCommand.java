package org.argumap.edit;

/**
 * A command that makes a new box, so that the UI can select it and start editing it once the
 * history has executed the command. Redo makes the same id again.
 */
public interface CreatingCommand extends MapCommand {

    /**
     * The id of what the command made: a statement for the Add commands, an inference for the
     * Connect commands.
     *
     * @throws IllegalStateException before the command has been executed
     */
    String createdId();
}
