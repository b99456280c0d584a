package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.fetch.Addresses;
import org.argumap.fetch.FetchSettings;
import org.argumap.fetch.ThreadFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} and {@code check} given the https:// address of a thread, served from the loopback address. */
class LinkInputTest {
    private static final String LINK = "https://news.ycombinator.com/item?id=8863";
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; InputStream item = LinkInputTest.class.getResourceAsStream("/fetch/hn-item.json")) {
                boolean known = exchange.getRequestURI().getPath().equals("/api/v1/items/8863");
                byte[] body = known ? item.readAllBytes() : "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(known ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        MapInput.links = () -> new ThreadFetcher(FetchSettings.DEFAULTS, Addresses.loopback(server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        MapInput.links = ThreadFetcher::forInternet;
    }

    @Test
    void convertWritesTheThreadFetchedFromTheLink() throws IOException {
        Path out = dir.resolve("dropbox.argdown");
        CliRun run = CliRun.of("convert", LINK, out.toString());
        assertEquals(0, run.status(), run.toString());
        String argdown = Files.readString(out);
        assertTrue(argdown.contains("My YC app: Dropbox"), argdown);
        assertTrue(argdown.contains("Looks promising."), argdown);
    }

    @Test
    void checkNamesTheThreadsFormat() {
        CliRun run = CliRun.of("check", "--json", LINK);
        assertTrue(run.out().contains("\"hackernews\""), run.toString());
    }

    @Test
    void aFailedFetchIsOneLineWithTheAddress() {
        CliRun run = CliRun.of("check", "https://news.ycombinator.com/item?id=1");
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("argumap: could not import https://news.ycombinator.com/item?id=1:"
                + " https://hn.algolia.com/api/v1/items/1 answered 404 Not Found"), run.toString());
    }
}
