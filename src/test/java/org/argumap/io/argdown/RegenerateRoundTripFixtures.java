package org.argumap.io.argdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes the exports of the shared documents and our cases into the round-trip
 * fixtures. Run it only when the writer changed on purpose, then let Argdown read them again
 * (src/test/resources/argdown/README.md):
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.argumap.io.argdown.RegenerateRoundTripFixtures
 * </pre>
 * It needs the shared documents (../shared/testdata, or -Dargumap.testdata=DIR).
 */
public final class RegenerateRoundTripFixtures {
    private RegenerateRoundTripFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("src/test/resources/argdown/round-trip");
        Files.createDirectories(folder);
        for (ArgdownFiles.Document document : ArgdownFiles.roundTripped()) {
            if (!Files.exists(document.path())) {
                throw new IOException("missing " + document.path() + ": the round trips are made of every shared document");
            }
            Files.writeString(folder.resolve(document.name() + ".argdown"), ArgdownRoundTripTest.export(document),
                    StandardCharsets.UTF_8);
        }
    }
}
