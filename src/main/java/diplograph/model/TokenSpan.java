package diplograph.model;

/** A half-open range {@code [start, end)} of token indices into {@link AnalysedArticle#tokens()}. */
public record TokenSpan(int start, int end) {

    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    public int size() {
        return end - start;
    }
}
