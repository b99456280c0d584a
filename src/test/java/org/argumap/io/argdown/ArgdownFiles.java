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
import org.argumap.ThirdPartyFiles;

/**
 * The Argdown test documents and the oracles Argdown 1.7.5 made of them: the shared documents
 * (real ones, kept outside the repository; the primer's oracle comes with it), our syntax cases,
 * and a selection of writer exports of random maps. How the oracles were made is in
 * src/test/resources/argdown/README.md.
 */
final class ArgdownFiles {
    static final Path SHARED = ThirdPartyFiles.folder().resolve("argdown");
    private static final String PRIMER = "argdown_argdown-primer";
    /**
     * The shared documents by name, as ../shared/testdata/SOURCES.md lists them: named here rather
     * than found in the folder, so that without the folder their tests are reported as skipped
     * instead of silently having nothing to run on.
     */
    static final List<String> SHARED_NAMES = List.of(PRIMER, "argdown_greenspan-schefczyk_hardwrap",
            "argdown_semmelweis_betz");

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
                return Files.newInputStream(ThirdPartyFiles.require(
                        SHARED.resolve("arguebase-public_argdown-examples_argdown-primer.json")));
            }
            return resource(oracleFolder + "/" + name + ".json");
        }

        /** The document's text; a shared document that is missing skips the test (see {@link ThirdPartyFiles}). */
        byte[] bytes() throws IOException {
            return Files.readAllBytes(path.startsWith(SHARED) ? ThirdPartyFiles.require(path) : path);
        }
    }

    /** The shared documents' files, whether they are there or not. */
    static List<Path> shared() {
        return SHARED_NAMES.stream().map(name -> SHARED.resolve(name + ".argdown")).toList();
    }

    /** The .argdown files actually in the shared folder; skips the test without the folder. */
    static List<Path> sharedFolder() {
        return list(ThirdPartyFiles.require(SHARED));
    }

    static List<Document> sharedDocuments() {
        return documents(shared());
    }

    /** Every document there is to read: the shared ones at hand, then our cases. */
    static List<Document> atHand() {
        List<Document> all = new ArrayList<>(documents(ThirdPartyFiles.existing(shared())));
        all.addAll(cases());
        return all;
    }

    private static List<Document> documents(List<Path> shared) {
        return shared.stream().map(p -> new Document(name(p), p, "oracles")).toList();
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
