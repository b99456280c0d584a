package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import org.argumap.io.thread.LemmyThreadFormat;
import org.argumap.io.thread.RedditThreadFormat;
import org.argumap.ui.exchange.FormatQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * File › Import… on a plain {@code .json}: the question "Which format?" offers what the content
 * shows, and otherwise the format the user chose last time, remembered in the preferences.
 */
class ImportFormatQuestionTest extends MainWindowTestBase {

    @SuppressWarnings("unchecked")
    private static ComboBox<String> choice(FxRobot robot) {
        return robot.lookup(".combo-box").queryAs(ComboBox.class);
    }

    private DialogPane askAbout(FxRobot robot, Path file) {
        files.answerImportWith(file, null);
        choose(robot, "File", "Import…");
        DialogPane question = dialog(robot);
        assertEquals(FormatQuestion.header(file), question.getHeaderText());
        return question;
    }

    @Test
    void theRecognisedFormatIsOfferedFirstAndTheChoiceIsRemembered(FxRobot robot, @TempDir Path dir) throws Exception {
        Path reddit = Files.copy(ImportExportTest.forest(), dir.resolve("57dw9a.json"));
        askAbout(robot, reddit);
        ComboBox<String> format = choice(robot);
        assertEquals(RedditThreadFormat.LABEL, onFx(format::getValue), "a Reddit response saved as .json is offered as one");

        // The user knows better: this one is read as Lemmy (the thread options follow, and are cancelled).
        robot.interact(() -> format.setValue(LemmyThreadFormat.LABEL));
        robot.clickOn("OK");
        dialog(robot);
        robot.clickOn("Cancel");
        assertFalse(dialogShowing(robot));

        Path unknown = Files.writeString(dir.resolve("export.json"), "{\"items\": []}");
        askAbout(robot, unknown);
        assertEquals(LemmyThreadFormat.LABEL, onFx(choice(robot)::getValue),
                "content that names no format gets the last choice");
        robot.clickOn("Cancel");
        assertEquals(LemmyThreadFormat.NAME, themePreference.node().get("import.format", ""), "kept in the preferences");
        assertEquals(DEMO_NAME + " — Argumap", title(), "nothing was imported");
    }
}
