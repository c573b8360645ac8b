package diplograph.serve;

import static diplograph.serve.Nodes.DG;
import static diplograph.serve.Nodes.ID;
import static diplograph.serve.Nodes.date;
import static diplograph.serve.Nodes.iri;
import static diplograph.serve.Nodes.text;
import static org.assertj.core.api.Assertions.assertThat;

import diplograph.map.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * A person quoted, a state holding positions and an event reported in more articles than a page
 * shows: the page lists the first hundred by date and says there are more; a short list has no
 * such line.
 */
class LongPagesTest {

    private static final String SCHEMA = "http://schema.org/";
    private static final Node SPEAKER = iri(ID + "person/ana-ruiz");
    private static final Node STATE = iri(ID + "state/cl");
    private static final Node QUIET = iri(ID + "person/tomas-vidal");
    private static final Node EVENT = iri(ID + "event/talks");
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String OA = "http://www.w3.org/ns/oa#";

    /**
     * 150 articles, one a day from 2021-03-01, stored newest first: in each, Ana Ruiz is quoted and
     * speaks for Chile, which supports something, and reports the same talks in one sentence. Tomás
     * Vidal is quoted in two of them.
     */
    private static DatasetGraph store() {
        DatasetGraph d = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        d.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        d.begin(org.apache.jena.query.TxnType.WRITE);
        java.time.LocalDate first = java.time.LocalDate.of(2021, 3, 1);
        for (int i = 149; i >= 0; i--) {
            Node g = iri(ID + "article/a" + i);
            String day = first.plusDays(i).toString();
            d.add(g, g, Vocab.TYPE, Vocab.ARTICLE);
            d.add(g, g, iri(SCHEMA + "datePublished"), date(day));
            d.add(g, g, iri(SCHEMA + "headline"), text("Report of " + day));
            d.add(g, SPEAKER, Vocab.TYPE, Vocab.FOAF_PERSON);
            d.add(g, SPEAKER, Vocab.LABEL, text("Ana Ruiz"));
            d.add(g, STATE, Vocab.TYPE, iri(DG + "State"));
            d.add(g, STATE, Vocab.LABEL, text("Chile"));
            Node quote = iri(g.getURI() + "#quote");
            d.add(g, quote, Vocab.TYPE, iri(SCHEMA + "Quotation"));
            d.add(g, quote, iri(SCHEMA + "creator"), SPEAKER);
            d.add(g, quote, iri(SCHEMA + "text"), text("Words of " + day));
            if (i < 2) {
                Node other = iri(g.getURI() + "#quote2");
                d.add(g, other, Vocab.TYPE, iri(SCHEMA + "Quotation"));
                d.add(g, other, iri(SCHEMA + "creator"), QUIET);
                d.add(g, other, iri(SCHEMA + "text"), text("Few words of " + day));
                d.add(g, QUIET, Vocab.TYPE, Vocab.FOAF_PERSON);
                d.add(g, QUIET, Vocab.LABEL, text("Tomás Vidal"));
            }
            Node sentence = iri(g.getURI() + "#s1");
            Node derivation = iri(g.getURI() + "#d1");
            d.add(g, EVENT, Vocab.TYPE, iri(DG + "DiplomaticEvent"));
            d.add(g, EVENT, iri(DG + "kind"), iri(Vocab.KIND + "talks"));
            d.add(g, EVENT, iri(PROV + "qualifiedDerivation"), derivation);
            d.add(g, derivation, iri(PROV + "entity"), sentence);
            d.add(g, sentence, iri(OA + "exact"), text("Talks reported on " + day + "."));
            d.add(g, sentence, iri(OA + "start"), NodeFactory.createLiteralDT("0", XSDDatatype.XSDinteger));
            d.add(g, sentence, iri(OA + "end"), NodeFactory.createLiteralDT("30", XSDDatatype.XSDinteger));
            Node position = iri(g.getURI() + "#position");
            d.add(g, position, Vocab.TYPE, iri(DG + "Position"));
            d.add(g, position, iri(DG + "holder"), STATE);
            d.add(g, position, iri(DG + "speaker"), SPEAKER);
            d.add(g, position, iri(DG + "stance"), iri("https://w3id.org/diplograph/stance/support"));
            d.add(g, position, iri(DG + "about"), text("the talks of " + day));
        }
        d.commit();
        d.end();
        return d;
    }

    @Test
    void theFirstHundredQuotesAndPositionsByDateAndALineSayingThereAreMore() {
        Pages pages = new Pages(store(), "/");
        String person = pages.render(SPEAKER, 1);
        assertThat(person).contains("Words of 2021-03-01").contains("Words of 2021-06-08") // the 1st and the 100th
                .doesNotContain("Words of 2021-06-09").contains("the first 100 quotes, by date");
        assertThat(person).contains("the talks of 2021-06-08").doesNotContain("the talks of 2021-06-09")
                .contains("the first 100 positions, by date");
        String state = pages.render(STATE, 1);
        assertThat(state).contains("the talks of 2021-03-01").doesNotContain("the talks of 2021-06-09")
                .contains("the first 100 positions, by date");
    }

    @Test
    void anEventReportedByMoreArticlesThanAPageShowsListsTheFirstHundredSentences() {
        String page = new Pages(store(), "/").render(EVENT, 1);
        assertThat(page).contains("Talks reported on 2021-03-01.").contains("Talks reported on 2021-06-08.")
                .doesNotContain("Talks reported on 2021-06-09.").contains("the first 100 sentences, by date");
    }

    @Test
    void aShortListHasNoSuchLine() {
        String page = new Pages(store(), "/").render(QUIET, 1);
        assertThat(page).contains("Few words of 2021-03-01").contains("Few words of 2021-03-02").doesNotContain("the first 100");
    }
}
