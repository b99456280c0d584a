package org.argumap.ui.statistics;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.argumap.analysis.Excerpt;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.statistics.ArgumentStatistics;
import org.argumap.analysis.statistics.Balance;
import org.argumap.analysis.statistics.Count;
import org.argumap.analysis.statistics.Standing;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.ui.analysis.LiveAnalysis;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.search.MatchReveal;

/**
 * Argument › Statistics: the map's counts, roles, depth and standing, its most attacked statements
 * (click one to select it), statements per author and the balance under each claim, side by side
 * so that they fit a panel at the bottom of the window. Kept up to date like the problems panel.
 */
public final class StatisticsPanel extends ScrollPane {
    public static final double PREFERRED_HEIGHT = 240;

    private final MatchReveal reveal;
    private final GridPane overview = Sections.grid();
    private final GridPane roles = Sections.grid();
    private final VBox mostAttacked = new VBox(2);
    private final TableView<Count> authors = CountTables.authors();
    private final TableView<Balance> balance;
    private final LiveAnalysis<ArgumentStatistics> live = new LiveAnalysis<>(ArgumentStatistics::of, this::showStatistics);
    private ArgumentMap map;
    private ArgumentStatistics shown;

    public StatisticsPanel(MapCanvas canvas) {
        this.reveal = new MatchReveal(Objects.requireNonNull(canvas));
        setId("statistics");
        setAccessibleText("Statistics");
        overview.setId("statistics-overview");
        roles.setId("statistics-roles");
        mostAttacked.setId("statistics-most-attacked");
        balance = CountTables.balance(this::quote, this::select);
        HBox sections = new HBox(24, Sections.titled("Map", overview), Sections.titled("Roles", roles),
                Sections.titled("Most attacked", mostAttacked), Sections.titled("Authors", authors),
                Sections.titled("Reasons and objections under each claim", balance));
        authors.setPrefWidth(300);
        balance.setPrefWidth(520);
        sections.setPadding(new Insets(8, 12, 8, 12));
        setContent(sections);
        setPrefHeight(PREFERRED_HEIGHT);
        setMinHeight(80);
    }

    public void show(ArgumentMap newMap) {
        map = Objects.requireNonNull(newMap);
        live.show(newMap);
    }

    /** Which claims stand: the window binds it to its live evaluation; while null, each refresh evaluates the map itself. */
    public ObjectProperty<Evaluation> evaluationProperty() {
        return live.evaluationProperty();
    }

    /** Whether the panel is in the window; it does no work while it is not. */
    public BooleanProperty activeProperty() {
        return live.activeProperty();
    }

    /** The statistics shown now; null before the first refresh. */
    public ArgumentStatistics statistics() {
        return shown;
    }

    public void focusFirst() {
        balance.requestFocus();
    }

    private void showStatistics(ArgumentStatistics statistics) {
        shown = statistics;
        showOverview(statistics);
        roles.getChildren().clear();
        int row = 0;
        for (Role role : Role.values()) {
            Sections.row(roles, row++, RoleWords.plural(role), String.valueOf(statistics.roles().get(role)));
        }
        mostAttacked.getChildren().clear();
        for (Count count : statistics.mostAttacked()) {
            Hyperlink link = new Hyperlink(quote(count.name()) + " — " + count.count()
                    + (count.count() == 1 ? " attack" : " attacks"));
            link.setOnAction(e -> select(count.name()));
            mostAttacked.getChildren().add(link);
        }
        if (statistics.mostAttacked().isEmpty()) {
            mostAttacked.getChildren().add(new Label("Nothing is attacked yet."));
        }
        authors.getItems().setAll(statistics.authors());
        balance.getItems().setAll(statistics.balance());
    }

    private void showOverview(ArgumentStatistics statistics) {
        MapStatistics counts = statistics.counts();
        Standing standing = statistics.standing();
        overview.getChildren().clear();
        int row = 0;
        Sections.row(overview, row++, "statements", String.valueOf(counts.statements()));
        Sections.row(overview, row++, "  claims", String.valueOf(counts.claims()));
        Sections.row(overview, row++, "  evidence", String.valueOf(counts.evidence()));
        Sections.row(overview, row++, "inferences", String.valueOf(counts.inferences()));
        Sections.row(overview, row++, "depth", String.valueOf(statistics.depth()));
        Sections.row(overview, row++, "stand", share(standing.in(), standing));
        Sections.row(overview, row++, "fall", share(standing.out(), standing));
        Sections.row(overview, row++, "undecided", share(standing.undecided(), standing));
        if (statistics.unattributed() > 0) {
            Sections.row(overview, row, "without author", String.valueOf(statistics.unattributed()));
        }
    }

    /** "12 (57 %)": the count first, since a share of a small map says little on its own. */
    private static String share(int n, Standing standing) {
        long percent = standing.total() == 0 ? 0 : Math.round(100.0 * n / standing.total());
        return n + " (" + percent + " %)";
    }

    private String quote(String id) {
        Statement statement = map == null ? null : map.statement(id);
        return statement == null ? id : Excerpt.of(statement);
    }

    private void select(String id) {
        if (map != null && map.statement(id) != null) {
            reveal.show(List.of(id));
        }
    }
}
