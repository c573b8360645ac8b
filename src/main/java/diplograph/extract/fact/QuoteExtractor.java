package diplograph.extract.fact;

import diplograph.extract.Clauses;
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
import diplograph.model.Token;
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
    /** Small words inside a name written in capitals ("Ocean of Peace", "Partnership for Peace"). */
    private static final List<String> NAME_LINKS = List.of("of", "the", "and", "for", "in", "on");
    /** Words describing a speaker between the verb and the name: "said prime minister's spokesman Mark Regev". */
    private static final int DESCRIPTOR_REACH = 4;
    /** Tokens of an apposition between a speaker's name and the verb. */
    private static final int APPOSITION_REACH = 14;
    /** Tokens between a speech verb and the opening mark it introduces ("said, however, that “…"). */
    private static final int INTRODUCTION_REACH = 4;

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
            boolean single = false;
            for (int i = b.span().begin(); i < b.span().end(); i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '"' && open < 0) {
                    open = i;
                    single = false;
                } else if ((c == '”' || c == '"') && open >= 0 && !single) {
                    spans.add(new CharSpan(open, i + 1));
                    open = -1;
                } else if (c == '‘' && open < 0 && (i == b.span().begin() || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    // Outlets that quote with single marks ("‘Your government has allocated …’, Rodríguez wrote").
                    open = i;
                    single = true;
                } else if (c == '’' && open >= 0 && single && i > open + 1 && !Character.isWhitespace(text.charAt(i - 1))
                        && (i + 1 == b.span().end() || !Character.isLetter(text.charAt(i + 1)))) {
                    // (A closing mark, not the apostrophe inside a word: "country’s".)
                    spans.add(new CharSpan(open, i + 1));
                    open = -1;
                    single = false;
                }
            }
        }
        return spans;
    }

    public List<Quote> extract(AnalysedArticle a, Clauses clauses, List<PersonResolver.Resolved> persons,
                               Salience salience, List<diplograph.model.Communication> messages) {
        String text = a.article().text();
        List<Quote> quotes = new ArrayList<>();
        List<CharSpan> all = quotations(a);
        List<CharSpan> raw = all.stream().filter(q -> isQuotation(text, q) || isQuotedPhrase(text, q)).toList();
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
            if (!isQuotation(text, q)) {
                // A quoted phrase inside a sentence ("Bush “remains in stable condition”") is a
                // quotation only as part of a speech verb's clause.
                Entity speaker = before(a, persons, salience, clauses, q, all, messages);
                if (speaker != null) {
                    quotes.add(new Quote(speaker, inner(text, q), new Evidence(s.index(), q, "quote.phrase.v1", 0.8)));
                }
                continue;
            }
            Attribution after = after(a, persons, salience, q, prior);
            // "…,” he said, “and …": the attribution interrupts one quotation.
            while (after != null && after.endsWithComma() && k + 1 < raw.size()
                    && startsLowercase(text, raw.get(k + 1)) && gapIsAttribution(a, after, raw.get(k + 1))) {
                k++;
                words.append(' ').append(inner(text, raw.get(k)));
                whole = whole.union(raw.get(k));
            }
            Entity speaker = after != null ? after.speaker() : before(a, persons, salience, clauses, q, all, messages);
            String rule = speaker != null ? "quote.attribution.v1" : "quote.continued.v1";
            boolean opensParagraph = isParagraphStart(a, s, q);
            if (speaker == null && previous != null && !attributedToAnother(a, whole)
                    && (s.paragraph() == previousParagraph || opensParagraph && s.paragraph() == previousParagraph + 1)) {
                speaker = previous;
            }
            if (speaker == null && !attributedToAnother(a, whole)) {
                speaker = leadIn(a, persons, salience, s, q, all);
                rule = "quote.lead_in.v1";
            }
            if (speaker == null) {
                continue;
            }
            quotes.add(new Quote(speaker, words.toString().strip(), new Evidence(s.index(), whole, rule,
                    rule.equals("quote.lead_in.v1") ? 0.7 : speaker == previous && rule.endsWith("continued.v1") ? 0.8 : 0.9)));
            previous = speaker;
            previousParagraph = sentenceAt(a, whole.end() - 1) != null ? sentenceAt(a, whole.end() - 1).paragraph()
                    : s.paragraph();
        }
        quotes.addAll(runOn(a, quotes));
        quotes.sort(java.util.Comparator.comparingInt(x -> x.evidence().span().begin()));
        return quotes;
    }

    /**
     * Quotations that run over paragraphs, as news prints them: a paragraph that opens with a
     * quotation mark and does not close it goes on in the next, which opens with a mark again; the
     * attribution at the end of the last names the speaker of all ("“We also talked about … issues.
     * ¶ “We also renew our commitment …,” he said."). One quotation per paragraph, the speaker of
     * the quotation that opens the next paragraph (the last one's, through a chain).
     */
    private static List<Quote> runOn(AnalysedArticle a, List<Quote> attributed) {
        String text = a.article().text();
        List<Block> paragraphs = a.article().blocks().stream().filter(b -> b.kind() == Block.BlockKind.PARAGRAPH).toList();
        List<Quote> found = new ArrayList<>();
        for (int p = paragraphs.size() - 2; p >= 0; p--) {
            CharSpan open = unclosedOpening(text, paragraphs.get(p));
            int next = opening(text, paragraphs.get(p + 1));
            if (open == null || next < 0) {
                continue;
            }
            Quote following = java.util.stream.Stream.concat(attributed.stream(), found.stream())
                    .filter(q -> q.evidence().span().begin() == next).reduce((x, y) -> y).orElse(null);
            Sentence s = sentenceAt(a, open.begin());
            String words = text.substring(open.begin() + 1, open.end()).strip();
            if (following == null || s == null || words.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            found.add(new Quote(following.speaker(), words, new Evidence(s.index(), open, "quote.continued.v1", 0.8)));
        }
        return found;
    }

    /** The position of the quotation mark a paragraph opens with, or -1. */
    private static int opening(String text, Block b) {
        int i = b.span().begin();
        while (i < b.span().end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < b.span().end() && (text.charAt(i) == '“' || text.charAt(i) == '"') ? i : -1;
    }

    /** From the mark a paragraph opens with to its end, when no mark closes it; else null. */
    private static CharSpan unclosedOpening(String text, Block b) {
        int open = opening(text, b);
        if (open < 0) {
            return null;
        }
        for (int i = open + 1; i < b.span().end(); i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '"' || c == '“') {
                return null;
            }
        }
        int end = b.span().end();
        while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new CharSpan(open, end);
    }

    /** Verbs by which a reporter or an outlet passes on someone's words: "… quoted Jaishankar as saying". */
    private static final List<String> CITING = List.of("quoted", "quotes", "quoting", "cited", "cites", "citing");
    /** Words between the citing verb's subject and the verb: "the press secretary", "state news agency IRNA". */
    private static final int CITER_WORDS = 5;

    /**
     * "…,” the press secretary quoted Jaishankar as saying": the words are the person cited, not
     * the one citing them (whoever, or whatever outlet, that is).
     */
    private Attribution quotedAsSaying(AnalysedArticle a, List<PersonResolver.Resolved> persons, int from, int end) {
        for (int v = from; v < Math.min(end, from + CITER_WORDS + 1); v++) {
            if (!Tokens.isAny(a.tokens(), v, CITING)) {
                continue;
            }
            PersonResolver.Resolved cited = mentionAt(persons, skipHonorifics(a, v + 1));
            if (cited == null) {
                return null;
            }
            int as = cited.mention().end();
            if (!Tokens.is(a.tokens(), as, "as") || !Tokens.isAny(a.tokens(), as + 1, List.of("saying", "said"))) {
                return null;
            }
            return new Attribution(cited.person(), as + 2, Tokens.is(a.tokens(), as + 2, ","));
        }
        return null;
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
        Sentence next = sentenceAt(a, a.tokens().get(i).span().begin());
        // The attribution is the quotation's own sentence's ("…?” he asked" may be split after the
        // mark, so a lowercase word goes on it); a new sentence or paragraph is someone else's.
        if (next == null || next.paragraph() != s.paragraph()
                || next != s && !Character.isLowerCase(a.tokens().get(i).text().codePointAt(0))) {
            return null;
        }
        int end = Math.min(next.tokens().end() + 1, a.tokens().size());
        if (Tokens.is(a.tokens(), i, ",")) {
            i++;
        }
        Attribution cited = quotedAsSaying(a, persons, i, end);
        if (cited != null) {
            return cited;
        }
        Entity speaker = null;
        int j = i;
        PersonResolver.Resolved p = mentionAt(persons, skipHonorifics(a, j));
        if (p != null) {
            speaker = p.person();
            j = p.mention().end();
            // "…,” Joao Caholo, the Mozambican foreign minister, said": the mention holds its own
            // apposition, and only the comma closing it stands before the verb.
            boolean closed = Tokens.is(a.tokens(), j, ",")
                    && lexicon.speechVerbs().matchAt(a.tokens(), skipAdverbs(a, j + 1), a.article().text()) != null;
            j = closed ? j + 1 : skipApposition(a, j, end);
        } else if (Salience.isPronoun(a, j)) {
            speaker = prior != null && !spokenOf(a, persons, q).contains(prior) ? prior
                    : salience.resolve(tokenAt(a, q.begin()), sentenceAt(a, q.begin()).index(), spokenOf(a, persons, q));
            j++;
        }
        j = skipAdverbs(a, j);
        var verb = lexicon.speechVerbs().matchAt(a.tokens(), j, a.article().text());
        if (verb == null) {
            return null;
        }
        if (speaker == null) {
            // "…,” said Foreign Minister X." / "…,” said Mr. Bush." / "…,” said Hamas official Ayman Taha."
            p = mentionAt(persons, skipHonorifics(a, verb.end()));
            for (int d = verb.end() + 1; p == null && d <= verb.end() + DESCRIPTOR_REACH && d < end; d++) {
                // Punctuation ends the descriptor; read from the text, as the tagger may call a
                // word before a possessive punctuation ("prime minister's").
                if (a.tokens().get(d - 1).text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                    break;
                }
                p = mentionAt(persons, d);
            }
            if (p == null) {
                return null;
            }
            speaker = p.person();
            j = p.mention().end();
        } else {
            j = verb.end();
        }
        int k = j;
        while (k < end && k < j + ATTRIBUTION_REACH && !Tokens.isAny(a.tokens(), k, List.of(",", ".", "“", "\""))) {
            k++;
        }
        return new Attribution(speaker, k, Tokens.is(a.tokens(), k, ","));
    }

    /**
     * Whether a speech verb follows the quotation in its sentence ("…,” Amos Gilad, a liaison
     * officer, said"): an attribution to someone the article does not name as a person, so the
     * quotation does not continue the previous speaker's.
     */
    private boolean attributedToAnother(AnalysedArticle a, CharSpan q) {
        int i = tokenAt(a, q.end());
        Sentence s = sentenceAt(a, q.end() - 1);
        if (i < 0 || s == null || !Tokens.is(a.tokens(), i - 1, ",") && !Tokens.is(a.tokens(), i, ",")
                && !a.tokens().get(i).isCapitalized()) {
            return false;
        }
        for (int k = i; k < s.tokens().end() && k < i + APPOSITION_REACH + 2; k++) {
            if (Tokens.isAny(a.tokens(), k, List.of("“", "\"", "."))) {
                return false;
            }
            if (lexicon.speechVerbs().matchAt(a.tokens(), k, a.article().text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Past courtesy titles ("Mr.", "Dr."), which a person's mention does not include. */
    private int skipHonorifics(AnalysedArticle a, int i) {
        var h = i >= 0 && i < a.tokens().size() ? lexicon.honorifics().matchAt(a.tokens(), i, a.article().text()) : null;
        return h == null ? i : h.end();
    }

    /** Past an apposition after a name: "…,” Amos Gilad, a liaison officer with Egypt, said". */
    private static int skipApposition(AnalysedArticle a, int i, int end) {
        int after = Tokens.afterApposition(a.tokens(), i, end, APPOSITION_REACH);
        return after < 0 ? i : after;
    }

    /** Past adverbs and auxiliaries between a speaker and the verb ("he also said", "Clinton did say"). */
    private static int skipAdverbs(AnalysedArticle a, int i) {
        int k = i;
        while (k < a.tokens().size() && k < i + 2 && (a.tokens().get(k).pos().startsWith("ADV")
                || a.tokens().get(k).pos().startsWith("AUX"))) {
            k++;
        }
        return k;
    }

    /**
     * The speaker of a speech verb before the quotation in its sentence: "Tinubu said: “…”",
     * "Cheney also noted that “…”", "Schumer called for repeal, saying, “…”", "Howard told
     * reporters that Bush “remains in stable condition”". The verb's subject speaks: from the parse
     * when the sentence has one, else the person (or pronoun) right before the verb; a participle
     * ("saying") speaks for its sentence's subject.
     */
    private Entity before(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience, Clauses clauses,
                          CharSpan q, List<CharSpan> spans, List<diplograph.model.Communication> messages) {
        int open = tokenAt(a, q.begin());
        Sentence s = sentenceAt(a, q.begin());
        if (open <= 0 || s == null) {
            return null;
        }
        boolean colon = Tokens.is(a.tokens(), open - 1, ":");
        for (int v = open - 1; v >= s.tokens().start(); v--) {
            if (insideQuotation(a, v, spans)) {
                continue;
            }
            var verb = lexicon.speechVerbs().matchAt(a.tokens(), v, a.article().text());
            if (verb == null) {
                continue;
            }
            // Right before the mark ("said: “", "said, “", "noted that “"), or anywhere before it in the
            // sentence for a quoted phrase inside the verb's clause.
            boolean introduces = colon && verb.end() >= open - 1 - ATTRIBUTION_REACH || verb.end() >= open - INTRODUCTION_REACH
                    && onlyIntroducers(a, verb.end(), open);
            Entity sender = colon ? documentSender(a, v, messages) : null;
            if (sender != null) {
                return sender;
            }
            Entity speaker = subjectOf(a, persons, salience, clauses, s, v, spans);
            if (speaker != null || introduces) {
                return speaker;
            }
        }
        Entity cited = accordingTo(a, persons, s.tokens().start(), open);
        if (cited != null) {
            return cited;
        }
        return colon ? soleSpeakerBefore(a, persons, salience, s, open - 1, spans) : null;
    }

    /**
     * The person named right after "according to" in {@code [from, to)} ("But, according to Putin,
     * there had been “absolutely no progress”"): whose words the sentence gives; or null.
     */
    private static Entity accordingTo(AnalysedArticle a, List<PersonResolver.Resolved> persons, int from, int to) {
        var t = a.tokens();
        for (int k = from; k + 2 < to; k++) {
            if (t.get(k).text().equalsIgnoreCase("according") && Tokens.is(t, k + 1, "to")) {
                PersonResolver.Resolved r = mentionAt(persons, k + 2);
                if (r != null && r.mention().end() <= to) {
                    return r.person();
                }
            }
        }
        return null;
    }

    /**
     * "Ahmadinejad questioned U.S. nuclear policy. “Making nuclear … weapons is …”": a quotation that
     * opens its sentence, with no attribution, speaks for the one person the sentence before it in
     * the same paragraph names (or its opening "he"/"she"), when that sentence quotes no one.
     */
    private static Entity leadIn(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience,
                                 Sentence s, CharSpan q, List<CharSpan> spans) {
        if (s.index() == 0 || tokenAt(a, q.begin()) != s.tokens().start()) {
            return null;
        }
        Sentence before = a.sentences().get(s.index() - 1);
        if (before.paragraph() != s.paragraph()
                || spans.stream().anyMatch(o -> o.end() > before.span().begin() && o.begin() < before.span().end())) {
            return null;
        }
        Entity found = null;
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().sentence() == before.index()) {
                if (found != null && !found.equals(r.person())) {
                    return null; // two persons: whose words these are is not said
                }
                found = r.person();
            }
        }
        if (found == null && Salience.isPronoun(a, before.tokens().start())) {
            found = salience.resolve(before.tokens().start(), before.index());
        }
        return found;
    }

    /**
     * "Obama welcomed the deal: “…”", "As the president of the Senate, Santos Ramirez, put it: “…”":
     * a colon before a quotation introduces the words of the one person the sentence names before it.
     */
    private static Entity soleSpeakerBefore(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience,
                                            Sentence s, int colon, List<CharSpan> spans) {
        Entity found = null;
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().sentence() == s.index() && r.mention().end() <= colon
                    && !insideQuotation(a, r.mention().start(), spans)) {
                if (found != null && !found.equals(r.person())) {
                    return null;
                }
                found = r.person();
            }
        }
        if (found == null) {
            // "In Venezuela, once again, he brought out the integration wish: “…”".
            for (int k = s.tokens().start(); k < colon; k++) {
                if (Salience.isPronoun(a, k) && !insideQuotation(a, k, spans)) {
                    return salience.resolve(k, s.index());
                }
            }
        }
        return found;
    }

    /** Between a speech verb and its quotation: commas, "that", "however", a colon. */
    private static boolean onlyIntroducers(AnalysedArticle a, int from, int open) {
        for (int k = from; k < open; k++) {
            Token t = a.tokens().get(k);
            if (!(Tokens.isAny(a.tokens(), k, List.of(",", ":", "that")) || t.pos().startsWith("ADV"))) {
                return false;
            }
        }
        return true;
    }

    /** The person who speaks through the verb at {@code v}. */
    private Entity subjectOf(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience, Clauses c,
                             Sentence s, int v, List<CharSpan> spans) {
        if (c.parsed(v)) {
            int subject = c.clauseSubject(v);
            if (subject >= 0) {
                Entity e = personAt(a, persons, salience, subject, s);
                if (e != null) {
                    return e;
                }
            }
        }
        // The surface: a name or pronoun right before the verb, adverbs and auxiliaries between,
        // or before an apposition ("Hassan Rouhani, the Iranian president, told reporters").
        for (int k = v - 1; k >= Math.max(s.tokens().start(), v - 3); k--) {
            Entity e = personAt(a, persons, salience, k, s);
            if (e != null) {
                return e;
            }
            String pos = a.tokens().get(k).pos();
            if (Tokens.is(a.tokens(), k, ",")) {
                for (int open = k - 1; open > s.tokens().start() && open >= k - APPOSITION_REACH; open--) {
                    if (Tokens.isAny(a.tokens(), open, List.of("“", "”", "\"", ".", ";"))) {
                        break;
                    }
                    if (Tokens.is(a.tokens(), open, ",")) {
                        Entity named = personAt(a, persons, salience, open - 1, s);
                        if (named != null) {
                            return named;
                        }
                        break;
                    }
                }
                break;
            }
            if (!(pos.startsWith("ADV") || pos.startsWith("AUX") || pos.startsWith("PART"))) {
                break;
            }
        }
        boolean coordinated = v > s.tokens().start() && Tokens.isAny(a.tokens(), v - 1, List.of("and", "but", "then"));
        if (a.tokens().get(v).text().endsWith("ing") || coordinated) {
            // "…, saying, “…”", "… and said “…”": the participle's or the second verb's subject is
            // its sentence's.
            for (PersonResolver.Resolved r : persons) {
                if (r.mention().sentence() == s.index() && r.mention().end() <= v && !insideQuotation(a, r.mention().start(), spans)) {
                    return r.person();
                }
            }
            for (int k = s.tokens().start(); k < v; k++) {
                if (Salience.isPronoun(a, k)) {
                    return salience.resolve(k, s.index());
                }
            }
        }
        return null;
    }

    /** The person a token names (inside a mention) or refers to (a pronoun), or null. */
    private static Entity personAt(AnalysedArticle a, List<PersonResolver.Resolved> persons, Salience salience, int token,
                                   Sentence s) {
        for (PersonResolver.Resolved r : persons) {
            if (r.mention().start() <= token && token < r.mention().end()) {
                return r.person();
            }
        }
        return Salience.isPronoun(a, token) ? salience.resolve(token, s.index()) : null;
    }

    /**
     * The persons a quotation names by name (a speaker calls themselves "I"): none of them is the
     * one a pronoun after it stands for.
     */
    private static java.util.Set<Entity> spokenOf(AnalysedArticle a, List<PersonResolver.Resolved> persons, CharSpan q) {
        java.util.Set<Entity> named = new java.util.HashSet<>();
        for (PersonResolver.Resolved r : persons) {
            int begin = a.tokens().get(r.mention().start()).span().begin();
            if (r.mention().name() != null && begin >= q.begin() && begin < q.end()) {
                named.add(r.person());
            }
        }
        return named;
    }

    private static boolean insideQuotation(AnalysedArticle a, int token, List<CharSpan> spans) {
        int c = a.tokens().get(token).span().begin();
        for (CharSpan q : spans) {
            if (q.begin() < c && c < q.end() - 1) {
                return true;
            }
        }
        return false;
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
        // "“The calm is over”, said …": a sentence quoted whole, its comma outside the marks.
        boolean commaOutside = q.end() < text.length() && text.charAt(q.end()) == ','
                && Character.isUpperCase(inner.codePointAt(0));
        return ".,!?…".indexOf(last) >= 0 || commaOutside;
    }

    /**
     * A quoted phrase of three words or more that is not a name or a term: not every word
     * capitalised ("the “Ocean of Peace” initiative" is a name).
     */
    static boolean isQuotedPhrase(String text, CharSpan q) {
        String inner = inner(text, q);
        String[] words = inner.split("\\s+");
        if (words.length < MIN_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !NAME_LINKS.contains(w)) {
                return true;
            }
        }
        return false;
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
            if (s.span().contains(c)) {
                return s;
            }
        }
        return null;
    }
}
