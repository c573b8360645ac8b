package diplograph.serve;

/** The first and last of the dates (ISO, so they sort as text) that articles state something on. */
final class DateSpan {

    private String first;
    private String last;

    void add(String date) {
        if (date == null) {
            return;
        }
        first = first == null || date.compareTo(first) < 0 ? date : first;
        last = last == null || date.compareTo(last) > 0 ? date : last;
    }

    /** "2025-06-07", "2021-03-01 – 2025-06-07", or "" when no date was stated. */
    @Override
    public String toString() {
        return first == null ? "" : first.equals(last) ? first : first + " – " + last;
    }
}
