package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.DateMention;
import diplograph.extract.mention.PlaceFinder;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Agreement;
import diplograph.model.Diagnostic;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Event;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads agreements from a signing verb followed by an agreement kind ("signed a new memorandum of
 * understanding", "issued a joint statement"). Signatories are the persons of the subject, or the
 * participants of the event just reported when the subject refers back to them ("The two
 * ministers signed…"); parties are their states, or the states of the subject. Date and place
 * come from the sentence or the sentences continuing its story ("The agreement, signed … on
 * Saturday"); topics from the topics lexicon in those sentences.
 */
public final class AgreementExtractor {

    /** How far after the verb the document may be named ("signed a new bilateral memorandum"). */
    private static final int KIND_REACH = 6;
    private static final int SUBJECT_GAP = 3;
    private static final int MAX_CONTINUATION = 3;

    private final Lexicon lexicon;
    private final PlaceFinder places;

    public AgreementExtractor(Lexicon lexicon, PlaceFinder places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    public List<Agreement> extract(AnalysedArticle a, ArticleDates dates, List<PersonResolver.Resolved> persons, List<Mention> states,
                            List<Event> events, Map<String, Entity> stateOf, Entity dateline,
                            List<Diagnostic> diagnostics) {
        List<Agreement> found = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            int end = s.tokens().end();
            for (var verb : lexicon.signingVerbs().findAll(a.tokens(), s.tokens().start(), end, text)) {
                PhraseMatcher.Match<String> kind = kindAfter(a, verb.end(), end);
                if (kind == null) {
                    continue;
                }
                int from = Math.max(s.tokens().start(), verb.start() - SUBJECT_GAP);
                if (!lexicon.modalities().findAll(a.tokens(), from, verb.start(), text).isEmpty()) {
                    diagnostics.add(new Diagnostic("agreement.not_signed", "not reported as signed: "
                            + s.span().coveredText(text), s.span()));
                    continue;
                }
                Set<Entity> signatories = new LinkedHashSet<>();
                List<PersonResolver.Resolved> signing = persons.stream().filter(p -> p.mention().sentence() == s.index()
                        && p.mention().end() <= verb.start() && verb.start() - p.mention().end() <= SUBJECT_GAP + 2).toList();
                signing.forEach(p -> signatories.add(p.person()));
                if (signatories.isEmpty() && refersBack(a, s, verb.start())) {
                    signatories.addAll(Salience.participantsBefore(events, s.index()));
                }
                Set<Entity> parties = new LinkedHashSet<>();
                signatories.forEach(p -> {
                    // A signatory titled by an organization ("OSCE Secretary General") signs for no state.
                    Entity state = stateOf.get(p.key());
                    if (state != null && state.kind() == diplograph.model.EntityKind.STATE) {
                        parties.add(state);
                    }
                });
                states.stream().filter(m -> m.sentence() == s.index()).forEach(m -> {
                    boolean subject = m.tokens().end() <= verb.start();
                    boolean between = Tokens.is(a.tokens(), m.tokens().start() - 1, "between")
                            || Tokens.is(a.tokens(), m.tokens().start() - 1, "and") && parties.size() > 0
                            && !subject;
                    // "Grossi and the chairman of the Egyptian … Authority signed": a state named in the
                    // subject beside the signatories, outside their own mentions, signs too.
                    int subjectStart = signing.isEmpty() ? Integer.MAX_VALUE : signing.get(0).mention().start();
                    boolean beside = subject && m.tokens().start() >= subjectStart && signing.stream().noneMatch(p ->
                            p.mention().start() <= m.tokens().start() && m.tokens().end() <= p.mention().end());
                    if ((subject && signatories.isEmpty()) || between || beside) {
                        parties.add(m.entity());
                    }
                });
                List<Sentence> story = story(a, s);
                LocalDate date = firstDate(dates, story);
                Entity place = story.stream().map(x -> places.placeIn(a, x, x.tokens().start()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(dateline);
                Agreement g = new Agreement(kind.value(), List.copyOf(parties), ministries(a, story, parties),
                        List.copyOf(signatories), date, place, topics(a, story),
                        new Evidence(s.index(), s.span(), "agreement.signing.v1", signatories.isEmpty() ? 0.7 : 0.85));
                if (found.stream().noneMatch(x -> x.kind().equals(g.kind()) && Set.copyOf(x.parties()).equals(Set.copyOf(g.parties())))) {
                    found.add(g);
                }
            }
        }
        return found;
    }

    private PhraseMatcher.Match<String> kindAfter(AnalysedArticle a, int from, int end) {
        for (int i = from; i < Math.min(end, from + KIND_REACH); i++) {
            var m = lexicon.agreementKinds().matchAt(a.tokens(), i, a.article().text());
            if (m != null) {
                return m;
            }
            if (a.tokens().get(i).pos().equals("VERB") || a.tokens().get(i).text().equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** The subject refers to the participants of the story ("The two ministers", "Both sides", "They"). */
    private boolean refersBack(AnalysedArticle a, Sentence s, int verb) {
        for (int i = s.tokens().start(); i < verb; i++) {
            var m = lexicon.continuations().matchAt(a.tokens(), i, a.article().text());
            if (m != null && m.value().equals("participants") && m.end() <= verb) {
                return true;
            }
        }
        return false;
    }

    /** This sentence and those that continue its story ("The agreement, signed…", "It is expected…"). */
    private List<Sentence> story(AnalysedArticle a, Sentence s) {
        List<Sentence> story = new ArrayList<>(List.of(s));
        for (int k = s.index() + 1; k < a.sentences().size() && k <= s.index() + MAX_CONTINUATION; k++) {
            Sentence next = a.sentences().get(k);
            boolean continues = lexicon.continuations().matchAt(a.tokens(), next.tokens().start(), a.article().text()) != null
                    || Tokens.isAny(a.tokens(), next.tokens().start(), List.of("It", "The", "This"))
                    && lexicon.agreementKinds().matchAt(a.tokens(), next.tokens().start() + 1, a.article().text()) != null
                    || Tokens.is(a.tokens(), next.tokens().start(), "It") && next.paragraph() == story.get(story.size() - 1).paragraph();
            if (!continues) {
                break;
            }
            story.add(next);
        }
        return story;
    }

    private static LocalDate firstDate(ArticleDates dates, List<Sentence> story) {
        for (Sentence s : story) {
            for (DateMention d : dates.in(s)) {
                if (d.date() != null) {
                    return d.date();
                }
            }
        }
        return null;
    }

    private List<String> topics(AnalysedArticle a, List<Sentence> story) {
        Set<String> topics = new LinkedHashSet<>();
        for (Sentence s : story) {
            lexicon.topics().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())
                    .forEach(m -> topics.add(m.value()));
        }
        return List.copyOf(topics);
    }

    /** "between the two foreign ministries": the named ministry of every party. */
    private List<Entity> ministries(AnalysedArticle a, List<Sentence> story, Set<Entity> parties) {
        Set<String> names = new LinkedHashSet<>();
        for (Sentence s : story) {
            lexicon.ministries().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())
                    .forEach(m -> names.add(m.value()));
        }
        List<Entity> orgs = new ArrayList<>();
        for (String name : names) {
            for (Entity state : parties) {
                String label = name + " of " + state.label();
                orgs.add(new Entity(EntityKind.ORGANIZATION, Keys.slug(label), label, List.of(), null, null));
            }
        }
        return orgs;
    }
}
