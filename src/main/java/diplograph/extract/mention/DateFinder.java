package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates: weekday names (the latest such day on or before publication), "5 June",
 * "June 5, 2025", ISO dates, and the relative words of the lexicon ("yesterday"). Without a
 * publication date, relative dates stay unresolved; they are never guessed from the clock.
 */
public final class DateFinder {

    /** A date without a year more than this many days after publication is taken as last year's. */
    private static final int FUTURE_TOLERANCE_DAYS = 31;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");

    private final Lexicon lexicon;
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Month> months = new HashMap<>();

    public DateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), d);
        }
        for (Month m : Month.values()) {
            months.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH), m);
            months.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ".", m);
        }
    }

    /** The dates of every sentence of the article. */
    public ArticleDates all(AnalysedArticle a) {
        return new ArticleDates(a.sentences().stream().map(s -> find(a, s)).toList());
    }

    /** How far from a weekday a future cue ("will", "is expected to") speaks of it. */
    private static final int FUTURE_CUE_DISTANCE = 4;

    /**
     * Whether a cue of a planned act stands within a few words of {@code i} in its sentence: "will"
     * and "shall", or a cue of several words ("is expected to", "scheduled for"); a bare "to" or
     * "planned" says too little of the tense.
     */
    private boolean futureNear(AnalysedArticle a, Sentence s, int i) {
        int from = Math.max(s.tokens().start(), i - FUTURE_CUE_DISTANCE);
        int to = Math.min(s.tokens().end(), i + FUTURE_CUE_DISTANCE + 1);
        for (var cue : lexicon.modalities().findAll(a.tokens(), from, to, a.article().text())) {
            String phrase = cue.phrase().toLowerCase(Locale.ROOT);
            if (cue.value() == Lexicon.Modality.PLANNED && (phrase.equals("will") || phrase.equals("shall")
                    || cue.end() - cue.start() >= 2)) {
                return true;
            }
        }
        return false;
    }

    List<DateMention> find(AnalysedArticle a, Sentence s) {
        List<Token> t = a.tokens();
        LocalDate published = a.article().published();
        List<DateMention> found = new ArrayList<>();
        int end = s.tokens().end();
        for (int i = s.tokens().start(); i < end; i++) {
            String w = t.get(i).text();
            DayOfWeek day = weekdays.get(w);
            if (day != null) {
                // "They will travel on Monday": a weekday beside a future cue lies ahead.
                var adjust = futureNear(a, s, i) ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day);
                found.add(new DateMention(s.index(), i, i + 1, published == null ? null : published.with(adjust)));
                continue;
            }
            DateMention explicit = explicitAt(s.index(), t, i, end, published, a.article().text());
            if (explicit != null) {
                found.add(explicit);
                i = explicit.end() - 1;
                continue;
            }
            PhraseMatcher.Match<Integer> rel = lexicon.relativeDays().matchAt(t, i, a.article().text());
            if (rel != null && rel.end() <= end) {
                found.add(new DateMention(s.index(), i, rel.end(),
                        published == null ? null : published.plusDays(rel.value())));
                i = rel.end() - 1;
            }
        }
        return found;
    }

    /** "5 June [2025]", "June 5[, 2025]" or "2025-06-05" starting at token i. */
    private DateMention explicitAt(int sentence, List<Token> t, int i, int end, LocalDate published, String text) {
        String w = t.get(i).text();
        DateMention iso = isoAt(sentence, t, i, end, text);
        if (iso != null) {
            return iso;
        }
        Month month;
        int day;
        int j;
        if (isDay(w) && i + 1 < end && months.containsKey(t.get(i + 1).text())) {
            day = Integer.parseInt(w);
            month = months.get(t.get(i + 1).text());
            j = i + 2;
        } else if (months.containsKey(w) && i + 1 < end && isDay(t.get(i + 1).text())) {
            month = months.get(w);
            day = Integer.parseInt(t.get(i + 1).text());
            j = i + 2;
            if (Tokens.is(t, j, ",") && j + 1 < end && isYear(t.get(j + 1).text())) {
                j++;
            }
        } else {
            return null;
        }
        Integer year = null;
        if (j < end && isYear(t.get(j).text())) {
            year = Integer.parseInt(t.get(j).text());
            j++;
        }
        LocalDate date = resolve(year, month, day, published);
        return new DateMention(sentence, i, j, date);
    }

    /** An ISO date, however the tokenizer cut it: the text from token i must read YYYY-MM-DD. */
    private static DateMention isoAt(int sentence, List<Token> t, int i, int end, String text) {
        Matcher m = ISO_DATE.matcher(text).region(t.get(i).span().begin(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        for (int j = i; j < end; j++) {
            if (t.get(j).span().end() == m.end()) {
                try {
                    return new DateMention(sentence, i, j + 1, LocalDate.parse(m.group()));
                } catch (java.time.format.DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate resolve(Integer year, Month month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return d.isAfter(published.plusDays(FUTURE_TOLERANCE_DAYS)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d{2}");

    private static boolean isDay(String w) {
        return DAY.matcher(w).matches() && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    private static boolean isYear(String w) {
        return YEAR.matcher(w).matches();
    }
}
