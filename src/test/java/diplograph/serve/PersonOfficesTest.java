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
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person stated as Chile's foreign minister in seven articles and as its ambassador in one: the
 * person page gives one line per office, with the span of dates the articles state it on (one
 * article undated), the first
 * five articles (by IRI, with their headlines and dates) and how many more, and what the reference
 * said of the latest statement it agreed with.
 */
class PersonOfficesTest {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Node STATE = iri(ID + "state/cl");
    private static final Node PERSON = iri(ID + "person/ana-ruiz");

    private static void state(DatasetGraph d, String article, String day, Node post, String postLabel, Boolean agrees,
                              String term) {
        Node g = iri(ID + "article/" + article);
        d.add(g, g, Vocab.TYPE, Vocab.ARTICLE);
        if (day != null) {
            d.add(g, g, iri("http://schema.org/datePublished"), date(day));
        }
        d.add(g, g, iri("http://schema.org/headline"), text("Headline of " + article));
        d.add(g, STATE, Vocab.TYPE, iri(DG + "State"));
        d.add(g, STATE, Vocab.LABEL, text("Chile"));
        d.add(g, PERSON, Vocab.TYPE, Vocab.FOAF_PERSON);
        d.add(g, PERSON, Vocab.LABEL, text("Ana Ruiz"));
        d.add(g, post, Vocab.LABEL, text(postLabel));
        Node holding = iri(g.getURI() + "#holding");
        d.add(g, holding, Vocab.TYPE, iri(DG + "OfficeHolding"));
        d.add(g, holding, iri(ORG + "organization"), STATE);
        d.add(g, holding, iri(ORG + "member"), PERSON);
        d.add(g, holding, iri("http://www.w3.org/ns/opengov#post"), post);
        if (day != null) {
            d.add(g, holding, iri(DG + "observedOn"), date(day));
        }
        if (agrees != null) {
            d.add(g, holding, iri(DG + "referenceAgrees"), NodeFactory.createLiteralDT(agrees.toString(), XSDDatatype.XSDboolean));
        }
        if (term != null) {
            d.add(g, holding, iri(DG + "referenceTerm"), text(term));
        }
    }

    @Test
    void eachOfficeOnceWithItsSpanItsFirstFiveSourcesAndTheReferencesLatestAgreement(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir, new Validator())) {
            DatasetGraph d = store.dataset();
            Node minister = iri(ID + "post/foreign-minister/cl");
            Txn.executeWrite(d, () -> {
                // Written out of order, so that neither the IRIs' nor the dates' order is the store's.
                state(d, "a6", "2021-03-07", minister, "Foreign Minister of Chile", true, "2022-03-11 – 2023-08-10");
                state(d, "a2", "2021-03-03", minister, "Foreign Minister of Chile", false, null);
                state(d, "a5", "2021-03-06", minister, "Foreign Minister of Chile", true, "2099 (an older statement's)");
                state(d, "a0", "2021-03-01", minister, "Foreign Minister of Chile", null, null);
                state(d, "a4", "2021-03-05", minister, "Foreign Minister of Chile", false, null);
                state(d, "a1", "2021-03-02", minister, "Foreign Minister of Chile", null, null);
                state(d, "a3", "2021-03-04", minister, "Foreign Minister of Chile", true, "2020 (an older statement's)");
                // Undated: neither the span's start nor the latest statement the reference agreed with.
                state(d, "u0", null, minister, "Foreign Minister of Chile", true, "an undated statement's");
                state(d, "b0", "2019-05-01", iri(ID + "post/ambassador/cl"), "Ambassador of Chile", false, null);
            });
            String page = new Pages(store.dataset(), "/").render(PERSON, 1);
            String offices = page.substring(page.indexOf("id=\"offices\""));
            offices = offices.substring(0, offices.indexOf("</table>"));
            String[] rows = offices.split("<tr class=\"office\">");
            assertThat(rows).hasSize(3);
            // The foreign minister first: an office stated undated comes before the dated ones.
            assertThat(rows[2]).contains("Ambassador of Chile").contains("2019-05-01")
                    .contains("not in the reference for that date").contains("Headline of b0</a> (2019-05-01)");
            assertThat(rows[1]).contains("Foreign Minister of Chile").contains(">Chile<").contains("2021-03-01 – 2021-03-07")
                    .contains("Wikidata agrees: 2022-03-11 – 2023-08-10").contains("and 3 more articles")
                    .doesNotContain("Headline of a5").doesNotContain("Headline of a6");
            for (int i = 0; i < 5; i++) {
                assertThat(rows[1]).contains("Headline of a" + i + "</a> (2021-03-0" + (i + 1) + ")");
            }
            assertThat(rows[1].indexOf("Headline of a0")).isLessThan(rows[1].indexOf("Headline of a4"));
        }
    }
}
