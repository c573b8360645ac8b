package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Extraction;
import diplograph.model.OfficeHolding;
import diplograph.model.PersonLink;
import diplograph.read.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Date-aware linking to Wikidata through the bundled reference, on short articles written for this
 * test: which item, by which rule and on what grounds; no link when two officials fit or only a
 * surname is known; the reference's word on each office the article states.
 */
class PersonLinkingTest {

    @TempDir
    Path tmp;

    private Extraction extract(String date, String... paragraphs) throws IOException {
        Path file = tmp.resolve("article.txt");
        Files.writeString(file, (date == null ? "" : " date " + date + "\n\n") + String.join("\n\n", paragraphs) + "\n");
        List<ReadOutcome> out = new ArrayList<>();
        Fixtures.pipeline().read(List.of(file), null, out::add);
        return Fixtures.pipeline().extract(((ReadOutcome.Read) out.get(0)).article());
    }

    private static Map<String, PersonLink> links(Extraction x) {
        return x.facts(PersonLink.class).stream().collect(Collectors.toMap(l -> l.person().label(), l -> l));
    }

    @Test
    void aTitledNameIsLinkedWhenNameOfficeStateAndDateAgree() throws IOException {
        Extraction x = extract("2021-05-21",
                "Secretary of State Antony J. Blinken spoke today with Ukrainian Foreign Minister Dmytro Kuleba.");
        Map<String, PersonLink> links = links(x);
        assertThat(links.get("Antony Blinken").wikidata()).isEqualTo("Q7821917");
        assertThat(links.get("Antony Blinken").evidence().rule()).isEqualTo("link.name_office_date.v1");
        assertThat(links.get("Antony Blinken").grounds()).anyMatch(g -> g.startsWith("office: Secretary of State of United States"))
                .anyMatch(g -> g.startsWith("date: 2021-05-21 in term"));
        assertThat(links.get("Dmytro Kuleba").wikidata()).isEqualTo("Q24025631");
        // One node per item: the person's key comes from the item's name, whatever the article wrote.
        assertThat(x.entities()).filteredOn(e -> "Q7821917".equals(e.wikidata()))
                .singleElement().extracting(Entity::key).isEqualTo("antony-blinken");
    }

    @Test
    void aSurnameWithATitleIsLinkedThroughTheOneHolderOfThatOfficeThatDay() throws IOException {
        Extraction x = extract("2021-06-16", "President Biden met President Putin in Geneva today.");
        Map<String, PersonLink> links = links(x);
        assertThat(links.get("Joe Biden").wikidata()).isEqualTo("Q6279");
        assertThat(links.get("Vladimir Putin").wikidata()).isEqualTo("Q7747");
    }

    @Test
    void aBareTitleIsLinkedToTheOfficialWhoHeldTheOfficeThatDay() throws IOException {
        Extraction x = extract("2022-03-10", "The Russian foreign minister met the press in Antalya.");
        assertThat(links(x).get("Sergey Lavrov")).isNotNull().extracting(PersonLink::wikidata).isEqualTo("Q58217");
    }

    @Test
    void aSurnameAloneIsNeverLinked() throws IOException {
        Extraction x = extract("2021-05-21", "Kuleba said the talks were useful.");
        assertThat(x.facts(PersonLink.class)).noneMatch(PersonLink::linked);
    }

    @Test
    void aPersonTheReferenceDoesNotHoldStaysUnlinkedAndSaysWhy() throws IOException {
        Extraction x = extract("2021-05-21", "Department Spokesperson Ned Price spoke with Tatyana Trotsenko.");
        PersonLink price = links(x).get("Ned Price");
        assertThat(price.linked()).isFalse();
        assertThat(price.unlinkedReason()).isEqualTo("no official of the reference has this name");
    }

    @Test
    void theArticleStatesAnOfficeTheReferenceDoesNotKnowAndItIsKept() throws IOException {
        // Wikidata's extract lists Araghchi as an ambassador, not as the minister he became in 2024.
        Extraction x = extract("2025-06-07", "Iranian Foreign Minister Abbas Araghchi met the press in Tehran.");
        OfficeHolding h = x.facts(OfficeHolding.class).stream()
                .filter(o -> o.person().label().contains("Araghchi")).findFirst().orElseThrow();
        assertThat(h.office().label()).isEqualTo("Minister of Foreign Affairs");
        assertThat(h.of().label()).isEqualTo("Iran");
        assertThat(h.reference()).isNotNull();
        assertThat(h.reference().agrees()).isFalse();
    }

