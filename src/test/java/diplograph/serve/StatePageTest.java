package diplograph.serve;

import static diplograph.serve.Nodes.DG;
import static diplograph.serve.Nodes.ID;
import static diplograph.serve.Nodes.date;
import static diplograph.serve.Nodes.iri;
import static diplograph.serve.Nodes.text;
import static org.assertj.core.api.Assertions.assertThat;

import diplograph.map.Vocab;
import diplograph.store.TdbStore;
import diplograph.store.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state whose foreign minister is named in 120 articles, one a day from 2021-03-01, each
 * reporting her meeting with a different guest: the state page lists her once, with the span of
 * dates the articles state her office on, and her 100 newest contacts (from the contacts index),
 * saying there are more.
 */
class StatePageTest {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final Node STATE = iri(ID + "state/cl");
    private static final Node MINISTER = iri(ID + "person/ana-ruiz");
    private static final Node POST = iri(ID + "post/foreign-minister/cl");

    @Test
    void aStatePageListsEachOfficialOnceAndTheirNewestHundredContacts(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir, new Validator())) {
            // Written as SPARQL Update or the Graph Store Protocol write: the contacts index follows.
            DatasetGraph d = store.datasetKeepingContacts();
            Txn.executeWrite(d, () -> {
                LocalDate first = LocalDate.of(2021, 3, 1);
                for (int i = 0; i < 120; i++) {
                    String day = first.plusDays(i).toString();
                    Node g = iri(ID + "article/a" + i);
                    d.add(g, g, Vocab.TYPE, Vocab.ARTICLE);
                    d.add(g, g, iri("http://schema.org/datePublished"), date(day));
                    d.add(g, STATE, Vocab.TYPE, iri(DG + "State"));
                    d.add(g, STATE, Vocab.LABEL, text("Chile"));
                    d.add(g, MINISTER, Vocab.TYPE, Vocab.FOAF_PERSON);
                    d.add(g, MINISTER, Vocab.LABEL, text("Ana Ruiz"));
                    d.add(g, POST, Vocab.LABEL, text("Foreign Minister of Chile"));
                    Node holding = iri(g.getURI() + "#holding");
                    d.add(g, holding, Vocab.TYPE, iri(DG + "OfficeHolding"));
                    d.add(g, holding, iri(ORG + "organization"), STATE);
                    d.add(g, holding, iri(ORG + "member"), MINISTER);
                    d.add(g, holding, iri("http://www.w3.org/ns/opengov#post"), POST);
                    d.add(g, holding, iri(DG + "observedOn"), date(day));
                    Node guest = iri(ID + "person/guest-" + i);
                    d.add(g, guest, Vocab.TYPE, Vocab.FOAF_PERSON);
                    d.add(g, guest, Vocab.LABEL, text("Guest " + i));
                    Node event = iri(ID + "event/e" + i);
                    d.add(g, event, Vocab.TYPE, iri(DG + "DiplomaticEvent"));
                    d.add(g, event, iri(DG + "kind"), iri(Vocab.KIND + "meeting"));
                    d.add(g, event, iri(SEM + "hasActor"), MINISTER);
                    d.add(g, event, iri(SEM + "hasActor"), guest);
                    d.add(g, event, iri(DG + "date"), date(day));
                }
            });
            String page = new Pages(store.dataset(), "/").render(STATE, 1);
            String officials = page.substring(page.indexOf("id=\"officials\""), page.indexOf("id=\"contacts\""));
            assertThat(officials.split("Ana Ruiz", -1)).hasSize(2);
            assertThat(officials).contains("Foreign Minister of Chile").contains("2021-03-01 – 2021-06-28");
            String contacts = page.substring(page.indexOf("id=\"contacts\""));
            // The newest (day 119) and the 100th newest (day 20), not the 101st.
            assertThat(contacts).contains(">Guest 119<").contains(">Guest 20<").doesNotContain(">Guest 19<")
                    .contains("its officials' newest 100 contacts");
            assertThat(contacts.indexOf(">Guest 119<")).isLessThan(contacts.indexOf(">Guest 20<"));
        }
    }
}
