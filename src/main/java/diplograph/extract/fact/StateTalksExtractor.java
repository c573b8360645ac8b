package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.EventKind;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads talks between states from "TALKS between STATE and STATE" (the seed's "indirect talks
 * between Iran and the United States"). No person is named, so the states are the parties; the
 * talks are ongoing or undated, so no date is given unless the sentence has one. Planned talks
 * ("will hold talks") are left out like planned meetings.
 */
public final class StateTalksExtractor {

    private static final int MAX_GAP = 2;

    private final Lexicon lexicon;

    public StateTalksExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Event> extract(AnalysedArticle a, List<Mention> states) {
        List<Event> found = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            for (var noun : lexicon.stateTalks().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), text)) {
                if (!Tokens.is(a.tokens(), noun.end(), "between")) {
                    continue;
                }
                int from = Math.max(s.tokens().start(), noun.start() - 3);
                if (!lexicon.modalities().findAll(a.tokens(), from, noun.start(), text).isEmpty()) {
                    continue;
                }
                Set<Entity> parties = new LinkedHashSet<>();
                int next = noun.end() + 1;
                for (Mention m : states) {
                    if (m.sentence() != s.index() || m.tokens().start() < next) {
                        continue;
                    }
                    boolean joined = m.tokens().start() - next <= MAX_GAP && (parties.isEmpty()
                            || Tokens.isAny(a.tokens(), next, List.of("and", ",")));
                    if (!joined || !m.rule().equals("state.name.v1")) {
                        break;
                    }
                    parties.add(m.entity());
                    next = m.tokens().end();
                }
                if (parties.size() >= 2) {
                    found.add(new Event(EventKind.TALKS, List.copyOf(parties), null, null,
                            new Evidence(s.index(), s.span(), "event.state_talks.v1", 0.8)));
                }
            }
        }
        return found;
    }
}
