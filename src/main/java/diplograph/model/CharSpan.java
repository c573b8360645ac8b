package diplograph.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 indices into {@link Article#text()}.
 *
 * <p>Always article-absolute: sentence-relative offsets from OpenNLP are converted once, in the
 * analyse stage. The RDF mapper converts to Unicode code points, which Web Annotation uses.
 */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {

    public CharSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code text}. */
    public String coveredText(String text) {
        return text.substring(begin, end);
    }

    public int length() {
        return end - begin;
    }

    /** Whether the character at {@code offset} lies in this span. */
    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(CharSpan other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public CharSpan union(CharSpan other) {
        return new CharSpan(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
