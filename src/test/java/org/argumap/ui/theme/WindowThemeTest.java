package org.argumap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.argumap.render.MapTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which window theme goes with which map palette, and that every theme's stylesheet is there. */
class WindowThemeTest {

    @Test
    void everyMapThemeButPrintIsAWindowTheme() {
        for (MapTheme mapTheme : MapTheme.values()) {
            Optional<WindowTheme> theme = WindowTheme.of(mapTheme);
            assertEquals(mapTheme != MapTheme.PRINT, theme.isPresent(), mapTheme.name());
            theme.ifPresent(t -> assertEquals(mapTheme, t.mapTheme()));
        }
        assertEquals(List.of("Light", "Dark", "High Contrast", "Projector"),
                Arrays.stream(WindowTheme.values()).map(WindowTheme::label).toList());
    }

    @ParameterizedTest
    @EnumSource(WindowTheme.class)
    void everyStylesheetCanBeRead(WindowTheme theme) throws IOException {
        assertTrue(read(theme.userAgentStylesheet()).contains(".root"), theme.name());
    }

    /**
     * Our variants import Primer Light by its path in the AtlantaFX jar; an AtlantaFX that moved it
     * would leave High Contrast and Projector unstyled, so the path is checked against AtlantaFX's own.
     */
    @ParameterizedTest
    @EnumSource(value = WindowTheme.class, names = {"HIGH_CONTRAST", "PROJECTOR"})
    void ourVariantsImportPrimerLightWhereAtlantaFxKeepsIt(WindowTheme theme) throws IOException {
        String css = read(theme.userAgentStylesheet());
        String primer = new PrimerLight().getUserAgentStylesheet();

        assertTrue(css.contains("@import \"" + primer + "\";"), css);
        assertNotNull(getClass().getResource(primer), primer);
        assertTrue(css.contains("@import \"strong-focus.css\";"), "both have strong focus rings");
    }

    /** A stylesheet as JavaFX is given it: a URL, or a path on the class path. */
    private String read(String stylesheet) throws IOException {
        URL url = stylesheet.contains(":") ? new URL(stylesheet) : getClass().getResource(stylesheet);
        assertNotNull(url, stylesheet);
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
