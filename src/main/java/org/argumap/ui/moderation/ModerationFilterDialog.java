package org.argumap.ui.moderation;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.argumap.analysis.moderation.ModerationFilter;
import org.argumap.ui.dialog.TypedNumber;

/**
 * Moderation › Filter Replies…: which replies to hide from view. As in the import options, each
 * limit has a check box, so "no limit" is a state of its own. Hiding is not deleting: the map
 * keeps every reply, and Show All Replies brings them back.
 */
public final class ModerationFilterDialog extends Dialog<ModerationFilter> {
    public static final ButtonType HIDE = new ButtonType("Hide", ButtonData.OK_DONE);
    private static final int DEFAULT_MINIMUM_SCORE = 1;
    private static final int DEFAULT_MAXIMUM_DEPTH = 3;

    private final CheckBox scoreLimited = new CheckBox("Hide replies scoring _below");
    private final Spinner<Integer> minimumScore = new Spinner<>(
            new IntegerSpinnerValueFactory(-1_000_000, 1_000_000, DEFAULT_MINIMUM_SCORE));
    private final CheckBox depthLimited = new CheckBox("Hide replies nested _deeper than");
    private final Spinner<Integer> maximumDepth = new Spinner<>(
            new IntegerSpinnerValueFactory(0, 10_000, DEFAULT_MAXIMUM_DEPTH));
    private final CheckBox hideGone = new CheckBox("Hide d_eleted and removed replies");
    private final CheckBox hideBots = new CheckBox("Hide replies of _bots");

    public ModerationFilterDialog(ModerationFilter current) {
        setTitle("Filter Replies");
        setHeaderText("Which replies to hide from view");
        scoreLimited.setId("filter-score-limited");
        minimumScore.setId("filter-minimum-score");
        depthLimited.setId("filter-depth-limited");
        maximumDepth.setId("filter-maximum-depth");
        hideGone.setId("filter-hide-gone");
        hideBots.setId("filter-hide-bots");
        show(current);
        for (Spinner<Integer> spinner : List.of(minimumScore, maximumDepth)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        minimumScore.disableProperty().bind(scoreLimited.selectedProperty().not());
        maximumDepth.disableProperty().bind(depthLimited.selectedProperty().not());

        Label note = new Label("A reply hides the replies under it. A deleted reply that live replies answer stays, "
                + "so they keep their place. Bots are AutoModerator and the like, and the authors marked with "
                + "Moderation › Treat Author as Bot. Nothing is deleted: Show All Replies brings every reply back.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.add(scoreLimited, 0, 0);
        grid.add(minimumScore, 1, 0);
        grid.add(depthLimited, 0, 1);
        grid.add(maximumDepth, 1, 1);
        grid.add(new Label("levels"), 2, 1);
        grid.add(hideGone, 0, 2, 3, 1);
        grid.add(hideBots, 0, 3, 3, 1);
        grid.add(note, 0, 4, 3, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(HIDE, ButtonType.CANCEL);
        setResultConverter(button -> button == HIDE ? chosen() : null);
    }

    private void show(ModerationFilter filter) {
        scoreLimited.setSelected(filter.minimumScore() != Long.MIN_VALUE);
        if (scoreLimited.isSelected()) {
            minimumScore.getValueFactory().setValue((int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, filter.minimumScore())));
        }
        depthLimited.setSelected(filter.maximumDepth() != Integer.MAX_VALUE);
        if (depthLimited.isSelected()) {
            maximumDepth.getValueFactory().setValue(filter.maximumDepth());
        }
        hideGone.setSelected(filter.hideGone());
        hideBots.setSelected(filter.hideBots());
    }

    private ModerationFilter chosen() {
        ModerationFilter filter = ModerationFilter.NONE.withHideGone(hideGone.isSelected())
                .withHideBots(hideBots.isSelected());
        if (scoreLimited.isSelected()) {
            filter = filter.withMinimumScore(TypedNumber.of(minimumScore));
        }
        if (depthLimited.isSelected()) {
            filter = filter.withMaximumDepth(TypedNumber.of(maximumDepth));
        }
        return filter;
    }
}
