package diplograph.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One host's robots.txt (RFC 9309) as it applies to one crawler: the group naming the crawler's
 * product token, else the {@code *} group; the longest matching rule decides, {@code Allow} winning
 * a tie; {@code *} and a final {@code $} in paths; {@code Crawl-delay}, which the RFC leaves out
 * but many sites state, is honoured as a minimum delay between requests.
 */
public final class Robots {

    /** Every path allowed: what a missing robots.txt (4xx) means. */
    public static final Robots ALLOW_ALL = new Robots(List.of(), null);
    /** Every path disallowed: what an unreachable robots.txt (5xx, no answer) means until it can be read. */
    public static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), null);

    private record Rule(String path, boolean allow) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private Robots(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** The rules of {@code text} for the crawler whose product token is {@code agent} ("diplograph"). */
    public static Robots parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        Duration myDelay = null;
        Duration anyDelay = null;
        boolean forMe = false;
        boolean forAny = false;
        boolean inAgents = false; // consecutive User-agent lines open one group
        boolean sawMine = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forMe = false;
                    forAny = false;
                }
                inAgents = true;
                String ua = value.toLowerCase(Locale.ROOT);
                if (ua.equals("*")) {
                    forAny = true;
                } else if (!ua.isEmpty() && (me.startsWith(ua) || ua.startsWith(me))) {
                    forMe = true;
                    sawMine = true;
                }
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule r = new Rule(value, key.equals("allow"));
                if (forMe) {
                    mine.add(r);
                }
                if (forAny) {
                    any.add(r);
                }
            } else if (key.equals("crawl-delay")) {
                Duration d = seconds(value);
                if (forMe) {
                    myDelay = d;
                }
                if (forAny) {
                    anyDelay = d;
                }
            }
        }
        return sawMine ? new Robots(mine, myDelay) : new Robots(any, anyDelay);
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s < 86_400 ? Duration.ofMillis((long) (s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the crawler may fetch {@code pathAndQuery} ("/news/1?x=2"). */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.path, path) && (best == null || r.path.length() > best.path.length()
                    || r.path.length() == best.path.length() && r.allow)) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    /** The {@code Crawl-delay} stated for the crawler, or {@code null}. */
    public Duration crawlDelay() {
        return crawlDelay;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        String[] parts = p.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[i]));
        }
        return java.util.regex.Pattern.compile(regex + (anchored ? "" : ".*"), java.util.regex.Pattern.DOTALL)
                .matcher(path).matches();
    }
}
