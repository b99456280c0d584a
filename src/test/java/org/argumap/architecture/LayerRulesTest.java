package org.argumap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of src/site/markdown/architecture.md, enforced: arrows point only downwards, and the
 * lower layers never reach for the toolkit, so they stay testable and reusable without a screen.
 */
@AnalyzeClasses(packages = "org.argumap", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.argumap.app..")
            .layer("Cli").definedBy("org.argumap.cli..")
            .layer("Ui").definedBy("org.argumap.ui..")
            .layer("Recovery").definedBy("org.argumap.recovery..")
            .layer("Fetch").definedBy("org.argumap.fetch..")
            .layer("Render").definedBy("org.argumap.render..")
            .layer("Present").definedBy("org.argumap.present..")
            .layer("Edit").definedBy("org.argumap.edit..")
            .layer("Layout").definedBy("org.argumap.layout..")
            .layer("Analysis").definedBy("org.argumap.analysis..")
            .layer("Io").definedBy("org.argumap.io..")
            .layer("Text").definedBy("org.argumap.text..")
            .layer("Model").definedBy("org.argumap.model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            // Autosave's files are written by the window, and could be listed by the command line.
            .whereLayer("Recovery").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            // Import from a link: the editor's dialog and the command line's https:// inputs.
            .whereLayer("Fetch").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            // The presentation steps serve the presentation window, and the handout and slides.
            .whereLayer("Present").mayOnlyBeAccessedByLayers("Ui", "App", "Cli", "Render")
            .whereLayer("Edit").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Ui", "App", "Cli", "Render")
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Ui", "App", "Cli", "Edit", "Present", "Render")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Ui", "App", "Cli", "Render", "Recovery", "Fetch")
            // How a statement's words are shown (Markdown as text): marked by io's readers, drawn by
            // render, listed by the outline; it knows only the model.
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Io", "Analysis", "Layout", "Edit", "Present", "Render", "Ui",
                    "Cli", "App", "Recovery", "Fetch")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Io", "Analysis", "Layout", "Edit", "Present", "Render", "Ui",
                    "Cli", "App", "Recovery", "Text", "Fetch");

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("org.argumap.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml..", "org.controlsfx..",
                    "org.argumap.io..", "org.argumap.analysis..", "org.argumap.layout..", "org.argumap.edit..",
                    "org.argumap.present..", "org.argumap.render..", "org.argumap.ui..", "org.argumap.cli..", "org.argumap.app..",
                    "org.argumap.text..")
            .because("the model is the base every feature stands on: no toolkit, no file format, nothing of ours above it");

    @ArchTest
    static final ArchRule lowerLayersNeverTouchTheToolkit = noClasses()
            .that().resideInAnyPackage("org.argumap.model..", "org.argumap.io..", "org.argumap.analysis..",
                    "org.argumap.layout..", "org.argumap.edit..", "org.argumap.present..", "org.argumap.recovery..",
                    "org.argumap.text..", "org.argumap.fetch..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..", "atlantafx..")
            .because("reading, analysing, laying out, editing, the steps of a presentation and the recovery files must"
                    + " work without a screen (command line, handouts, tests)");

    @ArchTest
    static final ArchRule onlyIoSpeaksJson = noClasses()
            .that().resideInAnyPackage("org.argumap.model..", "org.argumap.analysis..", "org.argumap.layout..",
                    "org.argumap.edit..", "org.argumap.present..", "org.argumap.recovery..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
            .because("file formats live in io, as DTOs; the model is never annotated for Jackson");

    @ArchTest
    static final ArchRule renderingNeedsNoToolkit = noClasses().that().resideInAPackage("org.argumap.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli.javafx..",
                    "atlantafx..")
            .because("the command line renders maps without a screen; the canvas draws the same code through FxSurface");
}
