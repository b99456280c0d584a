package org.argumap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The window's theme as remembered between runs, in preferences held in memory. */
class ThemePreferenceTest {
    private final Preferences node = new MemoryPreferences().node("org/argumap");
    private final ThemePreference preference = new ThemePreference(node);

    @Test
    void nothingRememberedYetIsLight() {
        assertEquals(WindowTheme.LIGHT, preference.load());
        assertNull(node.get(ThemePreference.KEY, null), "reading writes nothing");
    }

    @ParameterizedTest
    @EnumSource(WindowTheme.class)
    void aThemeSavedIsTheThemeLoaded(WindowTheme theme) {
        preference.save(theme);

        assertEquals(theme, preference.load());
        assertEquals(theme, new ThemePreference(node).load(), "a new run reads the same node");
    }

    @Test
    void theThemeIsStoredByTheNameTheRenderCommandTakes() {
        preference.save(WindowTheme.HIGH_CONTRAST);

        assertEquals("high-contrast", node.get("theme", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"print", "sepia", ""})
    void aValueThatIsNoWindowThemeReadsAsLight(String stored) {
        node.put(ThemePreference.KEY, stored);

        assertEquals(WindowTheme.LIGHT, preference.load(), "stored: '" + stored + "'");
    }

    @Test
    void aNameEditedByHandIsReadAsTheCommandLineReadsIt() {
        node.put(ThemePreference.KEY, " Dark ");
        assertEquals(WindowTheme.DARK, preference.load());
        node.put(ThemePreference.KEY, "HIGH_CONTRAST");
        assertEquals(WindowTheme.HIGH_CONTRAST, preference.load());
    }

    @Test
    void aNodeRemovedUnderItReadsAsLightAndSavingDoesNotFail() throws BackingStoreException {
        node.removeNode();

        assertEquals(WindowTheme.LIGHT, preference.load());
        preference.save(WindowTheme.DARK);
    }
}
