package diplograph.read;

import diplograph.model.Article;
import diplograph.model.Block;
import diplograph.model.Block.BlockKind;
import diplograph.model.CharSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns article text into an {@link Article}: an optional {@code date YYYY-MM-DD} first token, an
 * optional dateline ({@code CITY –} or {@code CITY (Agency) -}), then paragraphs and headings.
 * The text is kept exactly; only offsets are computed.
 */
final class BodyParser {

    private static final Pattern DATE_HEADER =
            Pattern.compile("\\G\\s*date\\s+(\\d{4})-(\\d{2})-(\\d{2})\\b\\s*");
    /** A capitalised name of up to four words: "BEIJING", "ABU DHABI", "United Arab Emirates", "D.C.". */
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ ]\\p{Lu}[\\p{L}.'’-]*){0,3}";
    /** A day and month as agencies write them in a dateline: "Dec. 5", "December 5", "5th December, 2023". */
    private static final String DAY = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?[ ]\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?)(?:,?[ ]\\d{4})?";
    /** An agency named without parentheses: ", Kyodo", ". KAZINFORM", ", SPA". */
    private static final String AGENCY = "[,.][ ]\\p{Lu}[\\p{L}-]*(?:[ ]\\p{Lu}[\\p{L}-]*){0,2}";
    /**
     * A dateline: a place, optionally its region or state ("HANOI, Vietnam", "DUBAI, United Arab
     * Emirates"), optionally the day ("BEIJING, Dec. 5"), then how the agencies close it: an optional
     * agency and a dash ("(Xinhua) --", ", SPA --", "(Jiji Press)--", "(EFE).-"), the agency between dashes
     * written close ("AMMAN —AlGhad— …"), the agency between slashes
     * ("MOSCOW, December 5. /TASS/."), a colon ("KUWAIT:", "Doha, Qatar:") or the end of its own line
     * ("BONN, Germany, Feb. 17, Kyodo"). The last two need more than a capitalised word before them
     * (see {@link #dateline}), or a heading or a label ("Remarks:") would be read as a place.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\G\\s*(?<city>" + PLACE + ")(?<region>(?:,[ ]" + PLACE + "){0,2})(?<day>,?[ ]" + DAY + ")?"
                    + "(?:(?:" + AGENCY + ")?\\s*(?:\\([^)\\n]{1,60}\\)\\.?)?\\s*[–—-]{1,2}[ \\t]+"
                    + "|\\s*\\([^)\\n]{1,60}\\)[–—-]{1,2}(?=\\p{Lu})"
                    + "|[ \\t]*[–—]\\p{Lu}[\\p{L}.-]{1,30}[–—][ \\t]+"
                    + "|\\.?[ ]?/[\\p{L}-]{2,20}/\\.?[ \\t]+"
                    + "|(?<colon>:)[ \\t]+"
                    + "|(?:" + AGENCY + ")?[ \\t]*(?<eol>\\r?\\n))");
    /** A city in capitals on a line of its own: "ANKARA", "NEW DELHI". */
    private static final Pattern CITY_LINE = Pattern.compile("\\p{Lu}{2}[\\p{Lu}.'’-]*(?:[ ]\\p{Lu}[\\p{Lu}.'’-]*){0,2}");
    private static final Pattern AGENCY_AFTER_PERIOD = Pattern.compile("(.*?\\p{L}{4,})\\. .*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\r?\\n[ \\t]*\\r?\\n");
    /** Headings are short single lines without final sentence punctuation. */
    private static final int HEADING_MAX_CHARS = 120;

    private BodyParser() {
    }

    /**
     * Parses {@code text}.
     *
     * @param published the date from outside the text (JSON, HTML, --published), or {@code null};
     *                  it wins over a {@code date} line
     */
    static Article parse(String id, String text, LocalDate published, String title, String url,
                         String source) throws InputProblem {
        if (text.isBlank()) {
            throw new InputProblem(RejectReason.EMPTY, "no text");
        }
        int pos = 0;
        LocalDate date = published;
        Matcher m = DATE_HEADER.matcher(text);
        if (m.find(0)) {
            LocalDate inText = date(m.group(1), m.group(2), m.group(3));
            if (date == null) {
                date = inText;
            }
            pos = m.end();
        }
        String dateline = null;
        m = DATELINE.matcher(text);
        if (m.find(pos) && m.start() == pos && dateline(m)) {
            dateline = trimAgency(m.group("city"));
            pos = m.end();
        }
        List<Block> blocks = blocks(text, pos);
        if (blocks.isEmpty()) {
            throw new InputProblem(RejectReason.EMPTY, "no paragraphs after the header");
        }
        if (dateline == null && blocks.size() > 1 && blocks.get(0).kind() == BlockKind.HEADING) {
            // A headline, then the dateline opening the first paragraph ("S. Korea calls for …" /
            // "SEOUL, Aug. 10 (Yonhap) -- South Korea's foreign ministry urged …").
            Block first = blocks.get(1);
            m = DATELINE.matcher(text);
            m.region(first.span().begin(), first.span().end());
            if (m.lookingAt() && dateline(m) && m.end() < first.span().end()) {
                dateline = trimAgency(m.group("city"));
                blocks.set(1, new Block(first.kind(), trim(text, m.end(), first.span().end())));
            }
        }
        if (dateline == null) {
            // "ANKARA" on a line of its own, first or after the headline: a city in capitals alone.
            int k = blocks.get(0).kind() == BlockKind.HEADING && blocks.size() > 2 ? 1 : 0;
            String line = blocks.get(k).span().coveredText(text).strip();
            if (blocks.size() > k + 1 && CITY_LINE.matcher(line).matches()) {
                dateline = line;
                blocks.remove(k);
            }
        }
        if (title == null && blocks.get(0).kind() == BlockKind.HEADING && blocks.size() > 1) {
            title = blocks.get(0).span().coveredText(text);
        }
        return new Article(id, text, date, title, url, dateline, blocks, source);
    }

    /**
     * "ASTANA. KAZINFORM –", "BAKU. Feb 16": a word of four letters or more closed by a period ends
     * the place (an abbreviation, "ST. JOSEPH", does not).
     */
    private static String trimAgency(String city) {
        Matcher agency = AGENCY_AFTER_PERIOD.matcher(city);
        String place = agency.matches() ? agency.group(1) : city;
        // "BAKU. Feb 16 (Interfax) -": the period closes the place.
        return place.matches(".*\\p{L}{4}\\.") ? place.substring(0, place.length() - 1) : place;
    }

    /**
     * Whether a match closed by a colon or a line's end is a dateline: a colon after a city in
     * capitals ("ISLAMABAD:") or after a region or a day ("Doha, Qatar:"); a line of its own with a
     * day ("Baku, March 12, AZERTAC").
     */
    private static boolean dateline(Matcher m) {
        boolean more = !m.group("region").isEmpty() || m.group("day") != null;
        if (m.group("colon") != null) {
            String city = m.group("city");
            return more || city.equals(city.toUpperCase(java.util.Locale.ROOT)) && city.chars().anyMatch(Character::isLetter)
                    && city.length() > 1;
        }
        return m.group("eol") == null || m.group("day") != null;
    }

    /** How far ahead of today a publication date may lie (time zones, embargoed releases). */
    static final int MAX_DAYS_AHEAD = 2;

    static LocalDate date(String y, String mo, String d) throws InputProblem {
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            throw new InputProblem(RejectReason.BAD_DATE, y + "-" + mo + "-" + d + " does not exist");
        }
        return notAhead(date);
    }

    /** {@code date}, unless it lies further ahead than an article's date can. */
    static LocalDate notAhead(LocalDate date) throws InputProblem {
        // The clock only checks a date here; it never supplies one.
        if (date.isAfter(LocalDate.now().plusDays(MAX_DAYS_AHEAD))) {
            throw new InputProblem(RejectReason.BAD_DATE, date + " is in the future");
        }
        return date;
    }

    private static List<Block> blocks(String text, int from) {
        List<Block> blocks = new ArrayList<>();
        Matcher sep = BLANK_LINE.matcher(text);
        int start = from;
        while (start < text.length()) {
            int end = sep.find(start) ? sep.start() : text.length();
            CharSpan span = trim(text, start, end);
            if (span.length() > 0) {
                blocks.add(new Block(isHeading(span.coveredText(text)) ? BlockKind.HEADING
                        : BlockKind.PARAGRAPH, span));
            }
            start = end < text.length() ? sep.end() : text.length();
        }
        return blocks;
    }

    private static CharSpan trim(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new CharSpan(begin, end);
    }

    static boolean isHeading(String block) {
        if (block.length() > HEADING_MAX_CHARS || block.indexOf('\n') >= 0) {
            return false;
        }
        String s = block.strip();
        int end = s.length();
        // Closing quotes, and invisible format characters (a left-to-right mark after a colon).
        while (end > 0 && ("\"'”’»".indexOf(s.charAt(end - 1)) >= 0
                || Character.getType(s.charAt(end - 1)) == Character.FORMAT)) {
            end--;
        }
        return end > 0 && ".!?:;,".indexOf(s.charAt(end - 1)) < 0;
    }
}
