package diplograph.read;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The files a directory walk passed over because no reader takes their type (gold files, notes,
 * PDFs…), counted by extension. Not an error: a file of an unknown type named explicitly is one.
 *
 * @param byExtension how many files of each extension ("" for none) were skipped
 */
public record SkippedFiles(Map<String, Integer> byExtension) {

    /** Nothing skipped. */
    public static final SkippedFiles NONE = new SkippedFiles(Map.of());

    public SkippedFiles {
        byExtension = Map.copyOf(byExtension);
    }

    /** The number of files skipped. */
    public int count() {
        return byExtension.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This and {@code other} together. */
    public SkippedFiles plus(SkippedFiles other) {
        Map<String, Integer> sum = new TreeMap<>(byExtension);
        other.byExtension.forEach((ext, n) -> sum.merge(ext, n, Integer::sum));
        return new SkippedFiles(sum);
    }

    /**
     * The one line the CLI prints, the most frequent extension first:
     * {@code skipped 3 files of unsupported type: .xyz (2), .pdf (1)}; empty when nothing was skipped.
     */
    public String message() {
        int n = count();
        if (n == 0) {
            return "";
        }
        List<Map.Entry<String, Integer>> entries = byExtension.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        return "skipped " + n + (n == 1 ? " file" : " files") + " of unsupported type: " + entries.stream()
                .map(e -> (e.getKey().isEmpty() ? "(no extension)" : "." + e.getKey()) + (n == 1 ? "" : " (" + e.getValue() + ")"))
                .collect(Collectors.joining(", "));
    }
}