    @Test
    void anOfficeTheReferenceAgreesWithSaysWhichTerm() throws IOException {
        Extraction x = extract("2021-05-21", "Secretary of State Antony J. Blinken spoke today with Dmytro Kuleba.");
        OfficeHolding h = x.facts(OfficeHolding.class).stream()
                .filter(o -> o.person().label().equals("Antony Blinken")).findFirst().orElseThrow();
        assertThat(h.reference().agrees()).isTrue();
        assertThat(h.reference().term()).contains("Secretary of State").contains("2021-01-26");
    }

    @Test
    void namesakesWithNothingToTellThemApartAreNotLinked() throws IOException {
        // Two officials of the reference are called Omar Suleiman (Egypt, Sudan): no state, no office, no link.
        Extraction x = extract("2021-05-21", "Secretary Blinken spoke today with Omar Suleiman.");
        assertThat(links(x).get("Omar Suleiman")).isNotNull().satisfies(l -> {
            assertThat(l.linked()).isFalse();
            assertThat(l.unlinkedReason()).contains("several officials");
        });
    }

    @Test
    void theUsersTableWinsOverTheReference() throws IOException {
        Extraction x = extract("2025-06-07", "President Masoud Pezeshkian met the press in Tehran.");
        assertThat(links(x).get("Masoud Pezeshkian")).satisfies(l -> {
            assertThat(l.wikidata()).isEqualTo("Q5933752");
            assertThat(l.evidence().rule()).isEqualTo("link.person_table.v1");
        });
        assertThat(x.entities()).filteredOn(e -> e.kind() == EntityKind.PERSON).extracting(Entity::key)
                .contains("masoud-pezeshkian");
    }

    @Test
    void aNameALetterOffIsLinkedOnlyWhenTheStateAndATermAgree() throws IOException {
        PersonLink abbas = links(extract("2022-04-12",
                "Palestinian President Mahmud Abbas met Jordanian officials in Amman on Monday.")).get("Mahmoud Abbas");
        assertThat(abbas.wikidata()).isEqualTo("Q127998");
        assertThat(abbas.grounds()).contains("name: Mahmud Abbas ~ Mahmoud Abbas");
        // The same letters with another state, or with none: a namesake, not the official.
        assertThat(links(extract("2022-04-12", "Chilean poet Mahmud Abbas read his verses in Santiago on Monday."))
                .get("Mahmud Abbas").wikidata()).isNull();
        PersonLink poet = links(extract("2022-04-12", "The poet Mahmud Abbas read his verses in Santiago on Monday."))
                .get("Mahmud Abbas");
        assertThat(poet.wikidata()).isNull();
        assertThat(poet.unlinkedReason()).startsWith("the reference has only a name alike");
    }

    @Test
    void aFamilyNameInAnotherTransliterationOrAnInitialIsLinkedWhenTheOfficeAgrees() throws IOException {
        PersonLink cavusoglu = links(extract("2021-02-15",
                "Turkish Foreign Minister Mevlut Cavushoglu held a phone call with Greek Foreign Minister Nikos "
                        + "Dendias on Monday.")).get("Mevlüt Çavuşoğlu");
        assertThat(cavusoglu.wikidata()).isEqualTo("Q249206");
        assertThat(cavusoglu.grounds()).contains("name: Mevlut Cavushoglu ~ Mevlüt Çavuşoğlu");
        PersonLink jaishankar = links(extract("2023-07-12",
                "Indian External Affairs Minister S. Jaishankar met Indonesian Foreign Minister Retno Marsudi in Jakarta."))
                .get("Subrahmanyam Jaishankar");
        assertThat(jaishankar.wikidata()).isEqualTo("Q16186720");
        // A family's names alike do not stand in the way of the one a letter off whose office agrees.
        assertThat(links(extract("2024-06-03",
                "Kuwait's Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received the Saudi Foreign Minister on Monday."))
                .get("Mishal Al-Ahmad Al-Jaber Al-Sabah").wikidata()).isEqualTo("Q12243161");
        // An initial alone, with nothing the news says to confirm it, is no one.
        PersonLink initial = links(extract("2023-07-12", "S. Jaishankar spoke at a book launch in Jakarta."))
                .get("S. Jaishankar");
        assertThat(initial.wikidata()).isNull();
        assertThat(initial.unlinkedReason()).startsWith("the reference has only a name alike");
    }

