package org.argumap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.links.LinkGate;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.evaluation.EvaluationPreference;
import org.argumap.ui.evaluation.EvaluationView;
import org.argumap.ui.exchange.FileDropTarget;
import org.argumap.ui.exchange.ImportFormatPreference;
import org.argumap.ui.exchange.MapExporter;
import org.argumap.ui.picture.HandoutExporter;
import org.argumap.ui.picture.PictureExporter;
import org.argumap.ui.print.MapPrinter;
import org.argumap.fetch.ThreadFetcher;
import org.argumap.ui.exchange.LinkImporter;
import org.argumap.ui.exchange.MapImporter;
import org.argumap.ui.exchange.ReaderChoice;
import org.argumap.ui.exchange.ReplyCountLabel;
import org.argumap.ui.exchange.ThreadUpdater;
import org.argumap.ui.moderation.CommentSection;
import org.argumap.ui.moderation.ShownRepliesLabel;
import org.argumap.ui.exchange.WarningsLink;
import org.argumap.ui.filewatch.LookOnFocus;
import org.argumap.ui.inspector.InspectorPanel;
import org.argumap.ui.outline.OutlinePanel;
import org.argumap.ui.present.PresentationMode;
import org.argumap.ui.problems.ProblemsPanel;
import org.argumap.ui.statistics.StatisticsPanel;
import org.argumap.ui.present.PresentationStepsWindow;
import org.argumap.ui.theme.ThemeController;
import org.argumap.ui.theme.ThemeMenu;
import org.argumap.ui.theme.ThemePreference;
import org.controlsfx.control.action.ActionUtils;

