package diplograph.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Marks the given words (names of a fact's participants, its place) where they occur in a sentence. */
final class Highlighter {

    private Highlighter() {
    }

    /** The escaped sentence with each occurrence of a word in {@code <mark>}; longer words win overlaps. */
    static String mark(String sentence, Collection<String> words) {
        List<String> sorted = new ArrayList<>(words.stream().filter(w -> w != null && w.length() > 1).distinct().toList());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[sentence.length()];
        List<int[]> spans = new ArrayList<>();
        for (String w : sorted) {
            for (int at = sentence.indexOf(w); at >= 0; at = sentence.indexOf(w, at + 1)) {
                int end = at + w.length();
                if (!wordBoundary(sentence, at, end) || anyTaken(taken, at, end)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                spans.add(new int[] {at, end});
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int[] s : spans) {
            b.append(Html.esc(sentence.substring(from, s[0]))).append("<mark>")
             .append(Html.esc(sentence.substring(s[0], s[1]))).append("</mark>");
            from = s[1];
        }
        return b.append(Html.esc(sentence.substring(from))).toString();
    }

    private static boolean wordBoundary(String s, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(s.charAt(begin - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    private static boolean anyTaken(boolean[] taken, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
