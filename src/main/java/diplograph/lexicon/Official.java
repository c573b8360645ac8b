package diplograph.lexicon;

import java.time.LocalDate;
import java.util.List;

/**
 * An official of the bundled reference (Wikidata): who they are and which offices they held when.
 *
 * @param qid    the person's Wikidata item
 * @param name   the Wikidata label, used as the person's canonical name
 * @param states ISO codes of the states they served
 * @param terms  their office terms
 */
public record Official(String qid, String name, List<String> states, List<Term> terms) {

    public Official {
        states = List.copyOf(states);
        terms = List.copyOf(terms);
    }

    /** Whether one of the official's terms covers {@code day} (see {@link Term#covers}). */
    public boolean inOfficeOn(LocalDate day) {
        return terms.stream().anyMatch(t -> t.covers(day));
    }

    /**
     * One office term as Wikidata gives it: the position's label, the state's ISO code (empty when
     * unknown) and its first and last year-or-date (null when open or unknown).
     */
    public record Term(String position, String state, String start, String end) {

        /** Whether {@code day} lies in the term, reading a bare year as the whole year. */
        public boolean covers(LocalDate day) {
            if (start == null) {
                return false; // a term with no start says nothing about any day
            }
            LocalDate from = firstDay(start);
            LocalDate to = end == null ? LocalDate.MAX : lastDay(end);
            return from != null && to != null && !day.isBefore(from) && !day.isAfter(to);
        }

        /**
         * Whether {@code day} lies in the term for certain: a bare year or month at either end
         * leaves its own year or month in doubt (a term "2014 to 2021" may have begun in September).
         */
        public boolean surelyCovers(LocalDate day) {
            if (!covers(day)) {
                return false;
            }
            LocalDate from = parse(start, true);
            LocalDate to = end == null ? LocalDate.MAX : parse(end, false);
            return from != null && to != null && !day.isBefore(from) && !day.isAfter(to);
        }

        /** The term's first day, read as early ({@code latest} false) or as late as it can be ("2021": 1 January or 31 December), or null. */
        LocalDate startDay(boolean latest) {
            return start == null ? null : parse(start, latest);
        }

        /** Whether the term surely ended before {@code day}: its last day, read as late as it can be, is earlier. */
        public boolean endedBefore(LocalDate day) {
            LocalDate to = end == null ? null : lastDay(end);
            return to != null && to.isBefore(day);
        }

        private static LocalDate firstDay(String d) {
            return parse(d, false);
        }

        private static LocalDate lastDay(String d) {
            return parse(d, true);
        }

        private static LocalDate parse(String d, boolean last) {
            try {
                if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(d);
                }
                if (d.matches("\\d{4}-\\d{2}")) {
                    LocalDate first = LocalDate.parse(d + "-01");
                    return last ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                if (d.matches("\\d{4}")) {
                    int y = Integer.parseInt(d);
                    return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                }
            } catch (java.time.DateTimeException e) {
                return null;
            }
            return null;
        }
    }
}
