package diplograph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Serves files from a folder of the classpath (the jar): the pages' scripts and stylesheet, the
 * graph-drawing library from its WebJar, the named queries. Nothing is fetched from elsewhere.
 */
final class ClasspathFiles extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "png", "image/png", "svg", "image/svg+xml", "json", "application/json");

    private final String mount;  // the servlet's path, e.g. "/assets/"
    private final String folder; // the classpath folder, e.g. "web/"

    ClasspathFiles(String mount, String folder) {
        this.mount = mount;
        this.folder = folder;
    }

    /** Serves the one file {@code resource} (e.g. {@code web/network.html}) at the servlet's path. */
    static ClasspathFiles file(String resource) {
        return new ClasspathFiles(null, resource);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = mount == null ? "" : path.startsWith(mount) ? path.substring(mount.length()) : "";
        String resource = mount == null ? folder : folder + name;
        if (mount == null) {
            name = folder;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        if (name.isEmpty() || name.contains("..") || name.contains("//") || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType(TYPES.get(ext));
            resp.setContentLength(body.length);
            resp.setHeader("Cache-Control", "max-age=300");
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
