package org.argumap.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.argumap.io.MapReader;

/**
 * "What does this file hold?", asked when its name fits several readers (a plain {@code .json} can
 * be a map, AIF, or a Reddit or Lemmy thread) and no filter said which. The format its content was
 * recognised as, or else the one last chosen, is offered first.
 */
public final class FormatQuestion {
    public static final String TITLE = "Import As";

    private FormatQuestion() {
    }

    /** Asks, {@code preselected} chosen to begin with (the first candidate when it is not one of them). */
    public static Optional<MapReader> ask(Window owner, Path file, List<MapReader> candidates, MapReader preselected) {
        List<String> labels = candidates.stream().map(MapReader::label).toList();
        int first = Math.max(0, candidates.indexOf(preselected));
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(first), labels);
        dialog.initOwner(owner);
        dialog.setTitle(TITLE);
        dialog.setHeaderText(header(file));
        dialog.setContentText("Format:");
        return dialog.showAndWait().map(label -> candidates.get(labels.indexOf(label)));
    }

    /** The question, also used by tests to recognise the dialog. */
    public static String header(Path file) {
        return "Which format is “" + file.getFileName() + "” in?";
    }
}
