package diplograph.serve;

import static diplograph.serve.Nodes.ID;
import static diplograph.serve.Nodes.iri;
import static org.assertj.core.api.Assertions.assertThat;

import diplograph.map.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** A person with more contacts than a page holds: the timeline comes a page at a time, newest first. */
class PersonTimelinePagesTest {

    private static final Node PUTIN = NodeFactory.createURI(ID + "person/vladimir-putin");

    /** 250 contacts of one person in the contacts index, one a day from 2020-01-01, with their other persons. */
    private static DatasetGraph store() {
        DatasetGraph d = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph(); // in memory, as the store reads
        d.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        d.begin(org.apache.jena.query.TxnType.WRITE);
        Node article = iri(ID + "article/a");
        d.add(article, PUTIN, Vocab.TYPE, Vocab.FOAF_PERSON);
        d.add(article, PUTIN, Vocab.LABEL, NodeFactory.createLiteralString("Vladimir Putin"));
        d.add(article, article, Vocab.TYPE, Vocab.ARTICLE);
        java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 250; i++) {
            Node c = iri(ID + "contact/" + i);
            Node other = iri(ID + "person/other-" + i);
            String date = day.plusDays(i).toString();
            Node g = Vocab.CONTACTS_GRAPH;
            d.add(g, c, Vocab.TYPE, Vocab.CONTACT);
            d.add(g, c, Vocab.CONTACT_EVENT, iri(ID + "event/" + i));
            d.add(g, c, Vocab.PERSON_A, other);
            d.add(g, c, Vocab.PERSON_B, PUTIN);
            d.add(g, c, Vocab.PERSON_A_NAME, NodeFactory.createLiteralString("Other " + i));
            d.add(g, c, Vocab.PERSON_B_NAME, NodeFactory.createLiteralString("Vladimir Putin"));
            d.add(g, c, Vocab.CONTACT_KIND, iri(Vocab.KIND + "meeting"));
            d.add(g, c, Vocab.CONTACT_DATE, NodeFactory.createLiteralByValue(date, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            d.add(g, c, Vocab.SOURCE_COUNT, NodeFactory.createLiteralByValue(1 + i % 3, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            d.add(g, c, Vocab.CONTACT_SORT_KEY, NodeFactory.createLiteralString(date + "\tOther " + i));
        }
        d.commit();
        d.end();
        return d;
    }

    @Test
    void theTimelineComesAHundredContactsAPageNewestFirst() {
        Pages pages = new Pages(store(), "/");
        String first = pages.render(PUTIN, 1);
        assertThat(first).contains("contacts 1–100 of 250").contains("?contacts=2\">older →").doesNotContain("← newer");
        assertThat(first).contains("2020-09-06").doesNotContain("2020-05-28"); // the newest 100: 2020-09-06 back to 2020-05-29
        assertThat(first.indexOf("2020-09-06")).isLessThan(first.indexOf("2020-09-05"));
        assertThat(first).contains("with <a href=\"/id/person/other-249\">Other 249</a>").contains("1 source");

        String third = pages.render(PUTIN, 3);
        assertThat(third).contains("contacts 201–250 of 250").contains("?contacts=2\">← newer").doesNotContain("older →");
        assertThat(third).contains("2020-01-01").doesNotContain("2020-05-29");
    }
}
