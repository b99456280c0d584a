package org.argumap.io.argdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Argdown test documents and the oracles Argdown 1.7.5 made of them: the shared documents
 * (the primer's oracle comes with it), our syntax cases, and a selection of writer exports of
 * random maps. How the oracles were made is in src/test/resources/argdown/README.md.
 */
final class ArgdownFiles {
    static final Path SHARED = Path.of(System.getProperty("argumap.testdata", "../shared/testdata")).resolve("argdown");
    private static final String PRIMER = "argdown_argdown-primer";

    private ArgdownFiles() {
    }

    /** A document with a name and the folder of test resources its oracle is in. */
    record Document(String name, Path path, String oracleFolder) {
        @Override
        public String toString() {
            return name;
        }

        InputStream oracle() throws IOException {
            if (name.equals(PRIMER)) {
                return Files.newInputStream(SHARED.resolve("arguebase-public_argdown-examples_argdown-primer.json"));
            }
            return resource(oracleFolder + "/" + name + ".json");
        }

        byte[] bytes() throws IOException {
            return Files.readAllBytes(path);
        }
    }

    /** Every .argdown file under the shared test data. */
    static List<Path> shared() {
        return list(SHARED);
    }

    static List<Document> sharedDocuments() {
        return shared().stream().map(p -> new Document(name(p), p, "oracles")).toList();
    }

    static List<Document> cases() {
        return list(resourceFolder("cases")).stream().map(p -> new Document(name(p), p, "cases")).toList();
    }

    static List<Document> generated() {
        return list(resourceFolder("generated")).stream().map(p -> new Document(name(p), p, "generated")).toList();
    }

    /** Documents whose round trip was checked with Argdown: the shared ones and our cases. */
    static List<Document> roundTripped() {
        List<Document> all = new ArrayList<>(sharedDocuments());
        all.addAll(cases());
        return all;
    }

    static InputStream resource(String path) throws IOException {
        InputStream in = ArgdownFiles.class.getResourceAsStream("/argdown/" + path);
        if (in == null) {
            throw new IOException("missing test resource argdown/" + path);
        }
        return in;
    }

    static Path resourceFolder(String folder) {
        try {
            var url = ArgdownFiles.class.getResource("/argdown/" + folder);
            if (url == null) {
                throw new IllegalStateException("missing test resource folder argdown/" + folder);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path document) {
        String file = document.getFileName().toString();
        return file.substring(0, file.length() - ".argdown".length());
    }
}
