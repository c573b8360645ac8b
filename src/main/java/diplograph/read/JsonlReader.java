package diplograph.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Reads JSON Lines, one article per line: {@code {"id", "url", "published", "title", "text"}}.
 * Streamed line by line, so a file of any size reads in bounded memory; a bad line is rejected
 * with its line number and the lines after it are read.
 */
public final class JsonlReader implements ArticleReader {

    private final ObjectMapper json = new ObjectMapper();
    private final int maxLineChars;
    private final LocalDate published;

    /**
     * @param maxLineChars longer lines are rejected
     * @param published    overrides each article's date when not null
     */
    public JsonlReader(int maxLineChars, LocalDate published) {
        this.maxLineChars = maxLineChars;
        this.published = published;
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String source = file + ":" + n;
                try {
                    sink.accept(new ReadOutcome.Read(article(line, source)));
                } catch (InputProblem p) {
                    sink.accept(new ReadOutcome.Rejected(source, p.reason(), p.getMessage()));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.accept(new ReadOutcome.Rejected(file + ":" + (n + 1), RejectReason.INVALID_UTF8, e.getMessage()));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Rejected(file.toString(), RejectReason.UNREADABLE, e.toString()));
        }
    }

    /**
     * Reads one JSON line on its own, as a distributed job hands them out: the article, or the
     * line's one-line rejection naming {@code source}.
     */
    public ReadOutcome line(String line, String source) {
        try {
            return new ReadOutcome.Read(article(line.startsWith("\uFEFF") ? line.substring(1) : line, source));
        } catch (InputProblem p) {
            return new ReadOutcome.Rejected(source, p.reason(), p.getMessage());
        }
    }

    private diplograph.model.Article article(String line, String source) throws InputProblem {
        if (line.length() > maxLineChars) {
            throw new InputProblem(RejectReason.TOO_LARGE, line.length() + " characters > " + maxLineChars);
        }
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputProblem(RejectReason.MALFORMED, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputProblem(RejectReason.MALFORMED, "a line must be a JSON object");
        }
        String id = string(node, "id", true);
        String text = string(node, "text", true);
        if (text.indexOf('\0') >= 0) {
            throw new InputProblem(RejectReason.BINARY, "NUL character in \"text\"");
        }
        String date = string(node, "published", false);
        LocalDate when = published;
        if (when == null && date != null && !date.isBlank()) {
            var m = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(date);
            if (!m.find()) {
                throw new InputProblem(RejectReason.BAD_DATE, "\"published\" is not a date: " + date);
            }
            when = BodyParser.date(m.group(1), m.group(2), m.group(3));
        }
        return BodyParser.parse(id, text, when, string(node, "title", false), string(node, "url", false), source);
    }

    private static String string(JsonNode node, String field, boolean required) throws InputProblem {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InputProblem(RejectReason.MALFORMED, "missing \"" + field + "\"");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new InputProblem(RejectReason.MALFORMED, "\"" + field + "\" must be a string, not " + v.getNodeType());
        }
        return v.asText();
    }
}
