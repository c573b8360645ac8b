package diplograph.follow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web server on the loopback interface for following tests: one handler per path, every request logged. */
final class LocalWeb implements AutoCloseable {

    /** What to answer: status, headers, body. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        static Answer ok(String contentType, byte[] body) {
            return new Answer(200, Map.of("Content-Type", contentType), body);
        }

        static Answer ok(String contentType, String body) {
            return ok(contentType, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static Answer status(int status, Map<String, String> headers) {
            return new Answer(status, headers, new byte[0]);
        }
    }

    /** A request as the server saw it. */
    record Request(String path, Map<String, String> headers) {
    }

    interface Handler {
        Answer answer(HttpExchange exchange);
    }

    private final HttpServer server;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void on(String path, Handler h) {
        handlers.put(path, h);
    }

    void on(String path, Answer fixed) {
        handlers.put(path, x -> fixed);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath();
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        x.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
        requests.add(new Request(path, headers));
        Handler h = handlers.get(path);
        Answer a = h == null ? Answer.status(404, Map.of()) : h.answer(x);
        a.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
        if (a.status() == 304 || a.body().length == 0) {
            x.sendResponseHeaders(a.status(), -1);
        } else {
            x.sendResponseHeaders(a.status(), a.body().length);
            x.getResponseBody().write(a.body());
        }
        x.close();
    }

    /** The requests made for {@code path}. */
    List<Request> requestsFor(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
