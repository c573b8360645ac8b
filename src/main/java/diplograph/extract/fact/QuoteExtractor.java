package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Block;
import diplograph.model.CharSpan;
import diplograph.model.Entity;
import diplograph.model.Evidence;
import diplograph.model.Quote;
import diplograph.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and their speakers. A quotation is attributed by a speech verb of the lexicon
 * next to it ("…,” Pezeshkian said", "…,” he added", "Tinubu said: “…”"); a quotation interrupted
 * by its attribution ("…,” he said, “and …”) is one; a quotation without an attribution continues
 * the previous speaker's in the same paragraph, or in the paragraph before when it opens this one.
 * Quoted terms ("the “Ocean of Peace” initiative") are not quotations: a quotation ends in
 * punctuation inside its marks.
 */
public final class QuoteExtractor {

    /** Tokens between a closing mark and the speech verb, or the verb and a colon before a quote. */
    private static final int ATTRIBUTION_REACH = 8;
    private static final int MIN_WORDS = 3;

    private final Lexicon lexicon;

    public QuoteExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Opening and closing mark positions of every quotation in the article's paragraphs. */
    public static List<CharSpan> quotations(AnalysedArticle a) {
        String text = a.article().text();
        List<CharSpan> spans = new ArrayList<>();
        for (Block b : a.article().blocks()) {
            if (b.kind() != Block.BlockKind.PARAGRAPH) {
                continue;
            }
            int open = -1;
            for (int i = b.span().begin(); i < b.span().end(); i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '"' && open < 0) {
                    open = i;
                } else if ((c == '”' || c == '"') && open >= 0) {
                    spans.add(new CharSpan(open, i + 1));
                    open = -1;
                }
            }
        }
        return spans;
    }

    public List<Quote> extract(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience,
                        List<diplograph.model.Communication> messages) {
        String text = a.article().text();
        List<Quote> quotes = new ArrayList<>();
        List<CharSpan> raw = quotations(a).stream().filter(q -> isQuotation(text, q)).toList();
        Entity previous = null;
        int previousParagraph = -1;
        for (int k = 0; k < raw.size(); k++) {
            CharSpan q = raw.get(k);
            Sentence s = sentenceAt(a, q.begin());
            if (s == null) {
                continue;
            }
            StringBuilder words = new StringBuilder(inner(text, q));
            CharSpan whole = q;
            // "he" after a quotation is, first, whoever was quoted just before in the paragraph.
            Entity prior = previous != null && s.paragraph() == previousParagraph ? previous : null;
            Attribution after = after(a, persons, salience, q, prior);
            // "…,” he said, “and …": the attribution interrupts one quotation.
            while (after != null && after.endsWithComma() && k + 1 < raw.size()
                    && startsLowercase(text, raw.get(k + 1)) && gapIsAttribution(a, after, raw.get(k + 1))) {
                k++;
                words.append(' ').append(inner(text, raw.get(k)));
                whole = whole.union(raw.get(k));
            }
            Entity speaker = after != null ? after.speaker() : before(a, persons, salience, q, messages);
            String rule = speaker != null ? "quote.attribution.v1" : "quote.continued.v1";
            boolean opensParagraph = isParagraphStart(a, s, q);
            if (speaker == null && previous != null
                    && (s.paragraph() == previousParagraph || opensParagraph && s.paragraph() == previousParagraph + 1)) {
                speaker = previous;
            }
            if (speaker == null) {
                continue;
            }
            quotes.add(new Quote(speaker, words.toString().strip(),
                    new Evidence(s.index(), whole, rule, speaker == previous && rule.endsWith("continued.v1") ? 0.8 : 0.9)));
            previous = speaker;
            previousParagraph = sentenceAt(a, whole.end() - 1) != null ? sentenceAt(a, whole.end() - 1).paragraph()
                    : s.paragraph();
        }
        return quotes;
    }

    /** The attribution after a closing mark: ", Pezeshkian said" or ", said the minister". */
    private record Attribution(Entity speaker, int endToken, boolean endsWithComma) {
    }

    private Attribution after(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience, CharSpan q,
                              Entity prior) {
        int i = tokenAt(a, q.end());
        Sentence s = sentenceAt(a, q.end() - 1);
        if (i < 0 || s == null) {
            return null;
        }
        int end = Math.min(s.tokens().end() + 1, a.tokens().size());
        if (Tokens.is(a.tokens(), i, ",")) {
            i++;
        }
        Entity speaker = null;
        int j = i;
        PersonResolver.Resolved p = mentionAt(persons, j);
        if (p != null) {
            speaker = p.person();
            j = p.mention().end();
        } else if (Salience.isPronoun(a, j)) {
            speaker = prior != null ? prior : salience.resolve(tokenAt(a, q.begin()), sentenceAt(a, q.begin()).index());
            j++;
        }
        var verb = lexicon.speechVerbs().matchAt(a.tokens(), j, a.article().text());
        if (verb == null) {
            // "…,” said Foreign Minister X."
            verb = lexicon.speechVerbs().matchAt(a.tokens(), i, a.article().text());
            if (verb == null || speaker != null) {
                return null;
            }
            p = mentionAt(persons, verb.end());
            if (p == null) {
                return null;
            }
            speaker = p.person();
            j = p.mention().end();
        } else {
            j = verb.end();
        }
        if (speaker == null) {
            return null;
        }
        int k = j;
        while (k < end && k < j + ATTRIBUTION_REACH && !Tokens.isAny(a.tokens(), k, List.of(",", ".", "“", "\""))) {
            k++;
        }
        return new Attribution(speaker, k, Tokens.is(a.tokens(), k, ","));
    }

    /** "Tinubu said: “…”" — a speaker and speech verb, then a colon, right before the quotation. */
    private Entity before(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience, CharSpan q,
                          List<diplograph.model.Communication> messages) {
        int open = tokenAt(a, q.begin());
        if (open <= 0 || !Tokens.is(a.tokens(), open - 1, ":")) {
            return null;
        }
        for (int v = open - 2; v >= Math.max(0, open - 2 - ATTRIBUTION_REACH); v--) {
            var verb = lexicon.speechVerbs().matchAt(a.tokens(), v, a.article().text());
            if (verb == null) {
                continue;
            }
            Entity sender = documentSender(a, v, messages);
            if (sender != null) {
                return sender;
            }
            for (PersonResolver.Resolved r : persons) {
                if (r.mention().end() == v || r.mention().end() == v - 1) {
                    return r.person();
                }
            }
            if (v > 0 && Salience.isPronoun(a, v - 1)) {
                return salience.resolve(v - 1, sentenceAt(a, a.tokens().get(v - 1).span().begin()).index());
            }
        }
        return null;
    }

    /**
     * "The message reads, in part: “…”": when the verb's subject is a document noun, the sender of
     * the last message the article reported before it.
     */
    private Entity documentSender(AnalysedArticle a, int verb, List<diplograph.model.Communication> messages) {
        boolean document = false;
        for (int i = Math.max(0, verb - 3); i < verb && !document; i++) {
            var noun = lexicon.documentNouns().matchAt(a.tokens(), i, a.article().text());
            document = noun != null && noun.end() == verb;
        }
        if (!document) {
            return null;
        }
        int sentence = sentenceAt(a, a.tokens().get(verb).span().begin()).index();
        Entity sender = null;
        for (var m : messages) {
            if (m.evidence().sentence() <= sentence && m.sender() != null
                    && m.sender().kind() == diplograph.model.EntityKind.PERSON) {
                sender = m.sender();
            }
        }
        return sender;
    }

    private static boolean gapIsAttribution(AnalysedArticle a, Attribution after, CharSpan next) {
        return tokenAt(a, next.begin()) == after.endToken() + 1;
    }

    private static PersonResolver.Resolved mentionAt(List<PersonResolver.Resolved> persons, int token) {
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().start() == token) {
                return r;
            }
        }
        return null;
    }

    static boolean isQuotation(String text, CharSpan q) {
        String inner = inner(text, q);
        if (inner.split("\\s+").length < MIN_WORDS) {
            return false;
        }
        char last = inner.charAt(inner.length() - 1);
        return ".,!?…".indexOf(last) >= 0;
    }

    private static String inner(String text, CharSpan q) {
        return text.substring(q.begin() + 1, q.end() - 1).strip();
    }

    private static boolean startsLowercase(String text, CharSpan q) {
        String inner = inner(text, q);
        return !inner.isEmpty() && Character.isLowerCase(inner.codePointAt(0));
    }

    private static boolean isParagraphStart(AnalysedArticle a, Sentence s, CharSpan q) {
        return s.index() == 0 || a.sentences().get(s.index() - 1).paragraph() != s.paragraph()
                ? s.span().begin() == q.begin() : false;
    }

    /** The token starting at or after character {@code c}, or -1. */
    static int tokenAt(AnalysedArticle a, int c) {
        var tokens = a.tokens();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().begin() < c) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }

    static Sentence sentenceAt(AnalysedArticle a, int c) {
        for (Sentence s : a.sentences()) {
            if (s.span().begin() <= c && c < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
