package diplograph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a page states it was published, in the forms pages write it: ISO 8601
 * ("2019-11-20T12:32:00Z"), with the month by name before or after the day ("November 20, 2019
 * 12:32", "Wed Nov 20 2019 08:00:58 GMT+0000 (UTC)", "20 November 2019", "Nov. 19, 2019, 07:47 PM
 * EST"), or numeric day-first with dots or slashes when the year is last ("20.11.2019"). The day
 * is the one written: a time and zone after it do not move it.
 */
final class WrittenDates {

    private WrittenDates() {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

    /** The date in {@code written}, or null when it holds none that exists. */
    static LocalDate parse(String written) {
        if (written == null) {
            return null;
        }
        String w = written.strip();
        Matcher m = ISO.matcher(w);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(w);
        if (m.find()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(w);
        if (m.find()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        m = DOTTED.matcher(w);
        if (m.find() && Integer.parseInt(m.group(2)) <= 12) {
            return of(m.group(3), String.valueOf(Integer.parseInt(m.group(2))), m.group(1));
        }
        return null;
    }

    private static String month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(key)) {
                return String.valueOf(month.getValue());
            }
        }
        return "0";
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
