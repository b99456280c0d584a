package org.argumap.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types text as key events into whatever has the focus, as {@code FxRobot.write} does (a press, the
 * typed character, a release, per character, sent to the focus owner), but all in one go rather
 * than waiting for the FX thread after every character: a long statement would take seconds.
 */
final class TypedText {
    private TypedText() {
    }

    static void type(Stage stage, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = stage.getScene();
            text.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                Node target = scene.getFocusOwner();
                Event.fireEvent(target, key(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, KeyCode.UNDEFINED));
                Event.fireEvent(target, key(KeyEvent.KEY_TYPED, character, KeyCode.UNDEFINED));
                Event.fireEvent(target, key(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, KeyCode.UNDEFINED));
            });
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, String character, KeyCode code) {
        return new KeyEvent(type, character, "", code, false, false, false, false);
    }
}
