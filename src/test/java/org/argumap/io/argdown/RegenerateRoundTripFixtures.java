package org.argumap.io.argdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the exports of the shared documents into the round-trip fixtures; run it only when the
 * writer changed on purpose, then let Argdown read them again (src/test/resources/argdown/README.md).
 */
@EnabledIfSystemProperty(named = "argdown.regenerate", matches = "true")
class RegenerateRoundTripFixtures {

    @Test
    void writeExports() throws Exception {
        Path folder = Path.of("src/test/resources/argdown/round-trip");
        Files.createDirectories(folder);
        for (ArgdownFiles.Document document : ArgdownFiles.roundTripped()) {
            Files.writeString(folder.resolve(document.name() + ".argdown"), ArgdownRoundTripTest.export(document),
                    StandardCharsets.UTF_8);
        }
    }
}