    @Test
    void anOfficeSaidWithoutItsStatePicksTheOneNamesakeHoldingItThatDay() throws IOException {
        // "Saud Al-Faisal" is a name alike of three princes of the reference (Saud, Turki and Khalid bin
        // Faisal Al Saud share its words); only the first was foreign minister, and the article's day is in his term.
        Extraction x = extract("2009-06-02",
                "Foreign Minister Prince Saud Al-Faisal held talks in Jeddah with Egyptian Foreign Minister Ahmed Aboul Gheit.");
        PersonLink saud = links(x).get("Saud bin Faisal bin Abdulaziz Al Saud");
        assertThat(saud).isNotNull();
        assertThat(saud.wikidata()).isEqualTo("Q58156");
        assertThat(saud.evidence().rule()).isEqualTo("link.name_office_date.v1");
        // The office's state is the reference's: the one official named alike who held it that day.
        assertThat(saud.grounds()).anyMatch(g -> g.startsWith("office: Minister of Foreign Affairs of Saudi Arabia"));
        // Initials name no one alike: the office stays one of no state named, and still links.
        PersonLink initials = links(extract("2023-07-12", "External Affairs Minister S. Jaishankar held talks in Jakarta "
                + "with Indonesian Foreign Minister Retno Marsudi.")).get("Subrahmanyam Jaishankar");
        assertThat(initials.wikidata()).isEqualTo("Q16186720");
        assertThat(initials.grounds()).anyMatch(g -> g.startsWith("office: External Affairs Minister, of no state named"));
        // Out of his term, the office without a state is not enough; nor is the name without an office.
        assertThat(links(extract("2017-06-02", "Foreign Minister Prince Saud Al-Faisal held talks in Jeddah with "
                + "Egyptian Foreign Minister Sameh Shoukry.")).get("Saud Al-Faisal").wikidata()).isNull();
        assertThat(links(extract("2009-06-02", "Prince Saud Al-Faisal held talks in Jeddah with Egyptian Foreign "
                + "Minister Ahmed Aboul Gheit.")).get("Saud Al-Faisal").wikidata()).isNull();
    }

    @Test
    void givenNamesWrittenAsInitialsRunTogetherAreTheOfficialsWhoseNamesTheyOpen() throws IOException {
        Extraction x = extract("2020-02-11",
                "Bangladeshi Foreign Minister AK Abdul Momen met Indian High Commissioner Riva Ganguly Das in Dhaka.");
        assertThat(links(x).get("Abul Kalam Abdul Momen")).isNotNull();
        assertThat(links(x).get("Abul Kalam Abdul Momen").wikidata()).isEqualTo("Q26923392");
        // Initials that open no official's given names are no name of his: only the office he held that
        // day, with his family name, says who is meant (and says it with less confidence).
        PersonLink other = links(extract("2020-02-11", "Bangladeshi Foreign Minister MK Abdul Momen met Indian High "
                + "Commissioner Riva Ganguly Das in Dhaka.")).get("Abul Kalam Abdul Momen");
        assertThat(other.evidence().rule()).isEqualTo("link.family_name_office_date.v1");
        assertThat(links(extract("2020-02-11", "MK Abdul Momen spoke at a book launch in Dhaka."))
                .get("MK Abdul Momen").wikidata()).isNull();
    }

    @Test
    void aNameTheReferenceLacksIsTheOneHolderOfTheStatedOfficeWithItsFamilyName() throws IOException {
        // The reference calls him "Bongbong Marcos"; news, "Ferdinand Marcos, Jr.".
        PersonLink marcos = links(extract("2022-08-18",
                "MANILA - Philippine President Ferdinand Marcos, Jr. on Thursday met Japanese Foreign Minister Yoshimasa Hayashi.")).get("Bongbong Marcos");
        assertThat(marcos).isNotNull();
        assertThat(marcos.wikidata()).isEqualTo("Q983324");
        assertThat(marcos.evidence().rule()).isEqualTo("link.family_name_office_date.v1");
        // Before he held the office the family name alone links no one.
        assertThat(links(extract("2020-08-18",
                "MANILA - Philippine President Ferdinand Marcos, Jr. on Thursday met Japanese Foreign Minister Toshimitsu Motegi."))
                .get("Ferdinand Marcos").wikidata()).isNull();
    }
}
