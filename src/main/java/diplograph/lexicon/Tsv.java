package diplograph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data files: UTF-8, tab-separated, {@code #} lines are the header comment
 * (source, licence, version), the first other line names the columns. Cells are read by column
 * name, so columns can be added without breaking readers.
 */
public final class Tsv {

    private Tsv() {
    }

    /** One data row: cell values by column name, empty string for a missing cell. */
    public record Row(Map<String, String> cells, String where) {

        public String get(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException(where + ": no column '" + column + "'");
            }
            return cells.get(column);
        }

        /** A cell split on {@code |}, empty cells giving an empty list. */
        public List<String> list(String column) {
            String v = get(column);
            return v.isBlank() ? List.of()
                    : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** A cell or {@code null} when empty. */
        public String optional(String column) {
            String v = cells.getOrDefault(column, "");
            return v.isBlank() ? null : v;
        }
    }

    /** Reads a classpath resource such as {@code /lexicon/titles.tsv}. */
    public static List<Row> resource(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the classpath: " + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Reads a data file from a stream; {@code name} is used in messages. */
    public static List<Row> read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length > header.length) {
                throw new IllegalStateException(name + ":" + n + ": " + cells.length
                        + " cells, header has " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
            }
            rows.add(new Row(row, name + ":" + n));
        }
        return rows;
    }
}
