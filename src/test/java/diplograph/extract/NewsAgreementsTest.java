package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Agreement;
import diplograph.model.Entity;
import diplograph.model.Extraction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Agreements as news reports them, on short articles written for this test: passives after the
 * contact ("A package of documents was signed"), a document's name between the verb and its kind,
 * new verbs and kinds ("reached a deal", "inked"), one signing told twice, and the hard negatives:
 * planned signings, earlier agreements referred to, a relative clause, a document named inside
 * another noun's phrase.
 */
class NewsAgreementsTest {

    @TempDir
    Path tmp;

    /** Each agreement as "kind | parties sorted | signatories sorted". */
    private List<String> agreements(String... paragraphs) throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2022-09-15", paragraphs);
        return x.facts(Agreement.class).stream().map(g -> g.kind() + " | "
                + g.parties().stream().map(Entity::label).sorted().collect(Collectors.joining(", ")) + " | "
                + g.signatories().stream().map(Entity::label).sorted().collect(Collectors.joining(", "))).toList();
    }

    @Test
    void aPassiveSigningBelongsToTheContactOfTheStory() throws IOException {
        assertThat(agreements("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov in "
                        + "Tashkent on Wednesday.",
                "A package of documents was signed during the visit."))
                .containsExactly("document | Kyrgyzstan, Uzbekistan | ");
    }

    @Test
    void aDocumentsNameMayStandBetweenTheVerbAndItsKind() throws IOException {
        assertThat(agreements("Finland and Estonia signed the Gulf of Finland Maritime Safety Cooperation agreement on "
                + "Tuesday.")).containsExactly("agreement | Estonia, Finland | ");
    }

    @Test
    void oneSigningToldTwiceIsOneAgreement() throws IOException {
        assertThat(agreements("Ecuador and Peru have reached a deal on their river border.",
                "Peruvian Foreign Minister César Landa signed the deal for Peru on Wednesday."))
                .containsExactly("agreement | Ecuador, Peru | César Landa Arroyo");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ecuador and Peru are expected to sign a border agreement next month.",
        "Ecuador and Peru will sign a border agreement in October.",
        "Ecuador and Peru signed the border treaty in 1998.",
        "Ecuador and Peru discussed a possible agreement on the river border.",
        "Ecuador and Peru stand by the agreement that was signed in Brasília.",
        "The Review Conference on the Border Treaty was concluded in Lima on Monday.",
        "Landa said that Ecuador and Peru had signed a border agreement on fishing rights.",
        "Landa said a border agreement on fishing rights had already been signed.",
        "Ecuador and Peru agreed that the border treaty must be respected.",
        "In the early 2000s, Ecuador and Peru signed a border agreement on fishing rights.",
        "Peru said it would raise tariffs on Ecuadorian imports if no deal is reached with Quito.",
        "Ecuador and Peru signed no agreement on the river border.",
    })
    void plannedEarlierAndReferredAgreementsAreNotSignedNow(String sentence) throws IOException {
        assertThat(agreements(sentence)).isEmpty();
    }

    @Test
    void signatoriesCoordinatedBeforeADescribedOneSignToo() throws IOException {
        assertThat(agreements("Foreign Minister Rashid Meredov of Turkmenistan and his Uzbek counterpart, Bakhtiyor Saidov, "
                        + "signed a memorandum of understanding on water management in Tashkent."))
                .containsExactly("memorandum of understanding | Turkmenistan, Uzbekistan | Bakhtiyor Saidov, Rashid Meredov");
    }

    @Test
    void aNewDocumentIssuedAfterTheContactIsOneOfItsParties() throws IOException {
        assertThat(agreements("Swiss President Karin Keller-Sutter held talks with Austrian Chancellor Christian Stocker in Bern on Monday.",
                "In a joint statement issued after their meeting, the two leaders pledged closer cooperation on rail links.",
                "They also reaffirmed the agreements reached in 2019."))
                .containsExactly("joint statement | Austria, Switzerland | ");
    }

    @Test
    void theAgentsOfAPassiveSigningAreItsParties() throws IOException {
        assertThat(agreements("In a joint statement issued by Malaysia, Cambodia and Thailand after the meeting, the three "
                + "leaders said the ceasefire would take effect at midnight."))
                .containsExactly("joint statement | Cambodia, Malaysia, Thailand | ");
    }

    @Test
    void signatoriesStandBehindAppositionsWhoseWordsAreNoModality() throws IOException {
        assertThat(agreements("Liu Zhenmin, China's Assistant Foreign Minister, and S. Jaishankar, India's ambassador to China, "
                + "signed an agreement on border affairs."))
                .containsExactly("agreement | China, India | Liu Zhenmin, Subrahmanyam Jaishankar");
    }

    @Test
    void leadersWhoWitnessTheSigningOfDocumentsArePartiesAndEachIncludedDocumentIsOne() throws IOException {
        assertThat(agreements("Mongolian President Ukhnaagiin Khürelsükh held talks with Kazakh President Kassym-Jomart "
                        + "Tokayev in Astana on Tuesday.",
                "After the talks, the two presidents witnessed the signing of nine cooperation documents, including an "
                        + "agreement on road transport and a memorandum of understanding on customs."))
                .containsExactlyInAnyOrder("agreement | Kazakhstan, Mongolia | ",
                        "memorandum of understanding | Kazakhstan, Mongolia | ");
    }

    @Test
    void theDocumentsSignedIncludedAreEachASigningDatedByTheirOwnDateNotByOneTheyAmend() throws IOException {
        assertThat(agreements("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov in "
                        + "Tashkent on Wednesday.",
                "The documents signed included a roadmap for cooperation in science; a protocol on culture festivals; "
                        + "and documents amending the agreement on rail transport of March 4, 2011."))
                .contains("roadmap | Kyrgyzstan, Uzbekistan | ", "protocol | Kyrgyzstan, Uzbekistan | ");
    }

    @Test
    void aCounterpartThatIsNoStateLeavesTheContactsStatesOut() throws IOException {
        assertThat(agreements("Uzbek President Shavkat Mirziyoyev held talks with Kyrgyz President Sadyr Japarov in "
                        + "Tashkent on Wednesday.",
                "Uzbekistan's air force signed a new memorandum of understanding with a Kyrgyz aviation company to "
                        + "develop radar technology."))
                .containsExactly("memorandum of understanding | Uzbekistan | ");
    }

    @Test
    void agreedResultedInAndProducedBringADocumentIntoBeing() throws IOException {
        assertThat(agreements("Ecuador and Peru agreed a roadmap on river navigation on Monday.")).containsExactly(
                "roadmap | Ecuador, Peru | ");
        assertThat(agreements("An action plan on border crossings was agreed by Ecuador and Peru.")).containsExactly(
                "action plan | Ecuador, Peru | ");
        assertThat(agreements("Talks in Lima between Ecuador and Peru produced a joint statement on fishing.")).containsExactly(
                "joint statement | Ecuador, Peru | ");
    }

    @Test
    void aStateWhereTheTalksWereOrInAnAsideIsNoParty() throws IOException {
        assertThat(agreements("On Friday, peace talks in Minsk, Belarus resulted in a ceasefire agreement between Ukraine and "
                + "rebel forces.")).containsExactly("agreement | Ukraine | ");
        assertThat(agreements("Yesterday in Geneva, Iran and Oman reached a deal on shipping.")).containsExactly(
                "agreement | Iran, Oman | ");
        assertThat(agreements("Petroperu (Peruvian Petroleum) and Petroecuador (Ecuadorian Petroleum) signed an intention "
                + "protocol for a refinery.")).containsExactly("protocol |  | ");
    }

    @Test
    void theDatelinesStateIsNoPartyOfACompanysDeal() throws IOException {
        assertThat(agreements("DUBAI, United Arab Emirates — Dubai's flagship carrier Emirates Airline finalized a deal to "
                + "purchase 30 jets, executives announced on Wednesday.")).containsExactly("agreement |  | ");
    }
}