/**
 * The main window: menu bar, toolbar with the search bar, the map canvas between the outline and
 * the inspector, the problems and statistics under them, a status bar. Built in code. The title follows the open map's name and unsaved
 * state; closing the window with unsaved changes (typing not yet applied included) asks first.
 * It wears the theme last chosen in View › Theme from the moment it is made.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    private static final String STYLESHEET =
            Objects.requireNonNull(MainWindow.class.getResource("main-window.css")).toExternalForm();

    private final Stage stage;
    private final DocumentController documents;
    private final MapCanvas canvas = new MapCanvas();
    private final EditorActions actions;
    private final MapImporter importer;
    private final LinkImporter links;
    private final FileDropTarget dropTarget;
    private final InspectorPanel inspector;
    private final SidePanelSlot inspectorSlot;
    private final SidePanelSlot outlineSlot;
    private final OutlinePanel outline;
    private final ProblemsPanel problems;
    private final StatisticsPanel statistics;
    private final BottomDock dock;
    private final ThemeController themes;
    private final EvaluationView evaluation;

    /**
     * @param browser opens a web address (a source's URL) in the user's browser
     * @param theme   where the window's theme is remembered; tests pass one of their own
     */
    public MainWindow(Stage stage, FileDialogs fileDialogs, Prompts prompts, Consumer<String> browser,
            ThemePreference theme) {
        this.stage = Objects.requireNonNull(stage);
        // First, so that nothing is ever styled in another theme than the one remembered.
        this.themes = new ThemeController(theme);
        this.documents = new DocumentController(fileDialogs, prompts, () -> stage);
        documents.setBackups(new BackupPreference(theme.node())::load);
        this.importer = new MapImporter(documents, fileDialogs, prompts, () -> stage,
                new ImportFormatPreference(theme.node()));
        this.links = new LinkImporter(documents, importer, prompts, () -> stage, ThreadFetcher.forInternet());
        MapExporter exporter = new MapExporter(documents, fileDialogs, prompts, () -> stage);
        PictureExporter pictures = new PictureExporter(documents, canvas, fileDialogs, prompts, () -> stage);
        MapPrinter printer = new MapPrinter(documents, canvas, prompts, () -> stage, pictures);
        HandoutExporter handouts = new HandoutExporter(documents, canvas, fileDialogs, prompts, () -> stage);
        this.actions = new EditorActions(documents, importer, links, exporter, pictures, handouts, printer, canvas,
                prompts, () -> stage, this::quit, new ThreadUpdater(documents, fileDialogs, prompts, () -> stage));
        this.dropTarget = new FileDropTarget(canvas, documents::open, file -> importer.importFile(file, Optional.empty()),
                reason -> prompts.showError(stage, "Argumap cannot take this drop", reason));

        MenuBar menuBar = ActionUtils.createMenuBar(actions.menus());
        menuBar.setUseSystemMenuBar(true);
        actions.help.listMenusOf(menuBar);
        // A choice of one among several reads best as radio items, which actions cannot make.
        viewMenu(menuBar).getItems().addAll(new SeparatorMenuItem(), new ThemeMenu(themes));
        menuBar.getMenus().forEach(menu -> menu.addEventHandler(Menu.ON_SHOWING, e -> actions.view.clipboard.refresh()));
        actions.view.clipboard.onThreadLink(links::importLink);
        ToolBar toolBar = ActionUtils.createToolBar(actions.toolbar(), ActionUtils.ActionTextBehavior.HIDE);
        toolBar.setFocusTraversable(false);
        toolBar.getStyleClass().add("main-toolbar");
        // The centre splits into the map and side panels: the outline at the left, the inspector at the right.
        SplitPane centre = new SplitPane(dropTarget.pane());
        // The split is only a frame for the panels: no border or padding round the map.
        centre.setStyle("-fx-padding: 0; -fx-background-color: transparent; -fx-background-insets: 0;");
        this.outline = new OutlinePanel(canvas);
        outlineSlot = new SidePanelSlot(centre, outline, Side.LEFT, OutlinePanel.PREFERRED_WIDTH, false,
                outline::focusTree, canvas::requestFocus);
        actions.view.outline.selectedProperty().bindBidirectional(outlineSlot.shownProperty());
        inspector = new InspectorPanel(documents.documentProperty(), LinkGate.guard(browser), canvas::requestFocus);
        documents.setPendingEdits(() -> {
            canvas.commitEditing();
            inspector.commitPending();
        });
        documents.setUncommittedTyping(new UncommittedTyping() {
            @Override
            public boolean any() {
                return canvas.hasUncommittedTyping() || inspector.hasUncommittedTyping();
            }

            @Override
            public void writeOnto(ArgumentMap copy) {
                canvas.writeTypingOnto(copy);
                inspector.writeTypingOnto(copy);
            }
        });
        inspectorSlot = new SidePanelSlot(centre, inspector, Side.RIGHT, InspectorPanel.PREFERRED_WIDTH,
                Screen.getPrimary().getVisualBounds().getWidth() >= 1000, inspector::focusFirstField,
                canvas::requestFocus);
        actions.view.inspector.selectedProperty().bindBidirectional(inspectorSlot.shownProperty());
        actions.classify.keys().passKeysFrom(inspector::isFieldWithoutTyping);
        inspector.addSection(new CommentSection(documents.documentProperty(), actions.moderation::toggleBot));
        // Under the map and its side panels, as in an IDE: the problems and the statistics.
        SplitPane body = new SplitPane(centre);
        body.setOrientation(Orientation.VERTICAL);
        body.setStyle(centre.getStyle());
        dock = new BottomDock(body, Math.max(ProblemsPanel.PREFERRED_HEIGHT, StatisticsPanel.PREFERRED_HEIGHT),
                canvas::requestFocus);
        problems = new ProblemsPanel(canvas);
        dock.add(new Tab("Problems", problems), actions.view.problems.selectedProperty(), problems.activeProperty(),
                problems::focusList);
        statistics = new StatisticsPanel(canvas);
        dock.add(new Tab("Statistics", statistics), actions.view.statistics.selectedProperty(),
                statistics.activeProperty(), statistics::focusFirst);
        BorderPane root = new BorderPane(body);
        // The search bar keeps its size at the right end; the toolbar gives way when the window narrows.
        HBox toolRow = new HBox(toolBar, actions.search);
        HBox.setHgrow(toolBar, Priority.ALWAYS);
        // Both bars as tall as the taller (the search field), so that their lower edges line up.
        toolBar.setMaxHeight(Double.MAX_VALUE);
        actions.search.setMaxHeight(Double.MAX_VALUE);
        root.setTop(new VBox(menuBar, toolRow));
        StatusLine status = new StatusLine(documents, canvas);
        status.getLeftItems().addAll(new OpeningProgress(documents),
                new WarningsLink(importer.warningsProperty(), () -> stage));
        ReplyCountLabel replies = new ReplyCountLabel(documents.documentProperty().map(MapDocument::map));
        Separator afterReplies = new Separator(Orientation.VERTICAL);
        afterReplies.visibleProperty().bind(replies.visibleProperty());
        afterReplies.managedProperty().bind(replies.visibleProperty());
        status.getRightItems().addAll(0, List.of(replies, afterReplies));
        ShownRepliesLabel shown = new ShownRepliesLabel(actions.moderation.filter,
                documents.documentProperty().map(MapDocument::map));
        Separator afterShown = new Separator(Orientation.VERTICAL);
        afterShown.visibleProperty().bind(shown.visibleProperty());
        afterShown.managedProperty().bind(shown.visibleProperty());
        status.getRightItems().addAll(0, List.of(shown, afterShown));
        root.setBottom(status);
        ContextMenu boxMenu = actions.boxMenu();
        canvas.setContextMenus(boxMenu, actions.backgroundMenu());
        this.evaluation = new EvaluationView(documents.documentProperty(), canvas, outline, inspector, inspectorSlot,
                menuBar, boxMenu, new EvaluationPreference(theme.node()));
        // One evaluation for the window: the marks, the problems and the statistics always agree.
        problems.evaluationProperty().bind(evaluation.live().evaluationProperty());
        // A large map read in the background is laid out there before it is shown; it is evaluated
        // once shown, on the evaluation's worker, so the map need not wait for its marks.
        documents.setPreparation(canvas::prepareFirstView);
        statistics.evaluationProperty().bind(evaluation.live().evaluationProperty());
        themes.paint(canvas::setPalette);
        themes.paint(outline::setPalette);
        themes.paint(presentation()::setPalette);

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(STYLESHEET);
        // Second shortcuts that menus cannot show: Ctrl+Y is Redo on Windows and in many editors.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), documents::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                canvas.navigation()::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                canvas.navigation()::zoomOut);
        scene.getAccelerators().put(ViewActions.FOCUS_OUTLINE, this::showOutline);
        stage.setScene(scene);
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.setOnCloseRequest(event -> {
            if (!documents.confirmDiscard()) {
                event.consume();
            }
        });

        LookOnFocus.install(stage.focusedProperty(), documents::checkForExternalChange, Platform::runLater);
        documents.documentProperty().addListener((o, old, now) -> showDocument(now));
        showDocument(documents.document());
    }

    public Stage stage() {
        return stage;
    }

    public DocumentController documents() {
        return documents;
    }

    public MapCanvas canvas() {
        return canvas;
    }

    /** The properties of the selected box, beside the map. */
    public InspectorPanel inspector() {
        return inspector;
    }

    /** Whether the inspector is in the window (View › Inspector). */
    public SidePanelSlot inspectorSlot() {
        return inspectorSlot;
    }

    /** The map as a tree, at the left while View › Outline is on. */
    public OutlinePanel outline() {
        return outline;
    }

    /** Argument › Problems: the feedback on the map, in the panel under it. */
    public ProblemsPanel problems() {
        return problems;
    }

    /** Argument › Statistics, in the panel under the map. */
    public StatisticsPanel statistics() {
        return statistics;
    }

    /** Whether the panel under the map (problems, statistics) is in the window. */
    public SidePanelSlot bottomSlot() {
        return dock.slot();
    }

    /** View › Theme: the theme the window wears and the map is drawn in, which exports follow. */
    public ThemeController themes() {
        return themes;
    }

    /** Which claims stand: Evaluate › Show Evaluation, the Evaluate menu, the inspector's evaluation strip. */
    public EvaluationView evaluation() {
        return evaluation;
    }

    /** Ctrl+Shift+O: shows the outline and moves the keyboard focus into it. */
    public void showOutline() {
        actions.view.outline.setSelected(true);
        outline.focusTree();
    }

    /** View › Present: the map full screen, step by step. */
    public PresentationMode presentation() {
        return actions.view.present.mode();
    }

    /** View › Presentation Steps…: the order and the notes, made on first use. */
    public PresentationStepsWindow presentationSteps() {
        return actions.view.present.stepsWindow();
    }

    /** File › Import…, also for files dropped on the window. */
    public MapImporter importer() {
        return importer;
    }

    /** File › Import from Link… and pasted links. */
    public LinkImporter linkImporter() {
        return links;
    }

    /** Where files are dropped: the map view. */
    public FileDropTarget dropTarget() {
        return dropTarget;
    }

    public void show() {
        stage.show();
        canvas.requestFocus();
    }

    /**
     * Opens the map a user named at start-up; if it cannot be read, the error is shown over an empty
     * map. A file named as another format ({@code .argdown}, {@code .reddit.json}) is imported.
     */
    public void open(Path fileOrNull) {
        if (fileOrNull == null) {
            documents.openBundled(BundledMaps.DEMO);
        } else if (ReaderChoice.namesImportFormat(fileOrNull)) {
            importer.importFile(fileOrNull, Optional.empty());
        } else {
            documents.openFile(fileOrNull);
        }
    }

    /** File › Quit: closes the window once unsaved changes are dealt with; the application ends with it. */
    public void quit() {
        if (documents.confirmDiscard()) {
            stage.close();
        }
    }

    private static Menu viewMenu(MenuBar menuBar) {
        return menuBar.getMenus().stream().filter(menu -> EditorActions.VIEW_MENU.equals(menu.getText()))
                .findFirst().orElseThrow();
    }

    private void showDocument(MapDocument document) {
        canvas.show(document.map(), document.history(), document.selection());
        outline.show(document.map(), document.history(), document.selection());
        problems.show(document.map());
        statistics.show(document.map());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(document.windowTitle());
    }
}
