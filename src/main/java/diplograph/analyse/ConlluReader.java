package diplograph.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U treebank files into {@link TreebankSentence}s. Word lines are the words;
 * multiword-token lines ("1-2 don't") say which words one surface token writes; empty nodes
 * ("8.1") belong to enhanced dependencies and are skipped; comments are skipped.
 */
final class ConlluReader {

    private ConlluReader() {
    }

    static List<TreebankSentence> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<TreebankSentence> sentences = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int lineNo = 0;
            int first = 1;
            for (String line = in.readLine(); ; line = in.readLine()) {
                lineNo++;
                if (line == null || line.isBlank()) {
                    if (!lines.isEmpty()) {
                        sentences.add(sentence(lines, file + ":" + first));
                        lines.clear();
                    }
                    if (line == null) {
                        return sentences;
                    }
                    first = lineNo + 1;
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static TreebankSentence sentence(List<String> lines, String where) {
        List<String[]> words = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        List<String> rangeForms = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException(where + ": a CoNLL-U line has 10 columns: " + line);
            }
            if (f[0].contains(".")) {
                continue;
            }
            int dash = f[0].indexOf('-');
            if (dash > 0) {
                ranges.add(new int[] {Integer.parseInt(f[0].substring(0, dash)) - 1, Integer.parseInt(f[0].substring(dash + 1))});
                rangeForms.add(f[1]);
                continue;
            }
            if (Integer.parseInt(f[0]) != words.size() + 1) {
                throw new IllegalArgumentException(where + ": word " + f[0] + " out of order");
            }
            words.add(f);
        }
        int n = words.size();
        String[] forms = new String[n];
        String[] tags = new String[n];
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 0; i < n; i++) {
            String[] f = words.get(i);
            forms[i] = f[1];
            tags[i] = f[3];
            heads[i] = Integer.parseInt(f[6]) - 1;
            relations[i] = f[7];
            if (heads[i] < -1 || heads[i] >= n) {
                throw new IllegalArgumentException(where + ": word " + f[0] + " has head " + f[6]);
            }
        }
        List<TreebankSentence.SurfaceToken> tokens = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < n; ) {
            if (r < ranges.size() && ranges.get(r)[0] == i) {
                tokens.add(new TreebankSentence.SurfaceToken(i, ranges.get(r)[1], rangeForms.get(r)));
                i = ranges.get(r)[1];
                r++;
            } else {
                tokens.add(new TreebankSentence.SurfaceToken(i, i + 1, forms[i]));
                i++;
            }
        }
        return new TreebankSentence(forms, tags, heads, relations, List.copyOf(tokens), text.toString());
    }
}
