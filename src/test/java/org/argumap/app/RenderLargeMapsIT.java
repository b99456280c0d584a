package org.argumap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code render} on maps of 1,000 and 100,000 statements, run as a user runs the jar, in a Java
 * heap of 1 GB: every format is written, reads back, and a map too large for every word says so.
 */
class RenderLargeMapsIT {
    private static final Path JAR = Path.of("target", "argumap.jar");

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeMaps() throws IOException {
        for (int size : new int[] {1_000, 100_000}) {
            ArgumentMap map = DebateMaps.debate(size, 42);
            new ArgumapJsonFormat().write(map, dir.resolve("debate-" + size + ".argumap.json"));
        }
    }

    @ParameterizedTest(name = "{0} statements")
    @ValueSource(ints = {1_000, 100_000})
    void everyFormatIsWrittenInAGigabyteOfHeap(int size) throws Exception {
        Path map = dir.resolve("debate-" + size + ".argumap.json");
        for (String ending : new String[] {".png", ".svg", ".pdf"}) {
            Path out = dir.resolve("debate-" + size + ending);
            Result result = run("-Xmx1g", "render", map.toString(), out.toString());
            assertEquals(0, result.status(), ending + ": " + result.err());
            assertTrue(Files.size(out) > 1000, out + " has content");
            if (size > 20_000 && !ending.equals(".png")) {
                assertTrue(result.err().contains("drawn as an overview"), result.err());
            }
        }
        BufferedImage png = ImageIO.read(dir.resolve("debate-" + size + ".png").toFile());
        assertTrue(png.getWidth() > 0 && png.getHeight() > 0);
        String svg = Files.readString(dir.resolve("debate-" + size + ".svg"));
        assertTrue(svg.startsWith("<?xml") && svg.strip().endsWith("</svg>"), "a whole SVG document");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("debate-" + size + ".pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    private static Result run(String jvmOption, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", jvmOption, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("argumap.jar did not finish within five minutes: " + command);
        }
        return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int status, String err) {
    }
}
