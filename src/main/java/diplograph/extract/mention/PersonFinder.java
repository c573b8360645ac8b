package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.lexicon.Title;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds titled references to persons: "[the|his] [Iranian|Kazakhstan’s] TITLE [and TITLE]
 * [of STATE][,] Name", a name followed by ", [STATE’s] TITLE", and bare titles after a
 * determiner ("the Iranian president"). Titles, state forms and name particles come from the
 * lexicon; names are runs of capitalised tokens.
 */
public final class PersonFinder {

    private static final List<String> DETERMINERS = List.of("the", "his", "her", "its", "their", "a");
    private static final java.util.Set<String> VERB_TAGS = java.util.Set.of("VERB", "AUX");
    private static final int MAX_NAME_TOKENS = 6;
    /** Lowercase words allowed between a state and its title: "Ghana's newly inaugurated President". */
    private static final int MAX_MODIFIERS = 2;
    private static final java.util.Set<String> MODIFIER_TAGS = java.util.Set.of("ADJ", "ADV", "VERB");
    /** "S." or "J.D.": initials inside a name. */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.)+");
    /** Universal POS tags a capitalised word of a name never has ("The", "In", "He"). */
    private static final java.util.Set<String> NOT_NAME_TAGS =
            java.util.Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SYM");

    private final Lexicon lexicon;
    private final OrganizationFinder organizations;

    public PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.organizations = new OrganizationFinder(lexicon);
    }

    /** The person mentions of an article; {@code contacts} are its contact phrases by sentence. */
    public List<PersonMention> find(AnalysedArticle a, List<List<ContactPhrases.Phrase>> contacts) {
        List<PersonMention> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            int end = s.tokens().end();
            java.util.Set<Integer> listStarts = listStarts(a, s);
            boolean quoting = hasQuotationMark(a, s);
            for (int i = s.tokens().start(); i < end; ) {
                List<PersonMention> plural = coordinatedTitlesAt(a, s, i, end);
                if (plural.isEmpty()) {
                    plural = pluralTitleListAt(a, s, i, end);
                }
                if (!plural.isEmpty()) {
                    found.addAll(plural);
                    i = plural.get(plural.size() - 1).end();
                    continue;
                }
                PersonMention m = titledAt(a, s, i, end);
                if (m == null) {
                    m = nameThenTitleAt(a, s, i, end);
                }
                if (m == null) {
                    m = referenceNameAt(a, s, i, end);
                }
                if (m == null && a.tokens().get(i).isCapitalized()) {
                    m = honorificNameAt(a, s, i, end);
                }
                if (m == null && a.tokens().get(i).isCapitalized()) {
                    m = contactNameAt(a, s, i, end, contacts.get(s.index()));
                }
                if (m == null && a.tokens().get(i).isCapitalized()) {
                    m = speakerNameAt(a, s, i, end, quoting);
                }
                if (m == null && listStarts.contains(i)) {
                    m = listedNameAt(a, s, i, end);
                }
                if (m == null && a.tokens().get(i).isCapitalized()) {
                    m = describedNameAt(a, s, i, end);
                }
                if (m != null && m.name() != null && lexicon.hasInstitutionWord(m.name())) {
                    // "the President of the EU Council": the words after the title name a body, not a person.
                    m = m.form() == PersonMention.Form.TITLED_NAME ? afterBody(a, m, end) : null;
                }
                if (m != null) {
                    found.add(m);
                    if (listStarts.contains(m.start()) || listStarts.contains(i)) {
                        listStarts.add(nextListItem(a, m.end(), end));
                    }
                    i = m.end();
                } else {
                    i++;
                }
            }
        }
        return found;
    }

    /**
     * One plural title for two offices or two states: "Russia's Foreign and Defense ministers" (the
     * foreign minister and the defence minister of Russia), "the French and German foreign
     * ministers" (France's and Germany's): one bare title each, which resolution gives to the
     * article's persons or the reference's one holder that day. Empty when none starts at {@code i}.
     */
    private List<PersonMention> coordinatedTitlesAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<PersonMention> ofStates = pluralTitleOfStatesAt(a, s, i, end);
        if (!ofStates.isEmpty()) {
            return ofStates;
        }
        List<Token> t = a.tokens();
        String text = a.article().text();
        int j = Tokens.is(t, i, "the") || Tokens.is(t, i, "The") ? i + 1 : i;
        Entity shared = null;
        PhraseMatcher.Match<Entity> name = lexicon.stateNames().matchAt(t, j, text);
        if (name != null && Tokens.isPossessive(t, name.end())) {
            shared = name.value();
            j = name.end() + 1;
        }
        if (j + 3 >= end || !Tokens.is(t, j + 1, "and")) {
            return List.of();
        }
        // The plural title after "X and Y": one to three words, the last a plural ("ministers").
        for (int m = j + 4; m <= Math.min(end, j + 6); m++) {
            String singular = Tokens.singularOfPlural(t, text, j + 3, m);
            if (singular == null) {
                continue;
            }
            List<PersonMention> found = new ArrayList<>();
            int[] word = {j, j + 2};
            for (int k = 0; k < 2; k++) {
                String w = t.get(word[k]).text();
                Title title = lexicon.title(w + " " + singular);
                Entity qualifier = shared;
                if (title == null && shared == null) {
                    // "the French and German foreign ministers": each adjective its state, one title.
                    var adj = lexicon.stateAdjectives().matchAt(t, word[k], text);
                    qualifier = adj == null || adj.end() != word[k] + 1 ? null : adj.value();
                    title = lexicon.title(singular);
                }
                if (title == null || title.kind() != Title.Kind.OFFICE || qualifier == null) {
                    found = null;
                    break;
                }
                // The first office spans what opens the phrase; the second, Y and the plural title.
                int from = k == 0 ? i : word[1];
                int to = k == 0 ? word[0] + 1 : m;
                found.add(new PersonMention(s.index(), from, to, null, List.of(title), qualifier, PersonMention.Form.TITLE_ONLY));
            }
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * A plural title right before a list of names ("Foreign Ministers Wang Yi and Sergey Lavrov",
     * "accompanied by ministers Naledi Pandor, Thandi Modise and Bheki Cele"): each name holds the
     * title, and the state that opens the phrase if one does ("Russian Deputy Foreign Ministers
     * Sergey Ryabkov and Andrey Rudenko"). Names of two to four words, two names or more; empty when
     * no such list starts at {@code i}.
     */
    private List<PersonMention> pluralTitleListAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        if (!pluralBeforeName(t, i, end)) {
            return List.of(); // (the cheap test first: this is asked at every word)
        }
        int j = Tokens.isAny(t, i, List.of("the", "The")) ? i + 1 : i;
        Entity qualifier = null;
        PhraseMatcher.Match<Entity> adj = lexicon.stateAdjectives().matchAt(t, j, text);
        PhraseMatcher.Match<Entity> name = lexicon.stateNames().matchAt(t, j, text);
        if (name != null && Tokens.isPossessive(t, name.end())) {
            qualifier = name.value();
            j = name.end() + 1;
        } else if (adj != null && t.get(j).isCapitalized()) {
            qualifier = adj.value();
            j = adj.end();
        }
        for (int m = j + 1; m <= Math.min(end - 2, j + 3); m++) {
            String singular = Tokens.singularOfPlural(t, text, j, m);
            Title title = singular == null ? null : lexicon.title(singular);
            if (title == null || title.kind() != Title.Kind.OFFICE) {
                continue;
            }
            List<PersonMention> found = new ArrayList<>();
            for (int k = m; k >= 0 && k < end && t.get(k).isCapitalized(); k = nextListItem(a, found.get(found.size() - 1).end(), end)) {
                int nameEnd = nameEnd(a, k, end);
                int words = nameWords(t, k, nameEnd);
                if (words < 2 || words > MAX_LISTED_NAME || otherThanAName(a, k, nameEnd)) {
                    break;
                }
                found.add(new PersonMention(s.index(), found.isEmpty() ? i : k, nameEnd, Tokens.text(a, k, nameEnd),
                        List.of(title), qualifier, PersonMention.Form.TITLED_NAME));
            }
            return found.size() >= 2 ? found : List.of();
        }
        return List.of();
    }

    /** Whether a word ending in "s" and then a capitalised one stand within the next few words. */
    private static boolean pluralBeforeName(List<Token> t, int i, int end) {
        for (int k = i; k < Math.min(end - 1, i + 6); k++) {
            if (t.get(k).text().endsWith("s") && t.get(k + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The foreign ministers of Iran and Saudi Arabia", "the presidents of Russia and Turkey": a
     * plural title (one to three words, the last a plural) of two coordinated states, one bare
     * title each, which resolution gives to the article's persons or the reference's one holder that
     * day. Empty when none starts at {@code i}.
     */
    private List<PersonMention> pluralTitleOfStatesAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        int j = Tokens.isAny(t, i, List.of("the", "The")) ? i + 1 : i;
        for (int m = j + 1; m <= Math.min(end - 4, j + 3); m++) {
            String singular = Tokens.singularOfPlural(t, text, j, m);
            if (!Tokens.is(t, m, "of") || singular == null) {
                continue;
            }
            Title title = lexicon.title(singular);
            var first = lexicon.stateNames().matchAt(t, m + 1, text);
            var second = first == null || !Tokens.is(t, first.end(), "and") ? null
                    : lexicon.stateNames().matchAt(t, first.end() + 1, text);
            // Only an office a state has one holder of at a time ("the ambassadors of the United States
            // and China" are two of many), and not before the names themselves ("the foreign ministers
            // of Nigeria and Ghana, Yusuf Tuggar and Samuel Ablakwa respectively").
            if (title == null || !title.soleHolder()
                    || second == null || first.value().equals(second.value())
                    || second.end() < end && t.get(second.end()).isCapitalized()
                    || Tokens.is(t, second.end(), ",") && second.end() + 1 < end && t.get(second.end() + 1).isCapitalized()) {
                return List.of();
            }
            return List.of(
                    new PersonMention(s.index(), i, first.end(), null, List.of(title), first.value(), PersonMention.Form.TITLE_ONLY),
                    new PersonMention(s.index(), second.start(), second.end(), null, List.of(title), second.value(),
                            PersonMention.Form.TITLE_ONLY));
        }
        return List.of();
    }

    /**
     * Where the lists of persons after a companion or attendance cue start: "accompanied by the
     * following comitiva: A, B", "Also present were C and D", "present at the event: E (Economy),
     * F (Agriculture)". Their items that no other rule takes are read as names.
     */
    private java.util.Set<Integer> listStarts(AnalysedArticle a, Sentence s) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        String text = a.article().text();
        List<PhraseMatcher.Match<String>> cues = new ArrayList<>(
                lexicon.companionCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), text).stream()
                        .filter(c -> c.value().equals("yes")).toList());
        cues.addAll(lexicon.attendanceCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), text));
        for (var cue : cues) {
            int k = cue.end();
            for (int j = k; j < Math.min(s.tokens().end(), k + 5); j++) {
                if (Tokens.is(a.tokens(), j, ":")) {
                    k = j + 1;
                    break;
                }
            }
            starts.add(k);
            // "with the participation of the OSCE Minsk Group co-chairs Igor Popov, …": the list
            // opens at the first name after a lower-case word that describes its persons.
            for (int j = k + 1; j < Math.min(s.tokens().end(), k + 8); j++) {
                Token before = a.tokens().get(j - 1);
                if (a.tokens().get(j).isCapitalized() && !before.isCapitalized() && Character.isLetter(before.text().charAt(0))
                        && !lexicon.isFunctionWord(before.text())) {
                    starts.add(j);
                    break;
                }
            }
        }
        return starts;
    }

    /** After a list item: past a parenthesis that closes it, then ",", "and" or ", and"; -1 when no list goes on. */
    private static int nextListItem(AnalysedArticle a, int from, int end) {
        List<Token> t = a.tokens();
        int k = from;
        if (Tokens.is(t, k, "(")) {
            while (k < end && !Tokens.is(t, k, ")")) {
                k++;
            }
            k++;
        }
        int start = k;
        while (k < end && k - start < 2 && Tokens.isAny(t, k, List.of(",", "and"))) {
            k++;
        }
        return k > start ? k : -1;
    }

    /** The words of a name in {@code [from, to)}, without its particles and hyphens ("Nasser al-Shaer": two). */
    private int nameWords(List<Token> t, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (!w.equals("-") && !w.equals("‑") && !lexicon.isNameParticle(w)) {
                n++;
            }
        }
        return n;
    }

    /** Longest untitled name a list item takes: "Luiz Fernando Furlan", "Silas Rondeau Cavalcante Silva". */
    private static final int MAX_LISTED_NAME = 4;

    /** An item of a list of persons: two to four capitalised words, no state, place, organization or title. */
    private PersonMention listedNameAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        int nameEnd = nameEnd(a, i, end);
        int words = nameWords(t, i, nameEnd);
        if (words < 2 || words > MAX_LISTED_NAME || otherThanAName(a, i, nameEnd)) {
            return null;
        }
        return new PersonMention(s.index(), i, nameEnd, Tokens.text(a, i, nameEnd), List.of(), null,
                PersonMention.Form.CONTACT_NAME);
    }

    /**
     * A titled mention whose "name" names a body: the person's name when it follows the body and
     * its acronym ("President of the International Federation of Red Cross and Red Crescent (IFRC)
     * Francesco Rocca"), else the title alone ("the President of the EU Council").
     */
    private PersonMention afterBody(AnalysedArticle a, PersonMention m, int end) {
        List<Token> t = a.tokens();
        int j = m.end();
        if (Tokens.is(t, j, "(")) {
            while (j < end && !Tokens.is(t, j, ")")) {
                j++;
            }
            j++;
        }
        while (j < end && lexicon.hasInstitutionWord(t.get(j).text())) {
            j++; // the body's name goes on after its acronym: "(IFRC) Societies"
        }
        int nameEnd = j < end && t.get(j).isCapitalized() ? nameEnd(a, j, end) : j;
        if (nameEnd - j >= 2 && nameEnd - j <= MAX_CONTACT_NAME) {
            String name = Tokens.text(a, j, nameEnd);
            if (!lexicon.hasInstitutionWord(name)) {
                return new PersonMention(m.sentence(), m.start(), nameEnd, name, m.titles(), m.qualifier(),
                        PersonMention.Form.TITLED_NAME);
            }
        }
        return new PersonMention(m.sentence(), m.start(), m.end(), null, m.titles(), m.qualifier(),
                PersonMention.Form.TITLE_ONLY);
    }

    /**
     * The state a phrase at token {@code i} refers back to ("the country's"): the last state named
     * by name or adjective before it in its sentence, else in the sentence before; null when
     * neither names one.
     */
    private Entity antecedentState(AnalysedArticle a, int i) {
        int sentence = sentenceOf(a, i);
        for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
            var span = a.sentences().get(s).tokens();
            int to = s == sentence ? i : span.end();
            Entity last = null;
            int lastStart = -1;
            for (var m : lexicon.stateNames().findAll(a.tokens(), span.start(), to, a.article().text())) {
                if (m.start() > lastStart) {
                    last = m.value();
                    lastStart = m.start();
                }
            }
            for (var m : lexicon.stateAdjectives().findAll(a.tokens(), span.start(), to, a.article().text())) {
                if (m.start() > lastStart && a.tokens().get(m.start()).isCapitalized()) {
                    last = m.value();
                    lastStart = m.start();
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static int sentenceOf(AnalysedArticle a, int token) {
        for (var s : a.sentences()) {
            if (token >= s.tokens().start() && token < s.tokens().end()) {
                return s.index();
            }
        }
        return a.sentences().size() - 1;
    }

    /** The qualifier and titles of a title phrase starting at {@code i}. */
    private record TitlePhrase(int start, int end, List<Title> titles, Entity qualifier, boolean determiner,
                               boolean past) {
    }

    private TitlePhrase titlePhraseAt(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        // "His Majesty King Abdullah II", "His Highness the Amir of Kuwait": a courtesy title may open the phrase.
        int j = afterHonorifics(a, i, end);
        boolean det = false;
        if (Tokens.isAny(t, j, DETERMINERS) && !t.get(j).isCapitalized() || Tokens.is(t, j, "The")) {
            det = true;
            j++;
        }
        j = afterHonorifics(a, j, end);
        // "Acting Haitian Prime Minister": a modifier may stand before the state too, and so may a
        // cue of a past office ("Former U.S. President Jimmy Carter").
        PhraseMatcher.Match<String> leading = lexicon.titleModifiers().matchAt(t, j, text);
        if (leading != null && lexicon.titles().matchAt(t, leading.end(), text) == null) {
            j = leading.end();
        }
        PhraseMatcher.Match<String> formerly = lexicon.pastOfficeCues().matchAt(t, j, text);
        boolean pastBefore = formerly != null && lexicon.titles().matchAt(t, formerly.end(), text) == null;
        if (pastBefore) {
            j = formerly.end();
        }
        Entity qualifier = null;
        PhraseMatcher.Match<String> anaphor = det ? lexicon.stateAnaphors().matchAt(t, j, text) : null;
        if (anaphor != null && Tokens.isPossessive(t, anaphor.end())) {
            // "the country's President, Petro Poroshenko": the state named just before.
            Entity antecedent = antecedentState(a, i);
            if (antecedent != null) {
                qualifier = antecedent;
                j = anaphor.end() + 1;
            }
        }
        PhraseMatcher.Match<Entity> adj = qualifier != null ? null : lexicon.stateAdjectives().matchAt(t, j, text);
        PhraseMatcher.Match<Entity> longerName = lexicon.stateNames().matchAt(t, j, text);
        if (adj != null && longerName != null && (longerName.end() > adj.end()
                || longerName.end() == adj.end() && Tokens.isPossessive(t, adj.end()))) {
            // "Dominican Republic President …": the state's name, not the adjective of another
            // ("Dominican"); "New Zealand's Foreign Minister": a name that is its own adjective, made possessive.
            adj = null;
        }
        PhraseMatcher.Match<Entity> org = qualifier != null ? null : organizations.at(a, j, end);
        boolean compound = j > 0 && Tokens.isHyphen(t, j - 1) && Tokens.touching(t, j);
        if (adj != null && adj.end() < end && t.get(j).isCapitalized() && !compound) {
            // ("Russian-Serbian talks" is no qualifier of a title: the adjective is half a compound.)
            qualifier = adj.value();
            j = adj.end();
        } else if (org != null && org.end() < end) {
            // "UN Secretary-General", "NATO's Secretary General", "EU High Representative".
            qualifier = org.value();
            j = org.end() + (Tokens.isPossessive(t, org.end()) ? 1 : 0);
        } else if (qualifier == null) {
            PhraseMatcher.Match<Entity> name = lexicon.stateNames().matchAt(t, j, text);
            if (name != null && Tokens.isPossessive(t, name.end())) {
                qualifier = name.value();
                j = name.end() + 1;
            } else if (name != null && t.get(j).isCapitalized()
                    && lexicon.titles().matchAt(t, afterAcronym(t, name.end(), end), text) != null) {
                // "US President Donald Trump", "Republic of Cyprus (ROC) Foreign Minister": the state's
                // name used as an adjective.
                qualifier = name.value();
                j = name.end();
            }
        }
        if (qualifier != null) {
            j = afterAcronym(t, j, end);
            j = afterBody(a, j, end);
        }
        boolean past = pastBefore;
        for (int m = 0; m < MAX_MODIFIERS && lexicon.titles().matchAt(t, j, text) == null && j < end; m++) {
            PhraseMatcher.Match<String> cue = lexicon.pastOfficeCues().matchAt(t, j, text);
            PhraseMatcher.Match<String> modifier = lexicon.titleModifiers().matchAt(t, j, text);
            if (modifier != null) {
                j = modifier.end();
            } else if (cue != null) {
                past = true;
                j = cue.end();
                if (Tokens.is(t, j, "-")) {
                    j++;
                }
            } else if (!t.get(j).isCapitalized() && MODIFIER_TAGS.contains(t.get(j).pos()) && (det || qualifier != null)) {
                // "Ghana's newly inaugurated President": lower-case words only after a determiner or
                // state; "Putin warmly congratulated President X" has none.
                j++;
            } else if (org != null && qualifier == org.value() && !t.get(j).isCapitalized()
                    && t.get(j).pos().equals("NOUN")) {
                // "ASEAN summit spokesman": the organization's, through the occasion or unit it names.
                j++;
            } else {
                break;
            }
        }
        PhraseMatcher.Match<Title> first = lexicon.titles().matchAt(t, j, text);
        if (first == null || first.end() > end || first.end() == j + 1 && lineageFollows(t, j, end)) {
            return null; // ("Sultan bin Ahmed Al Jaber met": a given name, not the title)
        }
        if (first.end() == j + 1 && j + 1 < end && lexicon.officials().namesInSequence(t.get(j).text(), t.get(j + 1).text())) {
            return null; // ("Amir Abdollahian said": the words of an official's name, "Hossein Amir-Abdollahian")
        }
        List<Title> titles = new ArrayList<>();
        j = first.end();
        int afterFuture = afterFutureSuffix(t, j, end);
        if (afterFuture == j) {
            titles.add(first.value());
        }
        j = afterFuture;
        // "The Secretary and Foreign Minister Dendias" are two persons: a descriptor starts no list of offices.
        while (first.value().kind() != Title.Kind.DESCRIPTOR && Tokens.isAny(t, j, List.of("and", ",")) && j + 1 < end) {
            int k = j + 1;
            PhraseMatcher.Match<String> modifier = lexicon.titleModifiers().matchAt(t, k, text);
            if (modifier != null) {
                k = modifier.end();
            }
            // "Polish Foreign Minister and OSCE Chairman-in-Office Zbigniew Rau": the second office
            // is the organization's, not the state's; it is passed over, the first kept.
            PhraseMatcher.Match<Entity> otherBody = organizations.at(a, k, end);
            boolean foreign = otherBody != null && qualifier != null && !otherBody.value().equals(qualifier);
            if (foreign) {
                k = otherBody.end();
            }
            PhraseMatcher.Match<Title> next = lexicon.titles().matchAt(t, k, text);
            if (next == null || next.end() > end) {
                break;
            }
            if (!t.get(first.start()).isCapitalized() && t.get(next.start()).isCapitalized()) {
                // "The president and Prime Minister Abe": an office written as a common noun names
                // someone else; the capitalised office before the name is the name's.
                return null;
            }
            j = afterFutureSuffix(t, next.end(), end);
            if (j == next.end() && !foreign) {
                titles.add(next.value());
            }
        }
        if (titles.isEmpty()) {
            past = true; // only offices not yet held: "President-Elect", "Foreign Minister-Designate"
        }
        if (Tokens.is(t, j, "of")) {
            // "President of Russia" names its state after the title; it wins over one before it.
            int k = j + 1 + (Tokens.is(t, j + 1, "the") ? 1 : 0);
            PhraseMatcher.Match<Entity> of = stateAfterOf(a, j, end);
            PhraseMatcher.Match<Entity> ofOrg = organizations.at(a, k, end);
            if (of != null && of.end() <= end) {
                qualifier = of.value();
                j = afterAcronym(t, of.end(), end);
            } else if (ofOrg != null) {
                qualifier = ofOrg.value();
                j = afterAcronym(t, ofOrg.end(), end);
            }
        }
        if (Tokens.is(t, j, "to") && titles.stream().anyMatch(x -> "ambassador".equals(x.category()))) {
            // "the Japanese ambassador to China Anami Koreshige", "the Ambassador of China to
            // Nigeria, Cui Jianchun": the host state ends the title; the ambassador serves the
            // state before it.
            int k = j + 1 + (Tokens.is(t, j + 1, "the") ? 1 : 0);
            PhraseMatcher.Match<Entity> host = lexicon.stateNames().matchAt(t, k, a.article().text());
            PhraseMatcher.Match<Entity> hostOrg = organizations.at(a, k, end);
            PhraseMatcher.Match<Entity> to = host != null ? host : hostOrg;
            if (to != null && to.end() <= end) {
                j = afterAcronym(t, to.end(), end);
            }
        }
        return new TitlePhrase(i, j, past ? List.of() : titles, qualifier, det, past);
    }

    /**
     * The state after "of" at {@code of}: "of Russia", "of the United States of America" (the
     * longer of the state's names as written and its formal style), or {@code null}.
     */
    private PhraseMatcher.Match<Entity> stateAfterOf(AnalysedArticle a, int of, int end) {
        List<Token> t = a.tokens();
        PhraseMatcher.Match<Entity> name = lexicon.stateNames().matchAt(t, of + 1, a.article().text());
        PhraseMatcher.Match<Entity> formal = formalState(a, of + 1 + (Tokens.is(t, of + 1, "the") ? 1 : 0), end);
        return name == null || formal != null && formal.end() > name.end() ? formal : name;
    }

    /**
     * A state in its formal style at {@code k}: its name ("Republic of Belarus" as the reference
     * has it), form words then "of" and the name ("Republic of Turkey"), or the adjective then form
     * words ("Argentine Republic").
     */
    private PhraseMatcher.Match<Entity> formalState(AnalysedArticle a, int k, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        PhraseMatcher.Match<Entity> name = lexicon.stateNames().matchAt(t, k, text);
        if (name != null) {
            return name;
        }
        int j = k;
        PhraseMatcher.Match<String> form;
        while (j < end && (form = lexicon.stateForms().matchAt(t, j, text)) != null) {
            j = form.end();
        }
        if (j > k && Tokens.is(t, j, "of")) {
            int n = j + 1 + (Tokens.is(t, j + 1, "the") ? 1 : 0);
            name = lexicon.stateNames().matchAt(t, n, text);
            return name == null ? null : new PhraseMatcher.Match<>(k, name.end(), name.phrase(), name.value());
        }
        PhraseMatcher.Match<Entity> adj = lexicon.stateAdjectives().matchAt(t, j, text);
        if (adj != null) {
            int e = adj.end();
            while (e < end && (form = lexicon.stateForms().matchAt(t, e, text)) != null) {
                e = form.end();
            }
            if (e > adj.end()) {
                return new PhraseMatcher.Match<>(k, e, adj.phrase(), adj.value());
            }
        }
        return null;
    }

    /**
     * Whether the reference knows exactly one official of this name, whose offices all belong to
     * states other than the phrase's: officials serve one state, so the name after the comma is
     * not this title's holder. (The reference misses offices, never a person's state.)
     */
    private boolean contradicted(TitlePhrase tp, String name) {
        List<diplograph.lexicon.Official> named = lexicon.officials().named(name);
        // An organization's official ("NATO's secretary general, Anders Fogh Rasmussen") serves no one state.
        if (named.size() != 1 || tp.qualifier() == null || tp.qualifier().code() == null
                || tp.qualifier().kind() != diplograph.model.EntityKind.STATE) {
            return false;
        }
        List<String> states = named.get(0).states();
        return !states.isEmpty() && !states.contains(tp.qualifier().code());
    }

    /** Longest portfolio a title may carry before its holder's name: "for Middle East Peace". */
    private static final int MAX_PORTFOLIO = 14;

    /**
     * A title's portfolio and its holder's name ("Special Coordinator for Middle East Peace Tor
     * Wennesland", "Minister of Development, Industry, and External Trade Luiz Fernando Furlan",
     * "Speaker of the National Assembly Marzouq al Ghanem").
     *
     * @param office whether the portfolio names a remit (its words are portfolio words of the
     *               lexicon, or it ends with an institution: "the National Assembly"), so that the
     *               title with it is the office; a company's or another body's name is not one
     */
    private record Portfolio(int start, int nameStart, int nameEnd, boolean office) {
    }

    /**
     * The portfolio is capitalised words, "and", "of", "the" and commas; the name is the end of it
     * that names an official of the reference, else what follows the portfolio's last word of a
     * remit or an institution, else its last two words when the portfolio keeps one word at least.
     */
    private Portfolio portfolioName(AnalysedArticle a, int from, int end) {
        List<Token> t = a.tokens();
        int k = from;
        while (k < end && k - from < MAX_PORTFOLIO && (t.get(k).isCapitalized()
                || Tokens.isAny(t, k, List.of("and", "of", "the", ",", "(", ")")) || lexicon.isNameParticle(t.get(k).text())
                || innerHyphen(t, k, end))) {
            int next = Tokens.is(t, k, "the") ? k + 1 : k;
            if (k > from && (Tokens.is(t, k - 1, ",") || Tokens.is(t, k - 1, "and"))
                    && (lexicon.titles().matchAt(t, next, a.article().text()) != null
                    || next > k && next < end && lexicon.isTitleWord(t.get(next).text())
                    || lexicon.honorifics().matchAt(t, next, a.article().text()) != null)) {
                break; // ", and Foreign Minister …", "and the Special Secretary …": the next person of a list
            }
            k++;
        }
        while (k > from && !t.get(k - 1).isCapitalized()) {
            k--;
        }
        for (int length = 3; length >= 2; length--) {
            int start = k - length;
            if (start > from && !lexicon.officials().named(Tokens.text(a, start, k)).isEmpty()) {
                return new Portfolio(from, start, k, remit(a, from, start));
            }
        }
        int afterRemit = from;
        for (int j = from; j < k; j++) {
            if (lexicon.isPortfolioWord(t.get(j).text()) || lexicon.hasInstitutionWord(t.get(j).text())
                    || Tokens.is(t, j, ")")) {
                afterRemit = j + 1;
            }
        }
        if (afterRemit > from && k - afterRemit >= 2 && k - afterRemit <= 4 && nameEnd(a, afterRemit, k) == k
                && isNameWord(t.get(afterRemit))) {
            return new Portfolio(from, afterRemit, k, remit(a, from, afterRemit));
        }
        for (int j = Math.max(from + 1, k - MAX_LISTED_NAME); j <= k - 2; j++) {
            // "the President of Petrobras José Eduardo Dutra": the name opens with a given name.
            if (lexicon.officials().isGivenName(t.get(j).text()) && nameEnd(a, j, k) == k) {
                return new Portfolio(from, j, k, remit(a, from, j));
            }
        }
        int start = k - 2;
        while (start > from && lexicon.isNameParticle(t.get(start).text())) {
            start--; // "Marzouq al Ghanem": a particle belongs to the name
        }
        if (start > from && nameEnd(a, start, k) == k && isNameWord(t.get(start))) {
            return new Portfolio(from, start, k, remit(a, from, start));
        }
        return null;
    }

    /** A hyphen inside a word ("Al-Mashaan", "Asia-Pacific"): touching a capitalised word on either side. */
    private static boolean innerHyphen(List<Token> t, int k, int end) {
        return Tokens.joinsWords(t, k) && k + 1 < end && t.get(k + 1).isCapitalized();
    }

    /**
     * The title with its portfolio: "Minister of Tourism", "Special Envoy for Yemen" (the office
     * is the title's, with its remit, as governments name it); a title of a company or another
     * body ("President of Petrobras") asserts no office of a state.
     */
    private List<Title> withPortfolio(AnalysedArticle a, List<Title> titles, int prep, Portfolio p) {
        if (titles.size() != 1 || titles.get(0).kind() != Title.Kind.OFFICE) {
            return titles;
        }
        if (!p.office()) {
            return List.of();
        }
        Title title = titles.get(0);
        int portfolioEnd = p.nameStart();
        while (portfolioEnd > p.start() && Tokens.isAny(a.tokens(), portfolioEnd - 1, List.of(",", "and", "(", ")"))) {
            portfolioEnd--;
        }
        if (Tokens.is(a.tokens(), portfolioEnd - 1, ")")) {
            return titles;
        }
        String label = title.office().label() + " " + Tokens.text(a, prep, portfolioEnd);
        int named = Tokens.isAny(a.tokens(), prep + 1, List.of("the", "The")) ? prep + 2 : prep + 1;
        var ministry = lexicon.ministries().matchAt(a.tokens(), named, a.article().text());
        if (ministry != null && ministry.end() == portfolioEnd) {
            // "spokesman for the Foreign Ministry" is the office of "Foreign Ministry spokesman":
            // the ministry by the name ministries.tsv gives it.
            label = title.office().label() + " of the " + ministry.value();
        }
        diplograph.model.Office office = new diplograph.model.Office(diplograph.lexicon.Keys.slug(label), label,
                title.office().category());
        return List.of(new Title(office, title.category(), Title.Kind.OFFICE, title.phrase()));
    }

    /** Whether {@code [from, to)} names a remit: portfolio words, or words ending with an institution's. */
    private boolean remit(AnalysedArticle a, int from, int to) {
        List<Token> t = a.tokens();
        boolean words = false;
        for (int j = from; j < to; j++) {
            String w = t.get(j).text();
            if (Tokens.isAny(t, j, List.of("and", "of", "the", ",", "for"))) {
                continue;
            }
            if (!lexicon.isPortfolioWord(w)) {
                return to > from && lexicon.hasInstitutionWord(t.get(to - 1).text());
            }
            words = true;
        }
        return words;
    }

    /** After "-Elect" or "-Designate" closing a title at {@code j} ("President-Elect"), else {@code j}. */
    private static int afterFutureSuffix(List<Token> t, int j, int end) {
        int k = Tokens.isHyphen(t, j) ? j + 1 : j;
        if (k < end && (Tokens.is(t, k, "Elect") || Tokens.is(t, k, "elect") || Tokens.is(t, k, "Designate")
                || Tokens.is(t, k, "designate"))) {
            return k + 1;
        }
        return j;
    }

    /** Longest name of a body between a state and a title: "Afghan High Council for National Reconciliation Chairman". */
    private static final int MAX_BODY = 6;

    /**
     * After the name of a body of the state that the lexicon does not know, when a title follows
     * it ("Venezuelan Interim Government International Relations Commissioner", "Burmese NUG
     * representative"): capitalised words, "for", "of", "the", "and"; else {@code j}.
     */
    private int afterBody(AnalysedArticle a, int j, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        if (lexicon.titles().matchAt(t, j, text) != null || j >= end || !t.get(j).isCapitalized()) {
            return j;
        }
        for (int k = j; k < end && k - j < MAX_BODY; k++) {
            if (afterAcronym(t, k, end) > k) {
                k = afterAcronym(t, k, end); // "UN World Food Program (WFP) Executive Director"
            }
            Token tok = t.get(k);
            if (k > j && lexicon.titles().matchAt(t, k, text) != null
                    && (t.get(k - 1).isCapitalized() || Tokens.is(t, k - 1, "and") || Tokens.is(t, k - 1, ")"))) {
                return k;
            }
            boolean bodyWord = tok.isCapitalized() && (tok.pos().equals("PROPN") || tok.pos().equals("NOUN")
                    || tok.pos().equals("ADJ")) || Tokens.isAny(t, k, List.of("for", "of", "the", "and"));
            if (!bodyWord) {
                return j;
            }
        }
        return j;
    }

    /** After an acronym in parentheses, "Republic of Cyprus (ROC) Foreign Minister", else {@code j}. */
    private static int afterAcronym(List<Token> t, int j, int end) {
        if (j + 2 < end && Tokens.is(t, j, "(") && Tokens.is(t, j + 2, ")")
                && t.get(j + 1).text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            return j + 3;
        }
        return j;
    }

    private PersonMention titledAt(AnalysedArticle a, Sentence s, int i, int end) {
        TitlePhrase tp = titlePhraseAt(a, i, end);
        if (tp == null) {
            return null;
        }
        List<Token> t = a.tokens();
        int nameStart = tp.end();
        boolean apposition = Tokens.is(t, nameStart, ",");
        if (apposition && !tp.determiner() && tp.qualifier() == null) {
            // "Mr President, Ladies and gentlemen": a bare title before a comma is an address, and
            // what follows is no name ("the Iranian foreign minister, Araghchi" has its article).
            return null;
        }
        if (apposition) {
            nameStart++;
        }
        nameStart = afterHonorifics(a, nameStart, end);
        PhraseMatcher.Match<Title> again = apposition ? lexicon.titles().matchAt(t, nameStart, a.article().text()) : null;
        int afterAgain = again == null || again.end() >= end ? -1 : afterHonorifics(a, again.end(), end);
        if (afterAgain >= 0 && tp.titles().stream().anyMatch(x -> x.category() != null
                && x.category().equals(again.value().category())) && nameEnd(a, afterAgain, end) > afterAgain) {
            // "the Ambassador of China to Nigeria, Ambassador Cui Jianchun": the office said again
            // right before the name. (Not "the President of the Russian Federation, President of the
            // Republic of Azerbaijan Ilham Aliyev": a title with a state of its own is another person's.)
            nameStart = afterAgain;
        }
        int nameEnd = nameEnd(a, nameStart, end);
        if (apposition && nameEnd > nameStart && nameEnd < end && lexicon.isPortfolioWord(t.get(nameEnd).text())) {
            // "The Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates": the
            // words after the comma go on into a remit; they are no name.
            nameEnd = nameStart;
        }
        if (apposition && nameEnd > nameStart && contradicted(tp, Tokens.text(a, nameStart, nameEnd))) {
            // "initiated by the President of the French Republic, Vladimir Putin and Emmanuel Macron
            // had…": the reference knows the name after the comma and never in that office.
            nameEnd = nameStart;
        }
        if (apposition && nameEnd > nameStart && nameEnd < end && i > s.tokens().start()
                && t.get(i - 1).pos().equals("ADP") && VERB_TAGS.contains(t.get(nameEnd).pos())) {
            // "Speaking at a press conference with the Secretary General, Fidan said …": a name
            // right before its verb is the clause's subject, not the apposition of a title a
            // preposition governs.
            nameEnd = nameStart;
        }
        List<Title> titles = tp.titles();
        if (nameEnd == nameStart && Tokens.isAny(t, nameStart, List.of("for", "on", "of"))) {
            // "Special Envoy for Yemen Hans Grundberg", "Speaker of the National Assembly Marzouq al Ghanem".
            int prep = nameStart;
            Portfolio name = portfolioName(a, nameStart + 1, end);
            if (name != null) {
                nameStart = name.nameStart();
                nameEnd = name.nameEnd();
                titles = withPortfolio(a, tp.titles(), prep, name);
            }
        }
        if (nameEnd - nameStart >= 2 && !lexicon.officials().isGivenName(t.get(nameStart).text())
                && lexicon.isCommonWord(t.get(nameStart).text()) && lexicon.isCommonWord(t.get(nameEnd - 1).text())) {
            // "How to Adopt an Online Leader Success Mindset", "Als eZ Premier Solution Partner": after a
            // title, ordinary words first and last are a phrase of the text, not a name.
            return null;
        }
        if (nameEnd > nameStart) {
            Entity qualifier = tp.qualifier();
            int mentionEnd = nameEnd;
            if (qualifier == null && Tokens.is(t, nameEnd, "of")) {
                // "King Abdullah II of Jordan": the state after the name.
                PhraseMatcher.Match<Entity> of = stateAfterOf(a, nameEnd, end);
                if (of != null) {
                    qualifier = of.value();
                    mentionEnd = of.end();
                }
            }
            return new PersonMention(s.index(), i, mentionEnd, Tokens.text(a, nameStart, nameEnd), titles,
                    qualifier, PersonMention.Form.TITLED_NAME);
        }
        // "in the absence of a President", "a Chinese vice minister": an indefinite title names no one.
        boolean indefinite = Tokens.isAny(t, afterHonorifics(a, i, end), List.of("a", "an"));
        if ((tp.determiner() || tp.qualifier() != null) && !tp.past() && !indefinite && !ordinal(t, i - 1, tp.end())) {
            return new PersonMention(s.index(), i, tp.end(), null, tp.titles(), tp.qualifier(),
                    PersonMention.Form.TITLE_ONLY);
        }
        return null;
    }

    /**
     * Whether an ordinal stands in {@code [from, to)}: "the country's first Indian president", "the
     * next president" name a place in a line of holders, not the one who holds the office now.
     */
    private static boolean ordinal(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (ORDINAL.matcher(t.get(k).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|only|\\d+(st|nd|rd|th)");

    /** "Abbas Araghchi, Iran’s foreign minister": a name of two or more words, then its title. */
    private PersonMention nameThenTitleAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        if (i > s.tokens().start() && t.get(i - 1).isCapitalized() && !Tokens.is(t, i - 1, "“")) {
            return null;
        }
        int nameStart = afterHonorifics(a, i, end);
        int nameEnd = nameEnd(a, nameStart, end);
        if (nameEnd - nameStart < 2 && nameStart == i || nameEnd == nameStart || !Tokens.is(t, nameEnd, ",")) {
            return null;
        }
        TitlePhrase tp = titlePhraseAt(a, nameEnd + 1, end);
        // "…, the President of Petrobras José Eduardo Dutra": a title going on with its body or
        // portfolio belongs to the name after it, as in a list of titled persons.
        boolean goesOn = false;
        if (tp != null && Tokens.isAny(t, tp.end(), List.of("of", "for")) && tp.end() + 1 < end
                && t.get(tp.end() + 1).isCapitalized()) {
            PersonMention next = titledAt(a, s, nameEnd + 1, end);
            goesOn = next != null && next.form() == PersonMention.Form.TITLED_NAME;
        }
        if (tp == null || goesOn || tp.titles().stream().anyMatch(x -> x.kind() == Title.Kind.COUNTERPART)
                || Tokens.isPossessive(t, tp.end())) {
            // "Staffan de Mistura, the UN Secretary-General’s Personal Envoy": the title is another's.
            return null;
        }
        // "In the lead-up to Eid al-Adha, President Pezeshkian…": the title belongs to the name after it.
        if (nameEnd(a, afterHonorifics(a, tp.end(), end), end) > afterHonorifics(a, tp.end(), end)) {
            return null;
        }
        return new PersonMention(s.index(), i, tp.end(), Tokens.text(a, nameStart, nameEnd), tp.titles(),
                tp.qualifier(), PersonMention.Form.TITLED_NAME);
    }

    /**
     * "Vladimir Putin had a telephone conversation…": a name of two or more words, without a
     * title, that names an official of the reference. The run may carry one extra word before or
     * after the official's name ("Sayyid Ebrahim Raisi", "Miguel Diaz-Canel Bermudez") when that
     * official was in office on the article's date: a part of a longer name is otherwise another
     * person's name ("Rafael Mariano Grossi" is not "Rafael V. Mariano", a former Philippine
     * secretary).
     */
    private PersonMention referenceNameAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        if (!t.get(i).isCapitalized()) {
            return null;
        }
        int nameStart = afterHonorifics(a, i, end);
        int nameEnd = nameEnd(a, nameStart, end);
        int[][] candidates = nameEnd - nameStart >= 3
                ? new int[][] {{nameStart, nameEnd}, {nameStart + 1, nameEnd}, {nameStart, nameEnd - 1}}
                : new int[][] {{nameStart, nameEnd}};
        for (int[] c : candidates) {
            if (c[1] - c[0] < 2) {
                continue;
            }
            String name = Tokens.text(a, c[0], c[1]);
            boolean whole = c[0] == nameStart && c[1] == nameEnd;
            if (whole ? !lexicon.officials().named(name).isEmpty() : inOffice(name, a.article().published())) {
                return new PersonMention(s.index(), c[0] == nameStart ? i : c[0], c[1], name, List.of(), null,
                        PersonMention.Form.REFERENCE_NAME);
            }
        }
        return null;
    }

    /** Whether an official of the reference so named held an office on {@code day}. */
    private boolean inOffice(String name, java.time.LocalDate day) {
        return day != null && lexicon.officials().named(name).stream()
                .anyMatch(o -> o.inOfficeOn(day));
    }

    /** Longest name the contact rule takes: "Tatyana Trotsenko", "Jean-Claude Juncker", "Zin Mar Aung". */
    private static final int MAX_CONTACT_NAME = 3;
    /** Small words between a contact phrase and the name: "with 13-year-old Tatyana Trotsenko". */
    private static final int MAX_CONTACT_GAP = 5;

    /**
     * "Vladimir Putin had a telephone conversation with 13-year-old Tatyana Trotsenko": a name that
     * neither a title nor the reference gives, two or three capitalised words (no title, state,
     * organization or place among them) right after a contact phrase, or right before one as its
     * subject. The contact is what makes the capitalised words a person.
     */
    private PersonMention contactNameAt(AnalysedArticle a, Sentence s, int i, int end,
                                        List<ContactPhrases.Phrase> contacts) {
        List<Token> t = a.tokens();
        if (i > s.tokens().start() && isNameWord(t.get(i - 1)) && !ordinaryWord(t.get(i - 1))) {
            return null;
        }
        int nameEnd = nameEnd(a, i, end);
        int words = nameWords(t, i, nameEnd);
        if (words < 2 || words > MAX_CONTACT_NAME || nameEnd < end && t.get(nameEnd).isCapitalized()
                || otherThanAName(a, i, nameEnd) || lexicon.honorifics().matchAt(t, i, a.article().text()) != null) {
            return null;
        }
        if (nameEnd - i == 3 && Tokens.isHyphen(t, i + 1) && Tokens.touching(t, i + 1)
                && Tokens.touching(t, i + 2)) {
            // "the Rice-Putin talks", "a Trump-Kim summit": two surnames joined name the parties, not one person.
            return null;
        }
        for (ContactPhrases.Phrase p : contacts) {
            boolean object = p.end() <= i && (i - p.end() <= MAX_CONTACT_GAP && smallWordsOnly(t, p.end(), i)
                    || coordinatedObject(a, p, i, end));
            // Not after a preposition or an article: "in a Rose Garden news conference" names a place.
            boolean subject = nameEnd == p.start() && !(i > s.tokens().start()
                    && (t.get(i - 1).pos().equals("ADP") || t.get(i - 1).pos().equals("DET")));
            if (object || subject) {
                return new PersonMention(s.index(), i, nameEnd, Tokens.text(a, i, nameEnd), List.of(), null,
                        PersonMention.Form.CONTACT_NAME);
            }
        }
        return null;
    }

    /** Longest name a courtesy title or rank alone makes a person's: "Sheikh Khalid bin Mohamed Al Nahyan". */
    private static final int MAX_HONORIFIC_NAME = 5;

    /**
     * "Dr. Kwame Mensah Boateng met …", "received Brigadier General Miguel A. Correa, …": a courtesy
     * title or military rank of {@code honorifics.tsv} before two or more capitalised words (no
     * title, state, organization, place or institution among them, and no capitalised word after
     * them) names a person, whatever the sentence says of them. Not after a capitalised word, where
     * the rank belongs to a longer name ("UN General Assembly").
     */
    private PersonMention honorificNameAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        // Nor after a hyphen that joins it to a title ("Governor-General Sam Mostyn").
        if (lexicon.honorifics().matchAt(t, i, text) == null
                || i > s.tokens().start() && t.get(i - 1).isCapitalized() && !Tokens.is(t, i - 1, "“")
                || i > s.tokens().start() + 1 && Tokens.joinsWords(t, i - 1)) {
            return null;
        }
        int nameStart = afterHonorifics(a, i, end);
        int nameEnd = nameEnd(a, nameStart, end);
        if (nameStart == i || nameEnd <= nameStart) {
            return null;
        }
        int words = nameWords(t, nameStart, nameEnd);
        if (words < 2 || words > MAX_HONORIFIC_NAME || nameEnd < end && t.get(nameEnd).isCapitalized()
                || otherThanAName(a, nameStart, nameEnd) || namesAnotherKind(a, nameStart, nameEnd)) {
            return null;
        }
        return new PersonMention(s.index(), i, nameEnd, Tokens.text(a, nameStart, nameEnd), List.of(), null,
                PersonMention.Form.HONORIFIC_NAME);
    }

    /**
     * Whether the name at {@code i} is coordinated with one the contact phrase takes as its object:
     * "The meeting between Mevlut Cavusoglu and Javad Zarif", "talks with A, B and C".
     */
    private boolean coordinatedObject(AnalysedArticle a, ContactPhrases.Phrase p, int i, int end) {
        List<Token> t = a.tokens();
        int k = p.end();
        while (k < i && k - p.end() <= MAX_CONTACT_GAP && !t.get(k).isCapitalized()) {
            k++;
        }
        if (k >= i || !smallWordsOnly(t, p.end(), k)) {
            return false;
        }
        for (int names = 0; k < i && names < MAX_COORDINATED; names++) {
            int e = nameEnd(a, afterHonorifics(a, k, end), end);
            if (e <= k || !Tokens.isAny(t, e, List.of("and", ","))) {
                return false;
            }
            k = Tokens.is(t, e, ",") && Tokens.is(t, e + 1, "and") ? e + 2 : e + 1;
        }
        return k == i;
    }

    /** Names coordinated after a contact phrase that the contact rule reads: "with A, B, C and D". */
    private static final int MAX_COORDINATED = 4;

    /** Tokens of an apposition between a speaker's name and the speech verb. */
    private static final int APPOSITION_REACH = 20;

    /**
     * "“…,” said Bruce Riedel of the Brookings Institution", "“…,” Amos Gilad, a liaison officer,
     * said", "Hassan Omar said: “…”": two or three capitalised words (no title, state, organization
     * or place among them) as the subject of a speech verb — right before it, before an apposition
     * that ends before it, or, in a sentence that quotes ({@code quoting}), right after it. Reported
     * speech is speech too: "Emad Gad, senior researcher at …, said that neither …".
     */
    private PersonMention speakerNameAt(AnalysedArticle a, Sentence s, int i, int end, boolean quoting) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        // ("Administrator Jim Bridenstine said": an ordinary word before names no one.)
        if (i > s.tokens().start() && isNameWord(t.get(i - 1)) && !ordinaryWord(t.get(i - 1))) {
            return null;
        }
        int nameEnd = nameEnd(a, i, end);
        int words = nameWords(t, i, nameEnd);
        if (words < 2 || words > MAX_CONTACT_NAME || nameEnd < end && t.get(nameEnd).isCapitalized()
                || otherThanAName(a, i, nameEnd) || lexicon.honorifics().matchAt(t, i, text) != null) {
            return null;
        }
        if (namesAnotherKind(a, i, nameEnd)) {
            return null;
        }
        int verb = Tokens.is(t, nameEnd, ",") ? Tokens.afterApposition(t, nameEnd, end, APPOSITION_REACH) : nameEnd;
        boolean before = verb >= 0 && verb < end && lexicon.speechVerbs().matchAt(t, verb, text) != null;
        boolean after = false;
        for (int k = i - 1; quoting && k >= Math.max(s.tokens().start(), i - 1 - SPEAKER_DESCRIPTOR) && !after; k--) {
            var v = lexicon.speechVerbs().matchAt(t, k, text);
            // "“…,” said Hamas official Ayman Taha": a few describing words may stand between.
            after = v != null && v.end() <= i && describes(t, v.end(), i) && k > s.tokens().start()
                    && (Tokens.isAny(t, k - 1, List.of("”", "\"")) || Tokens.is(t, k - 1, ","));
            if (t.get(k).pos().equals("PUNCT")) {
                break;
            }
        }
        if (!before && !after) {
            return null;
        }
        return new PersonMention(s.index(), i, nameEnd, Tokens.text(a, i, nameEnd), List.of(), null,
                PersonMention.Form.SPEAKER_NAME);
    }

    /** Whether a capitalised word is an ordinary English word and no official's given name ("Media", "Administrator"). */
    private boolean ordinaryWord(Token tok) {
        return lexicon.isCommonWord(tok.text()) && !lexicon.officials().isGivenName(tok.text());
    }

    /**
     * Whether capitalised words that nothing but their place makes a name are ordinary words: the
     * first ("Human Rights Watch", "Developer Valve"), or the last after a first word that is no
     * official's given name ("Vox Media", "Business Insider"). A given name first keeps a surname
     * that is a word too ("Fiona Hill", "Tom Young").
     */
    private boolean ordinaryWords(List<Token> t, int from, int to) {
        if (lexicon.officials().isGivenName(t.get(from).text())) {
            return false;
        }
        return lexicon.isCommonWord(t.get(from).text()) || lexicon.isCommonWord(t.get(to - 1).text());
    }

    /**
     * Whether capitalised words {@code [from, to)} that no title makes a name are something else:
     * ordinary words ({@link #ordinaryWords}), a place ("New Delhi"), or a body ("Foreign Ministry").
     */
    private boolean otherThanAName(AnalysedArticle a, int from, int to) {
        return ordinaryWords(a.tokens(), from, to) || lexicon.places().matchAt(a.tokens(), from, a.article().text()) != null
                || lexicon.hasInstitutionWord(Tokens.text(a, from, to));
    }

    /** Whether a state, a title or an organization stands among the words {@code [from, to)}: no person's name. */
    private boolean namesAnotherKind(AnalysedArticle a, int from, int to) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        for (int k = from; k < to; k++) {
            if (lexicon.stateNames().matchAt(t, k, text) != null || lexicon.stateAdjectives().matchAt(t, k, text) != null
                    || lexicon.titles().matchAt(t, k, text) != null || lexicon.organizations().matchAt(t, k, text) != null) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of a description opening a sentence before the name it describes. */
    private static final int DESCRIPTION_REACH = 12;

    /**
     * "The director of the Heritage Foundation in Moscow, Yevgeni Volk, predicts …": two or three
     * capitalised words (no title, state, organization or place among them) set off by commas after
     * a definite description that opens the sentence with a common noun, and followed by a verb:
     * the person the description describes, and the subject of that verb. Likewise after "according
     * to the …," where the name ends the sentence or its clause.
     */
    private PersonMention describedNameAt(AnalysedArticle a, Sentence s, int i, int end) {
        List<Token> t = a.tokens();
        int first = accordingTo(t, s.tokens().start(), i);
        boolean sourced = first > s.tokens().start();
        if (i < first + 3 || i - first > DESCRIPTION_REACH + 1 || !Tokens.is(t, i - 1, ",")
                || !Tokens.isAny(t, first, List.of("The", "the"))
                // After "according to" a title may be capitalised ("the Director of …"), a proper noun to the tagger.
                || !sourced && (t.get(first + 1).isCapitalized() || !t.get(first + 1).pos().equals("NOUN"))
                || sourced && !List.of("NOUN", "PROPN").contains(t.get(first + 1).pos())) {
            return null;
        }
        for (int k = first + 1; k < i - 1; k++) {
            if (t.get(k).pos().equals("PUNCT") || t.get(k).pos().equals("VERB") || t.get(k).pos().equals("AUX")) {
                return null; // the description is one noun phrase
            }
        }
        String text = a.article().text();
        int nameEnd = nameEnd(a, i, end);
        int words = nameWords(t, i, nameEnd);
        int verb = nameEnd + 1;
        // The tagger may call a verb of the present a noun ("warns that"); a "that" after it decides.
        boolean verbal = verb < end && (t.get(verb).pos().equals("VERB") || t.get(verb).pos().equals("AUX")
                || lexicon.speechVerbs().matchAt(t, verb, text) != null
                || !t.get(verb).isCapitalized() && Tokens.is(t, verb + 1, "that"));
        // After "according to", the name closes the sentence or its clause: the source of what it says.
        boolean closes = sourced && (nameEnd >= end || Tokens.isAny(t, nameEnd, List.of(".", ",", ";")));
        if (words < 2 || words > MAX_CONTACT_NAME || !closes && (!Tokens.is(t, nameEnd, ",") || !verbal)
                || otherThanAName(a, i, nameEnd)) {
            return null;
        }
        if (namesAnotherKind(a, i, nameEnd)) {
            return null;
        }
        return new PersonMention(s.index(), i, nameEnd, Tokens.text(a, i, nameEnd), List.of(), null,
                PersonMention.Form.SPEAKER_NAME);
    }

    /**
     * Where a description before {@code name} starts: after "according to" within
     * {@link #DESCRIPTION_REACH} tokens before it ("…, according to the director of the Heritage
     * Foundation in Moscow, Yevgeni Volk."), else at the sentence's start.
     */
    private static int accordingTo(List<Token> t, int sentenceStart, int name) {
        for (int k = name - 2; k >= Math.max(sentenceStart + 1, name - 2 - DESCRIPTION_REACH); k--) {
            if (Tokens.is(t, k, "to") && Tokens.isAny(t, k - 1, List.of("according", "According"))) {
                return k + 1;
            }
        }
        return sentenceStart;
    }

    /** Words before a speaker's name that describe the speaker: no punctuation, no verb. */
    private static final int SPEAKER_DESCRIPTOR = 4;

    private static boolean describes(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String pos = t.get(k).pos();
            if (pos.equals("PUNCT") && !t.get(k).text().equals("'s") || pos.equals("VERB") || pos.equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasQuotationMark(AnalysedArticle a, Sentence s) {
        String text = a.article().text();
        for (int c = s.span().begin(); c < s.span().end(); c++) {
            char ch = text.charAt(c);
            if (ch == '“' || ch == '”' || ch == '"') {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case words, numbers and hyphens only ("13-year-old"), and no article or preposition: a
     * person is met "with 13-year-old Tatyana Trotsenko", a place or an occasion "at the Bocharov
     * Ruchei residence", "since the New Year", an organization "with the Red Cross".
     */
    private static boolean smallWordsOnly(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.isCapitalized() || tok.pos().equals("PUNCT") && !tok.text().equals("-")
                    || tok.pos().equals("ADP") || tok.pos().equals("DET")) {
                return false;
            }
        }
        return true;
    }

    /** Skips courtesy titles ("Prince", "Dr.") that stand before a name but are not part of it. */
    private int afterHonorifics(AnalysedArticle a, int i, int end) {
        int j = i;
        PhraseMatcher.Match<String> h;
        while (j < end && (h = lexicon.honorifics().matchAt(a.tokens(), j, a.article().text())) != null
                && h.end() < end && a.tokens().get(j).isCapitalized()) {
            j = h.end();
            if (Tokens.is(a.tokens(), j, ".")) {
                j++;
            }
        }
        return j;
    }

    /** Words of an Arabic name's lineage or family that a title never stands right before: "bin Saad", "Al Jaber". */
    private static final java.util.Set<String> LINEAGE = java.util.Set.of("bin", "ibn", "bint", "Al", "al", "El", "el");

    /** Whether a word of lineage or family follows token {@code j}, before {@code end}. */
    private static boolean lineageFollows(List<Token> t, int j, int end) {
        return j + 1 < end && LINEAGE.contains(t.get(j + 1).text());
    }

    /** The end of a personal name starting at {@code i}, or {@code i} when none starts there. */
    int nameEnd(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        int j = i;
        int words = 0;
        int lastCapital = i;
        while (j < end && words < MAX_NAME_TOKENS) {
            Token tok = t.get(j);
            boolean joiner = Tokens.joinsWords(t, j) && j + 1 < end;
            if (joiner && words > 0) {
                if (isLowerWord(t.get(j + 1))) {
                    // "Chung Eui-yong", "Noh Kyu-duk": a hyphenated given name whose second part is lower case.
                    j += 2;
                    lastCapital = j;
                    continue;
                }
                j++;
                continue;
            }
            // "Hossein Amir-Abdollahian": a title's word ("Amir") inside a hyphenated surname is a name's.
            boolean hyphenated = words > 0 && j + 2 < end && Tokens.joinsWords(t, j + 1);
            // "Minister of State Sultan bin Saad Al-Muraikhi", "Minister of Industry Sultan Al Jaber": a title's
            // word a word of lineage or family follows is a given name.
            boolean lineage = lineageFollows(t, j, end);
            // "Hossein Amir Abdollahian" (the reference's "Hossein Amir-Abdollahian"): inside a name, a
            // title's word an official's name has before the next word is that name's word.
            boolean named = words > 0 && j + 1 < end && lexicon.officials().namesInSequence(tok.text(), t.get(j + 1).text());
            // Inside a name the tagger's preposition or determiner on a capitalised foreign word
            // ("Celso/ADP Amorim") is not trusted; an English function word ends the name.
            boolean inner = (words > 0 || !sentenceStart(a, j)) && isNameWordAfterTitle(tok) || words > 0 && particleName(tok);
            if ((isNameWord(tok) || inner) && (!lexicon.isTitleWord(tok.text()) || hyphenated || lineage || named) && !(words >= 2 && repeats(t, i, j))
                    && lexicon.stateNames().matchAt(t, j, text) == null && organizations.at(a, j, end) == null
                    && lexicon.stateAdjectives().matchAt(t, j, text) == null) {
                words += lexicon.isNameParticle(tok.text()) ? 0 : 1;
                j++;
                lastCapital = j;
                continue;
            }
            // Particles inside a name, possibly several or hyphenated: "von der Leyen", "al-Sisi".
            if (words > 0 && lexicon.isNameParticle(tok.text())) {
                int k = j + 1;
                while (k < end && (lexicon.isNameParticle(t.get(k).text()) || t.get(k).text().equals("-") && Tokens.touching(t, k))) {
                    k++;
                }
                if (k < end && isNameWord(t.get(k)) && !lexicon.isTitleWord(t.get(k).text())) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        return lastCapital;
    }

    /**
     * Whether the word at {@code j} repeats the one before it: transcripts run a speaker's label
     * into the text ("Sauli Niinistö Niinistö SauliPresident"). A name of one word may repeat it
     * ("Abdullah Abdullah"), which the caller allows.
     */
    private static boolean repeats(List<Token> t, int i, int j) {
        return j > i && t.get(j - 1).text().equals(t.get(j).text());
    }

    /** "SauliPresident": two words run together, a capital after four letters or more. */
    private static final java.util.regex.Pattern RUN_ON = java.util.regex.Pattern.compile(".*\\p{Ll}{4,}\\p{Lu}.*");

    private static boolean isLowerWord(Token tok) {
        return !tok.text().isEmpty() && tok.text().codePoints().allMatch(Character::isLowerCase);
    }

    /** Capitalised pronouns and determiners, whatever the tagger says of them. */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("I", "He", "She", "It", "We", "They", "You",
            "His", "Her", "Its", "Our", "Their", "Your", "My", "This", "That", "These", "Those", "Who", "Which", "What",
            "Him", "Them", "Us", "Me");

    /** "Abdullah II", "Charles III": a regnal number. */
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("I{2,3}|IV|VI{0,3}|IX|XI{0,3}");

    /** Whether token {@code i} opens its sentence (where capitals say nothing of names). */
    private static boolean sentenceStart(AnalysedArticle a, int i) {
        List<Sentence> ss = a.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence m = ss.get(mid);
            if (i < m.tokens().start()) {
                hi = mid - 1;
            } else if (i >= m.tokens().end()) {
                lo = mid + 1;
            } else {
                return i == m.tokens().start() || i == m.tokens().start() + 1 && Tokens.isAny(a.tokens(), i - 1, List.of("“", "\"", "'", "‘"));
            }
        }
        return true;
    }

    /** "al-Shaer", "el-Sisi", "bin-Zayed": a name particle joined to a capitalised word in one token. */
    private boolean particleName(Token tok) {
        String w = tok.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1))
                && lexicon.isNameParticle(w.substring(0, dash));
    }

    private boolean isNameWordAfterTitle(Token tok) {
        return tok.isCapitalized() && !lexicon.isFunctionWord(tok.text()) && isNameWord(new Token(tok.span(), tok.text(), "PROPN"));
    }

    /** Day and month names: "President Putin Monday said", "3 PM Friday" name no one. */
    private static final java.util.Set<String> CALENDAR = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)))
            .filter(w -> !w.equals("May") && !w.equals("June") && !w.equals("April") && !w.equals("August"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isNameWord(Token tok) {
        String w = tok.text();
        if (w.length() == 1 && tok.isCapitalized() && tok.pos().equals("PROPN") && !w.equals("A") && !w.equals("I")) {
            return true; // an initial without its period, as Indian news writes it: "Foreign Secretary S Jaishankar"
        }
        if (!tok.isCapitalized() || w.length() < 2 || RUN_ON.matcher(w).matches() || PRONOUNS.contains(w)
                || CALENDAR.contains(w)) {
            return false;
        }
        if (INITIALS.matcher(w).matches() || ROMAN.matcher(w).matches()
                || diplograph.lexicon.NameKey.isAbbreviatedGivenName(w)) {
            return true;
        }
        // The tagger's PRON and VERB on foreign names ("Thijs/PRON", "Mohammed/VERB") are not trusted;
        // its DET, ADP and the like on capitalised words are ("The", "In").
        if (NOT_NAME_TAGS.contains(tok.pos()) && !tok.pos().equals("PRON")) {
            return false;
        }
        // Letters, with inner apostrophes and hyphens: "O'Brien", "Amir-Abdollahian".
        return w.codePoints().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')
                && !(w.length() > 1 && w.endsWith(".")) && !w.endsWith("-") && !w.startsWith("-");
    }
}
