package org.argumap.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on the loopback address that answers recorded responses, each for an exact path
 * and query, and records what it was asked (method, address, headers). Nothing leaves the machine.
 */
public final class RecordedSite implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String method, String address, Map<String, List<String>> headers) {
    }

    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "recorded-site");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    public final List<Request> requests = new CopyOnWriteArrayList<>();

    public RecordedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Addresses addresses() {
        return Addresses.loopback(port());
    }

    /** The resource {@code /fetch/<resource>} for this path and query. */
    public RecordedSite json(String pathAndQuery, String resource) {
        byte[] body = resource(resource);
        answers.put(pathAndQuery, exchange -> send(exchange, 200, "application/json", body));
        return this;
    }

    public RecordedSite status(String pathAndQuery, int status, Map<String, String> headers) {
        answers.put(pathAndQuery, exchange -> {
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            send(exchange, status, "text/html", "<html>no</html>".getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    RecordedSite text(String pathAndQuery, String contentType, String body) {
        answers.put(pathAndQuery, exchange -> send(exchange, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** An answer that starts only after this long. */
    RecordedSite slow(String pathAndQuery, long millis) {
        answers.put(pathAndQuery, exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    RecordedSite large(String pathAndQuery, int bytes) {
        byte[] body = new byte[bytes];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[bytes - 1] = ']';
        answers.put(pathAndQuery, exchange -> send(exchange, 200, "application/json", body));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String address = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        requests.add(new Request(exchange.getRequestMethod(), address, Map.copyOf(exchange.getRequestHeaders())));
        Answer answer = answers.get(address);
        try (exchange) {
            if (answer == null) {
                send(exchange, 404, "text/plain", ("nothing recorded for " + address).getBytes(StandardCharsets.UTF_8));
            } else {
                answer.send(exchange);
            }
        } catch (IOException e) {
            // the client went away (a cancelled or timed-out request)
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = RecordedSite.class.getResourceAsStream("/fetch/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /fetch/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
