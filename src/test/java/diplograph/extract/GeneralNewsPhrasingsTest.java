package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Event;
import diplograph.model.Extraction;
import diplograph.model.PersonLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How news agencies and newspapers word contacts, on short articles written for this test (other
 * persons, states and dates than any development article): coordinated parties and participial
 * clauses, counterparts and groups, delegations and credentials, multi-party events, contacts
 * with words between the verb and its noun, nominal and passive contacts, the guards against
 * planned, negated and hypothetical contacts, and the identity of persons named in part.
 */
class GeneralNewsPhrasingsTest {

    @TempDir
    Path tmp;

    private Extraction extract(String date, String... paragraphs) throws IOException {
        return WrittenArticle.extract(tmp, date, paragraphs);
    }

    /** Each office holding as "person | office | state". */
    private static List<String> holdings(Extraction x) {
        return x.facts(diplograph.model.OfficeHolding.class).stream()
                .map(h -> h.person().label() + " | " + h.office().label() + " | " + h.of().label()).toList();
    }

    /** Each event as "kind | participants sorted | date | place". */
    private static List<String> events(Extraction x) {
        return x.facts(Event.class).stream()
                .map(e -> e.kind().word() + " | "
                        + e.participants().stream().map(Entity::label).sorted().collect(Collectors.joining(", "))
                        + " | " + e.date() + " | " + (e.place() == null ? null : e.place().label()))
                .toList();
    }

    // ------------------------------------------------------------ clauses

    @Test
    void remarksPlacedAtAContactWithOnePersonAreTheirSpeakersContact() throws IOException {
        Extraction x = extract("2023-05-10",
                "Chilean President Gabriel Boric urged Bolivia to reopen the border crossings.",
                "The remarks came at a joint news conference in Lima with Peruvian President Dina Boluarte.");
        assertThat(events(x)).containsExactly("meeting | Dina Boluarte, Gabriel Boric | null | Lima");
    }

    @Test
    void coordinatedSubjectsOfAParticipialClauseHeldTheTalks() throws IOException {
        Extraction x = extract("2024-05-15",
                "Peruvian President Ana Ruiz and Chilean President Tomás Vidal attended the signing ceremony after "
                        + "holding talks in Lima on Tuesday.");
        assertThat(events(x)).containsExactly("talks | Ana Ruiz, Tomás Vidal | 2024-05-14 | Lima");
    }

    @Test
    void theSubjectOfTheMainClauseOpensTalksWithACounterpartInApposition() throws IOException {
        Extraction x = extract("2024-05-15",
                "Indonesian Foreign Minister Retno Marsudi arrived in Cairo on Wednesday.",
                "The visit is important, Marsudi told reporters before opening talks with her Egyptian counterpart, "
                        + "Sameh Shoukry.");
        // The story's place and day come from its lead: "arrived in Cairo on Wednesday".
        assertThat(events(x)).containsExactly("talks | Retno Marsudi, Sameh Shoukry | 2024-05-15 | Cairo");
    }

    @Test
    void surnamesIntroducedWithTheirOfficesMeetInACity() throws IOException {
        Extraction x = extract("2023-07-08",
                "Swedish Foreign Minister Tobias Billström arrived in Ankara on Thursday for talks on NATO membership.",
                "Turkish Foreign Minister Hakan Fidan has asked for more time.",
                "Billström and Fidan met Friday in Ankara.");
        assertThat(events(x)).containsExactly("meeting | Hakan Fidan, Tobias Billström | 2023-07-07 | Ankara");
    }

    @Test
    void aPresidentReceivesTheVisitingVicePresidentWithADateBeforeTheVerb() throws IOException {
        Extraction x = extract("2023-03-14",
                "Ghanaian President Nana Akufo-Addo on Monday received the visiting U.S. Vice President Kamala Harris "
                        + "at the presidential palace in Accra.");
        assertThat(events(x)).containsExactly("meeting | Kamala Harris, Nana Akufo-Addo | 2023-03-13 | Accra");
    }

    @Test
    void theCityOfAnAgencysDatelineIsWhereTheContactTookPlace() throws IOException {
        assertThat(events(extract("2023-11-16",
                "ASTANA, Nov. 15 (Kazinform) -- Kazakh President Kassym-Jomart Tokayev received Mongolian Foreign "
                        + "Minister Batmunkh Battsetseg on Wednesday.")))
                .containsExactly("meeting | Batmunkh Battsetseg, Kassym-Jomart Tokayev | 2023-11-15 | Astana");
        assertThat(events(extract("2023-11-16",
                "HANOI, 15th November, 2023 (VNA) -- Vietnamese Prime Minister Pham Minh Chinh held talks with "
                        + "Cambodian Prime Minister Hun Manet on Wednesday.")))
                .containsExactly("talks | Hun Manet, Phạm Minh Chính | 2023-11-15 | Hanoi");
        assertThat(events(extract("2023-11-16",
                "KUWAIT: Kuwaiti Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah received Omani Foreign "
                        + "Minister Badr Albusaidi yesterday.")))
                .containsExactly("meeting | Badr Albusaidi, Salem Abdullah Al-Jaber Al-Sabah | 2023-11-15 | Kuwait City");
    }

    @Test
    void aColumnsNameReadAsADatelineIsNoPlace() throws IOException {
        assertThat(events(extract("2023-11-16",
                "WORLD BRIEFING: Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
                        + "Wednesday.")))
                .containsExactly("meeting | Samia Hassan Suluhu, William Ruto | 2023-11-15 | null");
    }

    @Test
    void anAsideBetweenTheSubjectAndItsVerbIsNotTheVerbs() throws IOException {
        // "to India" in the aside is no "to meet": the contact happened.
        assertThat(events(extract("2024-06-11",
                "Nepali Prime Minister Pushpa Kamal Dahal, who is on an official visit to India, met Indian Foreign "
                        + "Minister Vikram Misri on Monday.")))
                .containsExactly("meeting | Pushpa Kamal Dahal, Vikram Misri | 2024-06-10 | null");
        assertThat(events(extract("2024-06-11",
                "Nepali Prime Minister Pushpa Kamal Dahal paid a courtesy call on India's newly-appointed Foreign "
                        + "Secretary Vikram Misri on Monday.")))
                .containsExactly("meeting | Pushpa Kamal Dahal, Vikram Misri | 2024-06-10 | null");
    }

    @Test
    void aDescriptionInAppositionBetweenTheSubjectAndItsVerbKeepsTheSubject() throws IOException {
        assertThat(events(extract("2023-03-05",
                "Egyptian Foreign Minister Sameh Shoukry, a veteran of three decades of Egyptian diplomacy, met "
                        + "Jordan's King Abdullah II in Amman on Wednesday.")))
                .containsExactly("meeting | Abdullah II, Sameh Shoukry | 2023-03-01 | Amman");
        // An aside that says something (a verb) is no description of the subject.
        assertThat(events(extract("2023-03-05",
                "Egyptian Foreign Minister Sameh Shoukry, officials said, met Jordan's King Abdullah II in Amman on "
                        + "Wednesday.")))
                .isEmpty();
    }

    @Test
    void aCourtesyTitleOrARankBeforeANameMakesItAPersons() throws IOException {
        Extraction x = extract("2023-03-05",
                "Dr. Kwame Mensah Boateng met Mr. Peter Olumide Adeyemi in Accra on Monday to discuss trade.",
                "Egyptian Foreign Minister Sameh Shoukry received Brigadier General John Hardwick, Senior Director for "
                        + "Middle East Affairs at the National Security Council, in Cairo on Tuesday.",
                "The UN General Assembly President also spoke.");
        assertThat(events(x)).containsExactlyInAnyOrder(
                "meeting | Kwame Mensah Boateng, Peter Olumide Adeyemi | 2023-02-27 | Accra",
                "meeting | John Hardwick, Sameh Shoukry | 2023-02-28 | Cairo");
        assertThat(WrittenArticle.personNames(x)).doesNotContain("Assembly President");
    }

    @Test
    void aContactWithoutAPlaceTakesTheVenueTheNextSentencesGive() throws IOException {
        assertThat(events(extract("2020-08-04",
                "Foreign Minister Salem Al-Rashidi has received U.S. Deputy Secretary of State Mark Hendry.",
                "During the meeting - which was held at the Foreign Ministry headquarters in Kuwait City - the two "
                        + "sides discussed the situation in Gaza.")))
                .containsExactly("meeting | Mark Hendry, Salem Al-Rashidi | null | Kuwait City");
        // A place the continuing sentence gives to a topic is not the venue.
        assertThat(events(extract("2020-08-04",
                "Foreign Minister Salem Al-Rashidi has received U.S. Deputy Secretary of State Mark Hendry.",
                "During the meeting, the two sides discussed the situation in Gaza.")))
                .containsExactly("meeting | Mark Hendry, Salem Al-Rashidi | null | null");
    }

    @Test
    void aContactInAWhereClauseTakesThePlaceItPointsBackTo() throws IOException {
        assertThat(events(extract("2024-08-15",
                "Kyrgyz Foreign Minister Jeenbek Kulubaev visited the capital, Tbilisi, on Wednesday, where he met "
                        + "Georgian Prime Minister Irakli Kobakhidze.")))
                .containsExactly("meeting | Irakli Kobakhidze, Jeenbek Kulubaev | 2024-08-14 | Tbilisi");
        // "where" without the comma of a relative clause points to no place named before it.
        assertThat(events(extract("2024-08-15",
                "Kyrgyz Foreign Minister Jeenbek Kulubaev arrived from Tbilisi at the hotel where he met Georgian "
                        + "Prime Minister Irakli Kobakhidze on Wednesday.")))
                .containsExactly("meeting | Irakli Kobakhidze, Jeenbek Kulubaev | 2024-08-14 | null");
    }

    @Test
    void theEveningBeforeThePublicationIsTheDayBefore() throws IOException {
        assertThat(events(extract("2019-03-09",
                "Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a telephone conversation "
                        + "last evening.")))
                .containsExactly("phone_call | Dina Boluarte, Gabriel Boric | 2019-03-08 | null");
    }

    @Test
    void aContactToldAgainWithAVerbOfEitherChannelIsTheSameContact() throws IOException {
        // "talked" says neither a call nor a meeting: after the meeting of the same two, it is that meeting.
        assertThat(events(extract("2014-09-13",
                "Mongolian Foreign Minister Luvsanvandan Bold and Lao Foreign Minister Thongloun Sisoulith met in "
                        + "Vientiane on Friday.",
                "They also talked about the implementation of agreements and the upcoming summit.")))
                .containsExactly("meeting | Luvsanvandan Bold, Thongloun Sisoulith | 2014-09-12 | Vientiane");
        // Alone, it is a call, as readouts use it.
        assertThat(events(extract("2014-09-13",
                "Mongolian Foreign Minister Luvsanvandan Bold talked with Lao Foreign Minister Thongloun Sisoulith "
                        + "on Friday.")))
                .containsExactly("phone_call | Luvsanvandan Bold, Thongloun Sisoulith | 2014-09-12 | null");
    }

    @Test
    void thePluralTitleOfTwoStatesIsEachStatesHolder() throws IOException {
        // The reference gives each state's foreign minister that day.
        assertThat(events(extract("2021-12-20",
                "The foreign ministers of Iran and Saudi Arabia held a brief meeting in Islamabad on Sunday.")))
                .containsExactly("meeting | Faisal bin Farhan Al Saud, Hossein Amir-Abdollahian | 2021-12-19 | Islamabad");
        // Offices a state has many holders of are not resolved so.
        assertThat(events(extract("2021-12-20",
                "The ambassadors of Iran and Saudi Arabia held a brief meeting in Islamabad on Sunday.")))
                .isEmpty();
    }

    @Test
    void aContactInsideAQuotationIsNotDatedByTheSaying() throws IOException {
        assertThat(events(extract("2021-12-21",
                "The foreign ministers of Iran and Saudi Arabia held a brief meeting in Islamabad on Sunday.",
                "Speaking at a press conference on Monday, the spokesman said, “The foreign ministers of Iran and "
                        + "Saudi Arabia had a brief meeting in Islamabad.”")))
                .containsExactly("meeting | Faisal bin Farhan Al Saud, Hossein Amir-Abdollahian | 2021-12-19 | Islamabad");
    }

    @Test
    void untitledNamesCoordinatedAfterAContactNounAreAllItsParticipants() throws IOException {
        assertThat(events(extract("2021-03-19",
                "The meeting between Tarik Okyay and Reza Bahrami at the Dolmabahce Office in Istanbul lasted two hours.")))
                .containsExactly("meeting | Reza Bahrami, Tarik Okyay | null | Istanbul");
    }

    @Test
    void aSurnameMisprintedByTwoLettersSwappedIsTheSamePersonAndAShortOfficeTheSameOffice() throws IOException {
        Extraction x = extract("2018-02-20",
                "Kenyan Foreign Minister Monica Juma received Ugandan Foreign Minister Sam Kutesa in Nairobi on Monday.",
                "Minister Kuetsa said trade had doubled.");
        assertThat(holdings(x))
                .containsExactlyInAnyOrder("Monica Juma | Minister of Foreign Affairs | Kenya",
                        "Sam Kutesa | Minister of Foreign Affairs | Uganda");
        assertThat(WrittenArticle.personNames(x)).containsExactlyInAnyOrder("Monica Juma", "Sam Kutesa");
    }

    @Test
    void aContactPlacedAYearAgoTakesNoDateFromTheStory() throws IOException {
        assertThat(events(extract("2016-01-12",
                "ZAGREB, Jan. 11 — Croatian Prime Minister Tihomir Oreskovic held talks with Slovenian Prime Minister "
                        + "Miro Cerar on Monday.",
                "Cerar and Croatian President Kolinda Grabar-Kitarovic last met in Zagreb almost a year ago.")))
                .containsExactlyInAnyOrder("talks | Miro Cerar, Tihomir Orešković | 2016-01-11 | Zagreb",
                        "meeting | Kolinda Grabar-Kitarović, Miro Cerar | null | Zagreb");
    }

    @Test
    void aReigningMonarchNamedWithoutTheOrdinalIsTheReferencesMonarchWhenTheOfficeAgrees() throws IOException {
        assertThat(events(extract("2016-01-12",
                "Jordan's King Abdullah met U.S. Secretary of State John Kerry in Washington on Monday.")))
                .containsExactly("meeting | Abdullah II, John Kerry | 2016-01-11 | Washington");
        // Before his reign, "Charles" is not Charles III.
        assertThat(WrittenArticle.personNames(extract("2016-01-12",
                "Britain's King Charles met Japanese Emperor Naruhito in Tokyo on Monday.")))
                .doesNotContain("Charles III");
    }

    @Test
    void aSeatOfGovernmentQualifiesATitleAsTheStatesAdjectiveDoes() throws IOException {
        Extraction x = extract("2022-07-12",
                "Kremlin spokesman Dmitry Peskov and Downing Street spokesperson Max Blain described the call as tense.");
        assertThat(holdings(x))
                .containsExactlyInAnyOrder("Dmitry Peskov | Spokesperson | Russia", "Max Blain | Spokesperson | United Kingdom");
    }

    @Test
    void aSecondContactVerbSharesTheSubjectOfTheFirst() throws IOException {
        assertThat(events(extract("2024-06-11",
                "Indian Foreign Secretary Vikram Misri called on Prime Minister Sheikh Hasina and held talks with his "
                        + "Bangladeshi counterpart Masud Bin Momen on Monday.")))
                .containsExactlyInAnyOrder("meeting | Sheikh Hasina, Vikram Misri | 2024-06-10 | null",
                        "talks | Masud Bin Momen, Vikram Misri | 2024-06-10 | null");
    }

    // ------------------------------------------------------------ words between verb and noun

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russian President Vladimir Putin had a second, hour-long telephone conversation with French President "
                + "Emmanuel Macron on Friday.",
        "Russian President Vladimir Putin had a telephone talk with French President Emmanuel Macron on Friday.",
        "Russian President Vladimir Putin and French President Emmanuel Macron held a lengthy and frank telephone "
                + "conversation on Friday.",
    })
    void wordsBetweenTheLightVerbAndItsNounKeepTheCall(String sentence) throws IOException {
        Extraction x = extract("2022-03-05", sentence);
        assertThat(events(x)).containsExactly("phone_call | Emmanuel Macron, Vladimir Putin | 2022-03-04 | null");
    }

    @Test
    void nominalAndPassiveContactsStillWork() throws IOException {
        Extraction x = extract("2024-02-10",
                "The meeting between Brazilian President Luiz Inácio Lula da Silva and Nigerian Foreign Minister "
                        + "Yusuf Tuggar on Thursday focused on trade.",
                "On Friday, Turkish Foreign Minister Hakan Fidan was received by Egyptian President Abdel Fattah "
                        + "el-Sisi in Cairo.");
        assertThat(events(x)).containsExactly(
                "meeting | Luiz Inácio Lula da Silva, Yusuf Tuggar | 2024-02-08 | null",
                "meeting | Abdel Fattah el-Sisi, Hakan Fidan | 2024-02-09 | Cairo");
    }

    // ------------------------------------------------------------ counterparts and groups

    @Test
    void aCounterpartWithoutANameIsTheReferencesOneHolderOfThatOfficeThatDay() throws IOException {
        Extraction x = extract("2019-03-15",
                "Peruvian Foreign Minister Néstor Popolizio arrived in Santiago on Monday.",
                "He met his Chilean counterpart on Tuesday.");
        assertThat(events(x)).containsExactly("meeting | Néstor Popolizio, Roberto Ampuero | 2019-03-12 | Santiago");
    }

    @Test
    void aCounterpartIsFirstAPersonOfTheArticle() throws IOException {
        Extraction x = extract("2019-03-15",
                "Chilean Foreign Minister Teodoro Ribera said on Monday that the border talks would resume.",
                "Peruvian Foreign Minister Néstor Popolizio met his Chilean counterpart in Lima on Tuesday.");
        assertThat(events(x)).containsExactly("meeting | Néstor Popolizio, Teodoro Ribera | 2019-03-12 | Lima");
    }

    @Test
    void theTwoHeadsOfStateAreTheParticipantsOfTheContactBefore() throws IOException {
        Extraction x = extract("2023-11-16",
                "U.S. President Joe Biden and Chinese President Xi Jinping met in San Francisco on Wednesday.",
                "Later the two heads of state spoke by phone.");
        assertThat(events(x)).contains("phone_call | Joe Biden, Xi Jinping | 2023-11-15 | null");
    }

    // ------------------------------------------------------------ delegations, lists, multi-party

    @Test
    void aDelegationLedByAPersonIsThatPerson() throws IOException {
        Extraction x = extract("2019-05-02",
                "Kazakh President Kassym-Jomart Tokayev on Wednesday met with a delegation led by Mongolian "
                        + "Foreign Minister Damdin Tsogtbaatar.");
        // The minister is linked to the officials reference, whose name for him is family name last.
        assertThat(events(x)).containsExactly("meeting | Kassym-Jomart Tokayev, Tsogtbaatar Damdin | 2019-05-01 | null");
    }

    @Test
    void aCredentialsCeremonyIsOneContactPerAmbassador() throws IOException {
        Extraction x = extract("2021-11-03",
                "President Vladimir Putin received the credentials of Ambassador of Peru Lucia Salas and Ambassador "
                        + "of Chile Daniel Ortega Vidal on Tuesday.");
        assertThat(events(x)).containsExactlyInAnyOrder(
                "meeting | Lucia Salas, Vladimir Putin | 2021-11-02 | null",
                "meeting | Daniel Ortega Vidal, Vladimir Putin | 2021-11-02 | null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chancellor Olaf Scholz met separately with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi on Monday.",
        "Chancellor Olaf Scholz held separate talks with Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi on Monday.",
        "Chancellor Olaf Scholz met Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi separately on Monday."})
    void aContactHeldSeparatelyIsOneContactWithEachPerson(String sentence) throws IOException {
        Extraction x = extract("2023-05-23", sentence);
        assertThat(events(x).stream().map(e -> e.substring(e.indexOf('|') + 2)).toList()).containsExactlyInAnyOrder(
                "Fumio Kishida, Olaf Scholz | 2023-05-22 | null",
                "Narendra Modi, Olaf Scholz | 2023-05-22 | null");
    }

    @Test
    void withoutASeparateCueAContactWithTwoPersonsIsOneContactOfThree() throws IOException {
        Extraction x = extract("2023-05-23",
                "Chancellor Olaf Scholz met with Japanese Prime Minister Fumio Kishida and Indian Prime Minister "
                        + "Narendra Modi on Monday.");
        assertThat(events(x)).containsExactly("meeting | Fumio Kishida, Narendra Modi, Olaf Scholz | 2023-05-22 | null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "said of Venezuelan President Nicolás Maduro: \"He must go.\"",
        "spoke about Venezuelan President Nicolás Maduro."})
    void aPersonSpokenOfAfterACallIsNotOneOfItsParticipants(String rest) throws IOException {
        Extraction x = extract("2019-03-12",
                "In a telephone conversation with Argentine President Mauricio Macri on Monday, Brazilian President "
                        + "Jair Bolsonaro " + rest);
        assertThat(events(x)).containsExactly("phone_call | Jair Bolsonaro, Mauricio Macri | 2019-03-11 | null");
    }

    @Test
    void aSecondObjectWithAChannelOfItsOwnIsAContactOfThatKind() throws IOException {
        Extraction x = extract("2019-03-12",
                "Iraqi Prime Minister Adil Abdul-Mahdi spoke with French President Emmanuel Macron by phone and "
                        + "German Foreign Minister Heiko Maas in person on Monday.");
        assertThat(events(x)).containsExactlyInAnyOrder(
                "phone_call | Adil Abdul-Mahdi, Emmanuel Macron | 2019-03-11 | null",
                "meeting | Adil Abdul-Mahdi, Heiko Maas | 2019-03-11 | null");
    }

    @Test
    void aDateInsideAQuotationIsTheSpeakersNotTheContacts() throws IOException {
        Extraction x = extract("2006-08-07",
                "In a telephone conversation with Bolivian President Evo Morales, Venezuelan President Hugo Chávez "
                        + "said: \"On Saturday I learned that he is very well.\"");
        assertThat(events(x)).containsExactly("phone_call | Evo Morales, Hugo Chávez | null | null");
    }

    @Test
    void aDateInsideTheQuotationThatReportsTheContactDatesIt() throws IOException {
        Extraction x = extract("2006-08-07",
                "\"I met President Evo Morales of Bolivia on Saturday,\" Venezuelan President Hugo Chávez told reporters.");
        assertThat(events(x)).containsExactly("meeting | Evo Morales, Hugo Chávez | 2006-08-05 | null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Fumio Kishida held talks in Ha Noi on Sunday with Vietnamese Prime Minister Pham Minh Chinh.|Hanoi",
        "Prime Minister Fumio Kishida held talks in Hà Nội on Sunday with Vietnamese Prime Minister Pham Minh Chinh.|Hanoi",
        "Prime Minister Fumio Kishida held talks in Bogota on Sunday with Colombian President Gustavo Petro.|Bogotá"})
    void aPlaceWrittenWithOtherDiacriticsOrSpacingIsTheGazetteersPlace(String sentence, String place) throws IOException {
        Extraction x = extract("2023-05-01", sentence);
        assertThat(events(x)).singleElement().asString().endsWith("| 2023-04-30 | " + place);
    }

    @Test
    void aVideoConferenceWithTheParticipationOfOthersIsOneEventOfAll() throws IOException {
        Extraction x = extract("2020-05-01",
                "A video conference was held on Thursday between Armenian Foreign Minister Zohrab Mnatsakanyan and "
                        + "Azerbaijani Foreign Minister Elmar Mammadyarov, with the participation of the OSCE Minsk "
                        + "Group co-chairs Igor Popov, Stephane Visconti and Andrew Schofer.");
        assertThat(events(x)).containsExactly("videoconference | Andrew Schofer, Elmar Mammadyarov, Igor Popov, "
                + "Stephane Visconti, Zohrab Mnatsakanian | 2020-04-30 | null");
    }

    // ------------------------------------------------------------ guards

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Japanese Prime Minister Fumio Kishida will meet South Korean President Yoon Suk Yeol on Sunday.",
        "Japanese Prime Minister Fumio Kishida is expected to hold talks with South Korean President Yoon Suk Yeol.",
        "Japanese Prime Minister Fumio Kishida did not meet South Korean President Yoon Suk Yeol in Hiroshima.",
        "If Japanese Prime Minister Fumio Kishida meets South Korean President Yoon Suk Yeol, trade will top the agenda.",
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed to meet again in "
                + "the autumn.",
        "Japanese Prime Minister Fumio Kishida left for Seoul ahead of talks with South Korean President Yoon Suk Yeol.",
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol will discuss trade when they "
                + "meet next weekend.",
        "Japanese Prime Minister Fumio Kishida said he had proposed to South Korean President Yoon Suk Yeol that the "
                + "two leaders meet in the coming weeks.",
        "Japanese Prime Minister Fumio Kishida called the meeting with South Korean President Yoon Suk Yeol in Seoul "
                + "\"frank and forward-looking.\"",
    })
    void plannedNegatedAndHypotheticalContactsAreNotReported(String sentence) throws IOException {
        Extraction x = extract("2023-05-06", sentence);
        assertThat(events(x)).isEmpty();
    }

    // ------------------------------------------------------------ identity

    @Test
    void aNameThatContainsAnOfficialsShorterNameIsOnePersonNotThatOfficial() throws IOException {
        Extraction x = extract("2023-03-04",
                "Rafael Mariano Grossi said on Saturday that inspectors would return to the site.",
                "International Atomic Energy Agency Director General Rafael Mariano Grossi met Iranian Foreign "
                        + "Minister Hossein Amir-Abdollahian in Tehran on Friday.");
        List<Entity> persons = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
        assertThat(persons).extracting(Entity::label)
                .containsExactlyInAnyOrder("Rafael Mariano Grossi", "Hossein Amir-Abdollahian");
        assertThat(x.facts(PersonLink.class)).filteredOn(l -> l.wikidata() != null).extracting(l -> l.person().label())
                .doesNotContain("Rafael Mariano Grossi", "Rafael V. Mariano");
    }

    @Test
    void anUntitledLongerNameAloneLinksNobody() throws IOException {
        Extraction x = extract("2023-03-04",
                "Rafael Mariano Grossi said on Saturday that inspectors would return to the site after talks in Tehran.");
        assertThat(WrittenArticle.personNames(x))
                .doesNotContain("Rafael V. Mariano");
        assertThat(x.facts(PersonLink.class)).filteredOn(l -> l.wikidata() != null).isEmpty();
    }

    // ------------------------------------------------------------ stories, lists and plural titles

    @Test
    void aStoryWithoutADatelineIsPlacedAndDatedByItsLead() throws IOException {
        Extraction x = extract("2007-09-06",
                "U.S. President George W. Bush and Chinese President Hu Jintao discussed trade Thursday. VOA's Anna "
                        + "Kowalski reports from Sydney, where the two leaders met for 90 minutes.");
        assertThat(events(x)).containsExactly("meeting | George W. Bush, Hu Jintao | 2007-09-06 | Sydney");
    }

    @Test
    void aPersonRightAfterAVerbOfSayingIsTheSubjectAPronounLaterStandsFor() throws IOException {
        Extraction x = extract("2016-01-12", "President Barack Obama will deliver his annual address on Tuesday.",
                "White House officials said Jordan's King Abdullah would instead meet with Vice President Joe Biden. "
                        + "He met Defense Secretary Ash Carter on Monday.");
        assertThat(events(x)).containsExactly("meeting | Abdullah II, Ashton Carter | 2016-01-11 | null");
    }

    @Test
    void aShortGivenNameMeetsTheReferencesLongOneAndItsOffice() throws IOException {
        Extraction x = extract("2016-01-11", "Jordan's King Abdullah met Defense Secretary Ash Carter at the Pentagon on Monday.");
        assertThat(holdings(x))
                .contains("Ashton Carter | Secretary of Defense | United States");
    }

    @Test
    void aPersonInThePhraseOpeningTheSentenceIsNotListedWithTheSubject() throws IOException {
        Extraction x = extract("2024-04-26", "After his meeting with Indian Prime Minister Narendra Modi, Japanese Foreign "
                + "Minister Yoko Kamikawa held talks with Indian Foreign Minister Subrahmanyam Jaishankar.");
        // Two contacts: the meeting the opening phrase names, the talks of its sentence.
        assertThat(events(x)).containsExactlyInAnyOrder("meeting | Narendra Modi, Yōko Kamikawa | null | null",
                "talks | Subrahmanyam Jaishankar, Yōko Kamikawa | null | null");
        // The parse hangs the opening phrase's with-phrase on the main verb: still the meeting's.
        Extraction y = extract("2024-04-26", "Japanese Foreign Minister Yoko Kamikawa arrived in New Delhi on Thursday. "
                + "Ahead of her meeting with Indian Prime Minister Narendra Modi, Kamikawa held talks with Indian Foreign "
                + "Minister Subrahmanyam Jaishankar.");
        assertThat(events(y)).contains("talks | Subrahmanyam Jaishankar, Yōko Kamikawa | 2024-04-25 | New Delhi")
                .noneMatch(e -> e.startsWith("talks") && e.contains("Narendra Modi"));
    }

    @Test
    void aTitleForAMinistryIsTheOfficeOfThatMinistrysTitle() throws IOException {
        Extraction x = extract("2021-03-10", "CAIRO — Official spokesman for the Foreign Ministry Ahmed Abu Zeid said the "
                + "talks had been useful.");
        assertThat(holdings(x))
                .containsExactly("Ahmed Abu Zeid | Spokesperson of the Ministry of Foreign Affairs | Egypt");
    }

    @Test
    void fmIsTheWireServicesForeignMinister() throws IOException {
        Extraction x = extract("2022-01-11", "Cuban FM Bruno Rodríguez held a fraternal exchange with Denis Moncada, "
                + "Nicaraguan FM, in Managua on Monday.");
        assertThat(holdings(x))
                .contains("Denis Moncada | Minister of Foreign Affairs | Nicaragua",
                        "Bruno Rodríguez Parrilla | Minister of Foreign Affairs | Cuba");
        // A radio station's name is no title.
        assertThat(WrittenArticle.personNames(extract("2022-01-11", "Radio Kiss FM reported the meeting in Managua.")))
                .isEmpty();
    }

    @Test
    void aBareTitleOfAnOfficeWithManyHoldersStandsForNoOneOfTheReference() throws IOException {
        // France has many ambassadors; the reference knowing one that day does not make him this one.
        Extraction x = extract("2021-03-10", "The French ambassador said the talks in New York had been useful.");
        assertThat(WrittenArticle.personNames(x)).isEmpty();
        // A president is one at a time: the bare title is that day's holder.
        Extraction y = extract("2021-03-10", "The President of France said the talks in New York had been useful.");
        assertThat(WrittenArticle.personNames(y)).containsExactly("Emmanuel Macron");
    }

    @Test
    void theTwoLeadersAreTheSubjectsOfTheSentenceBeforeThoughItNamesNoContact() throws IOException {
        // Only sentences naming a contact are parsed, and the sentence before one whose group word
        // may stand for its subject: here the sentence before is parsed for "The two leaders".
        Extraction x = extract("2013-02-22",
                "President Barack Obama and Japanese Prime Minister Shinzo Abe pledged a strong response to the "
                        + "missile test. The two leaders met Friday at the White House.");
        assertThat(events(x)).containsExactly("meeting | Barack Obama, Shinzō Abe | 2013-02-22 | null");
    }

    @Test
    void anUnqualifiedTitleInADispatchIsNotTheDatelinesWhenTheReferencePlacesTheOfficialElsewhere() throws IOException {
        Extraction x = extract("2019-10-15",
                "BELGRADE, Oct. 14 — Prime Minister Viktor Orban praised the new rail link at a ceremony with "
                        + "Serbian Minister of Construction Zorana Mihajlovic on Monday.");
        assertThat(holdings(x))
                .contains("Viktor Orbán | Prime Minister | Hungary")
                .noneMatch(r -> r.startsWith("Viktor Orbán | Prime Minister | Serbia"));
    }

    @Test
    void anOfficeWrittenAsACommonNounBeforeAnotherOfficeNamesSomeoneElse() throws IOException {
        Extraction x = extract("2019-03-04",
                "Argentine President Mauricio Macri and Spanish Prime Minister Pedro Sánchez met in Madrid on Monday.",
                "The president and Prime Minister Sánchez agreed to deepen trade ties.");
        assertThat(holdings(x))
                .contains("Pedro Sánchez | Prime Minister | Spain")
                .noneMatch(r -> r.startsWith("Pedro Sánchez | President"));
    }

    @Test
    void aDelegationListedAfterACompanionCueJoinsTheContactWithItsOfficesAndState() throws IOException {
        Extraction x = extract("2005-02-17",
                "Brazilian President Luiz Inácio Lula da Silva met Venezuelan President Hugo Chávez on Monday in Caracas.",
                "President Lula was accompanied by the following delegation: the Minister of Tourism Walfrido Mares "
                        + "Guia, the President of Petrobras José Eduardo Dutra and the Special Secretary for Aquaculture "
                        + "and Fisheries José Fritsch.");
        assertThat(events(x)).containsExactly("meeting | Hugo Chávez, José Eduardo Dutra, José Fritsch, "
                + "Luiz Inácio Lula da Silva, Walfrido Mares Guia | 2005-02-14 | Caracas");
        assertThat(holdings(x))
                .contains("Walfrido Mares Guia | Minister of Tourism | Brazil",
                        "José Fritsch | Special Secretary for Aquaculture and Fisheries | Brazil")
                .noneMatch(r -> r.startsWith("José Eduardo Dutra")); // a company's president holds no office of a state
    }

    @Test
    void personsPresentAtTheEventJoinIt() throws IOException {
        Extraction x = extract("2004-11-13",
                "Chinese President Hu Jintao had lunch today with Brazilian President Luiz Inácio Lula da Silva.",
                "Some Brazilian ministers were present at the event: Antonio Palocci (Economy), Celso Amorim (External "
                        + "Relations) and Roberto Rodrigues (Agriculture).");
        assertThat(events(x)).containsExactly("meeting | Antonio Palocci, Celso Amorim, Hu Jintao, "
                + "Luiz Inácio Lula da Silva, Roberto Rodrigues | 2004-11-13 | null");
    }

    @Test
    void aPluralTitleForTwoOfficesIsTheTwoHoldersOfTheDay() throws IOException {
        Extraction x = extract("2006-10-21",
                "Condoleezza Rice met behind closed doors in Moscow with Russia's Foreign and Defense ministers.");
        assertThat(events(x)).containsExactly("meeting | Condoleezza Rice, Sergei Ivanov, Sergey Lavrov | null | Moscow");
    }

    @Test
    void aJointNewsConferenceIsAContactAndTheCapitalOfAStateIsAPlace() throws IOException {
        Extraction x = extract("2008-08-06",
                "At a joint news conference in the Israeli capital on Wednesday with Palestinian President Mahmoud "
                        + "Abbas, Israeli Prime Minister Ehud Olmert announced the release of prisoners.");
        assertThat(events(x)).containsExactly("meeting | Ehud Olmert, Mahmoud Abbas | 2008-08-06 | Jerusalem");
    }

    @Test
    void aContactDatedAfterItsArticleIsPlanned() throws IOException {
        Extraction x = extract("2021-12-01",
                "The meeting of the heads of the EU bodies with Ilham Aliyev and Nikol Pashinyan on December 15 "
                        + "should be useful.");
        assertThat(events(x)).isEmpty();
    }

    @Test
    void talksFollowingAnotherEventAreNotTheSubjectsContact() throws IOException {
        Extraction x = extract("2022-02-23",
                "Following talks held in Moscow, Vladimir Putin and Recep Tayyip Erdoğan spoke by phone.");
        assertThat(events(x)).singleElement().asString().startsWith("phone_call | Recep Tayyip Erdoğan, Vladimir Putin");
    }

    // ------------------------------------------------------------ lost clauses, copulas, acronyms, dates

    @Test
    void theDayOfTheStatementThatReportsAContactIsNotTheContactsDay() throws IOException {
        assertThat(events(extract("2024-11-16",
                "Thai Foreign Minister Maris Sangiampongsa and his Malaysian counterpart, Mohamad Hasan, have held talks "
                        + "on the sidelines of the summit, Bangkok's foreign ministry said Friday.")))
                .containsExactly("talks | Maris Sangiampongsa, Mohamad Hasan | null | null");
        assertThat(events(extract("2024-11-16",
                "Thai Foreign Minister Maris Sangiampongsa held talks with his Malaysian counterpart, Mohamad Hasan, on "
                        + "Thursday, the ministry said on Friday.")))
                .containsExactly("talks | Maris Sangiampongsa, Mohamad Hasan | 2024-11-14 | null");
    }

    @Test
    void aParticipleAfterADashTakesTheSubjectsOfTheSentence() throws IOException {
        Extraction x = extract("2023-02-07",
                "German Foreign Minister Annalena Baerbock, French Foreign Minister Catherine Colonna and Polish "
                        + "Foreign Minister Zbigniew Rau wasted no time on Monday - launching talks on Ukraine in Weimar.");
        assertThat(events(x)).singleElement().asString()
                .startsWith("talks | Annalena Baerbock, Catherine Colonna, Zbigniew Rau | 2023-02-06 |");
    }

    @Test
    void aPersonWhoIsSomewhereForTalksWithAnotherHoldsThem() throws IOException {
        Extraction x = extract("2023-05-04",
                "Kenyan President William Ruto is in London for talks with British Prime Minister Rishi Sunak.");
        assertThat(events(x)).singleElement().asString()
                .startsWith("talks | Rishi Sunak, William Ruto |").endsWith("| London");
    }

    @Test
    void aDottedAcronymBeforeATitleDoesNotEndTheSentence() throws IOException {
        Extraction x = extract("2023-01-14",
                "Japanese Prime Minister Fumio Kishida met the U.S. President Joe Biden at the White House on Friday.");
        assertThat(events(x)).singleElement().asString().startsWith("meeting | Fumio Kishida, Joe Biden | 2023-01-13");
    }

    @Test
    void aFormerOfficeBeforeTheStateIsNotHeldNow() throws IOException {
        Extraction x = extract("1994-06-17",
                "Former U.S. President Jimmy Carter met North Korean leader Kim Il Sung in Pyongyang on Thursday.");
        assertThat(x.facts(diplograph.model.OfficeHolding.class)).extracting(h -> h.person().label())
                .doesNotContain("Jimmy Carter");
        assertThat(events(x)).singleElement().asString().startsWith("meeting | Jimmy Carter, Kim Il Sung");
    }

    @Test
    void theCountrysOfficeIsTheOfficeOfTheStateJustNamed() throws IOException {
        Extraction x = extract("2016-03-02",
                "The European Union promised Moldova more aid on Tuesday. Pavel Filip, the country's prime minister, "
                        + "thanked the donors.",
                "Estonia hosted the meeting. The nation's Foreign Minister, Kadri Tammsaar, opened it.",
                "The talks went on. The country's finance minister, Octavian Armasu, spoke next.");
        assertThat(holdings(x))
                .contains("Pavel Filip | Prime Minister | Moldova", "Kadri Tammsaar | Minister of Foreign Affairs | Estonia")
                // Two sentences back is too far: the state is not taken, so this role is not stated.
                .noneMatch(r -> r.startsWith("Octavian Armasu"));
    }

    @Test
    void anOfficeTheReferenceSaysWasLeftBeforeTheArticlesDateIsNotHeld() throws IOException {
        String sentence = "The crash, which killed Polish President Lech Kaczynski, was discussed in Warsaw on Monday.";
        // In 2017 the reference knows his term ended in 2010 and who was President then: no role.
        assertThat(extract("2017-01-16", sentence).facts(diplograph.model.OfficeHolding.class)).isEmpty();
        // In 2008 he held it.
        assertThat(extract("2008-01-14", sentence).facts(diplograph.model.OfficeHolding.class))
                .extracting(h -> h.person().label() + " | " + h.office().label() + " | " + h.of().label())
                .containsExactly("Lech Kaczyński | President | Poland"); // the reference's spelling
    }

    @Test
    void twoSurnamesJoinedBeforeAContactNounAreNoPerson() throws IOException {
        Extraction x = extract("2018-06-11",
                "Trade is expected to dominate the Macron-Trudeau talks in Ottawa on Tuesday.");
        assertThat(WrittenArticle.personNames(x))
                .doesNotContain("Macron-Trudeau");
    }

    @Test
    void capitalisedWordsAfterAnArticleBeforeAContactNounAreAPlaceNotAPerson() throws IOException {
        Extraction x = extract("2018-06-11",
                "In a Blue Room news conference, Canadian Prime Minister Justin Trudeau said trade would improve.");
        assertThat(WrittenArticle.personNames(x))
                .containsExactly("Justin Trudeau");
    }

    @Test
    void aFamilyNameFirstIsTheSurnameOfAReferenceOfficial() throws IOException {
        Extraction x = extract("2009-04-02",
                "U.N. Secretary-General Ban met Indian Prime Minister Manmohan Singh in London on Wednesday.");
        assertThat(WrittenArticle.personNames(x))
                .contains("Ban Ki-moon", "Manmohan Singh");
    }

    @Test
    void aNamedCounterpartHoldsTheReferenceOfficeOfTheSameKind() throws IOException {
        Extraction x = extract("2010-05-31",
                "Japanese Prime Minister Yukio Hatoyama met his Chinese counterpart Wen Jiabao in Tokyo on Sunday.");
        assertThat(holdings(x))
                .anyMatch(r -> r.startsWith("Wen Jiabao | Premier") && r.endsWith("| China"));
    }

    @Test
    void aStateAdjectiveTwoStatesShareNamesNeither() throws IOException {
        Extraction x = extract("2008-03-10",
                "The Dominican president Leonel Fernandez met Colombian President Alvaro Uribe in Santo Domingo on "
                        + "Sunday.");
        assertThat(x.entities().stream().filter(e -> e.kind() == EntityKind.STATE).map(Entity::label))
                .doesNotContain("Dominica");
    }

    @Test
    void aWeekdayBesideAFutureCueLiesAhead() throws IOException {
        Extraction x = extract("2023-06-14",
                "Chinese Foreign Minister Qin Gang held talks with Pakistani Foreign Minister Bilawal Bhutto Zardari "
                        + "in Beijing on Tuesday, and on Friday he will travel to Moscow.");
        assertThat(events(x)).containsExactly(
                "talks | Bilawal Bhutto Zardari, Qin Gang | 2023-06-13 | Beijing");
    }

    @Test
    void undatedContactsInTwoPlacesAreTwoEventsOfAValidGraph() throws IOException {
        Extraction x = extract(null,
                "Thai Prime Minister Srettha Thavisin met Cambodian Prime Minister Hun Manet in Bangkok.",
                "Srettha Thavisin also met Hun Manet in Phnom Penh.");
        assertThat(events(x)).containsExactlyInAnyOrder(
                "meeting | Hun Manet, Srettha Thavisin | null | Bangkok",
                "meeting | Hun Manet, Srettha Thavisin | null | Phnom Penh");
        var report = diplograph.Fixtures.pipeline().validator().validate(diplograph.Fixtures.pipeline().graph(x));
        assertThat(report.conforms()).as(diplograph.store.Validator.summary(report)).isTrue();
    }

    @Test
    void aStateWhoseNameIsItsOwnAdjectiveMadePossessiveQualifiesTheTitleBeforeAnApposition() throws IOException {
        Extraction x = extract("2024-05-14",
                "On Monday, New Zealand's Minister for Trade, Todd McClay, arrived in Seoul for talks.");
        assertThat(x.facts(diplograph.model.OfficeHolding.class)).extracting(h -> h.person().label() + " | " + h.of().label())
                .contains("Todd McClay | New Zealand");
    }

    @Test
    void aContactLaterInAnOccasionTakesTheOccasionsDayOrNone() throws IOException {
        // The interview is undated: so is the call made later in it, though an earlier sentence has a day.
        Extraction undated = extract("2023-05-10",
                "On Monday, Peruvian Foreign Minister Ana Cecilia Gervasi met students in Lima.",
                "Chilean President Gabriel Boric gave a long radio interview.",
                "In a telephone conversation with Peruvian President Dina Boluarte later in the interview, Boric "
                        + "praised the new border crossing.");
        assertThat(events(undated)).contains("phone_call | Dina Boluarte, Gabriel Boric | null | null");
        // A span of time keeps the day of the sentence before.
        Extraction sameDay = extract("2023-05-10",
                "On Monday, Chilean President Gabriel Boric opened a school in Santiago.",
                "Later in the day, Boric held a telephone conversation with Peruvian President Dina Boluarte.");
        assertThat(events(sameDay)).contains("phone_call | Dina Boluarte, Gabriel Boric | 2023-05-08 | null");
    }

    @Test
    void aSummaryOfContactsToldOneByOneIsNoContactOfItsOwn() throws IOException {
        Extraction x = extract("2023-05-10",
                "Chilean President Gabriel Boric met with Peruvian President Dina Boluarte and Bolivian President Luis Arce.",
                "Boric met Boluarte on Monday in Lima.",
                "He met Arce on Tuesday in La Paz.");
        assertThat(events(x)).containsExactlyInAnyOrder("meeting | Dina Boluarte, Gabriel Boric | 2023-05-08 | Lima",
                "meeting | Gabriel Boric, Luis Arce | 2023-05-09 | La Paz");
        // Told once, the three met together.
        Extraction together = extract("2023-05-10",
                "Chilean President Gabriel Boric met with Peruvian President Dina Boluarte and Bolivian President Luis Arce.");
        assertThat(events(together)).containsExactly("meeting | Dina Boluarte, Gabriel Boric, Luis Arce | null | null");
    }

    private List<String> roles(Extraction x) {
        return x.facts(diplograph.model.OfficeHolding.class).stream()
                .map(h -> h.person().label() + " | " + h.office().label() + " | " + h.of().label()).toList();
    }

    @Test
    void aTitleOfACompanyAfterTheNameIsNoOfficeOfTheDatelinesState() throws IOException {
        Extraction x = extract("2019-11-20",
                "WASHINGTON — Gwynne Shotwell, president and chief operating officer of SpaceX, said the lander will fly in 2022.",
                "Brent Sherwood, vice president of advanced development programs at Blue Origin, said the deck is open.",
                "Ned Price, spokesperson for the Department of State, said the talks went well.");
        assertThat(roles(x)).containsExactly("Ned Price | Spokesperson | United States");
    }

    @Test
    void aNamesakeOfAnOfficialOutOfOfficeGivesNoHomeStateAndACourtesyIsNoBody() throws IOException {
        // "Tom Young" is read as the reference's Thomas Young, whose terms ended long before.
        Extraction x = extract("2019-11-20",
                "At last week's hearing, retired aerospace executive Tom Young backed up that assessment.",
                "Rep. Frank Lucas, the ranking member of the full committee, asked them about mission safety.");
        assertThat(roles(x)).noneMatch(r -> r.endsWith("United Kingdom"));
        Extraction doha = extract("2025-10-21",
                "DOHA — HE Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani "
                        + "received on Monday a written message from President Ruto.");
        assertThat(roles(doha)).contains("Mohammed bin Abdulrahman Al Thani | Prime Minister | Qatar");
    }

    @Test
    void capitalisedOrdinaryWordsBeforeASpeechVerbNameABodyOrATitleNotAPerson() throws IOException {
        Extraction x = extract("2019-11-20",
                "Human Rights Watch said the law was unjust.",
                "Vox Media said the deal was done, and Business Insider reported it first.",
                "Administrator Jim Bridenstine said the agency would fly in 2024.",
                "Fiona Hill said the call worried her.",
                "“We won’t roll the dice on public safety,” company CEO Andy Vesey said.",
                "The opening ceremony of the Welcome Daehak-ro Festival was held on Monday.");
        assertThat(WrittenArticle.personNames(x)).containsExactlyInAnyOrder("Jim Bridenstine", "Fiona Hill", "Andy Vesey");
    }

    @Test
    void ordinaryWordsAfterATitleAreAPhraseNotAName() throws IOException {
        Extraction x = extract("2019-11-20",
                "In the next article in this series, How to Adopt an Online Leader Success Mindset, we look at habits.",
                "South Korean President Moon Jae-in said the talks went well.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Moon Jae-in");
    }

    @Test
    void toCallOnAPersonIsAVisitUnlessAnInfinitiveMakesItADemand() throws IOException {
        Extraction visit = extract("2023-07-14",
                "Indian External Affairs Minister S. Jaishankar called on Indonesian President Joko Widodo in Jakarta today.");
        assertThat(events(visit)).containsExactly("meeting | Joko Widodo, Subrahmanyam Jaishankar | 2023-07-14 | Jakarta");
        assertThat(visit.facts(diplograph.model.Position.class)).isEmpty();
        Extraction demand = extract("2023-07-14",
                "Indian Prime Minister Narendra Modi called on Russian President Vladimir Putin to withdraw his troops.");
        assertThat(events(demand)).isEmpty();
        assertThat(demand.facts(diplograph.model.Position.class)).extracting(p -> p.holder().label() + " | " + p.stance())
                .containsExactly("India | call_for");
    }

    @Test
    void theParticipleSpokenReportsACallAsSpokeDoes() throws IOException {
        Extraction x = extract("2025-08-23",
                "South Korean Foreign Minister Cho Hyun met his Japanese counterpart, Takeshi Iwaya, in Tokyo on Friday.",
                "The two foreign ministers had already spoken by phone last week.");
        assertThat(events(x)).contains("phone_call | Cho Hyun, Takeshi Iwaya | null | null");
    }

    @Test
    void courtesyAbbreviationsEndNoSentenceAndCourtesyCallsAreMeetings() throws IOException {
        Extraction japan = extract("2024-03-05",
                "On March 4, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Ahmed Attaf, "
                        + "Minister of Foreign Affairs of Algeria.");
        assertThat(events(japan)).containsExactly("meeting | Ahmed Attaf, Yōko Kamikawa | 2024-03-04 | null");
        Extraction pretoria = extract("2024-03-05",
                "South African President Cyril Ramaphosa received a courtesy call from the Ambassador of the Republic of Korea, "
                        + "Park Jong-dae.");
        assertThat(events(pretoria)).singleElement().asString().startsWith("meeting | ");
    }

    @Test
    void aPluralOfAnyTitleCountedOrOfTheTwoStatesStandsForThePersons() throws IOException {
        Extraction top = extract("2022-09-23",
                "Chilean Foreign Minister Antonia Urrejola and her Argentine counterpart, Santiago Cafiero, held talks "
                        + "on the sidelines of the General Assembly, the ministry said on Friday.",
                "The top diplomats of the two nations met in New York on Wednesday to discuss border crossings.");
        assertThat(events(top)).containsExactly("talks | Antonia Urrejola, Santiago Cafiero | 2022-09-21 | New York");
        Extraction defence = extract("2023-02-16",
                "German Defence Minister Boris Pistorius telephoned his Polish counterpart Mariusz Blaszczak on Monday.",
                "Both defence ministers met in Warsaw on Tuesday.");
        assertThat(events(defence)).contains("meeting | Boris Pistorius, Mariusz Błaszczak | 2023-02-14 | Warsaw");
        // "the relations of the two countries" names no persons: "relation" is no title.
        Extraction relations = extract("2023-02-16",
                "German Defence Minister Boris Pistorius spoke about tanks.",
                "The relations of the two countries met with criticism in Warsaw on Tuesday.");
        assertThat(events(relations)).isEmpty();
    }

    @Test
    void aPlaceInAClauseOfAnotherTimeOrCauseIsNotTheContacts() throws IOException {
        Extraction x = extract("2024-03-08",
                "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan, their first meeting "
                        + "since Hassan took office in Dodoma three years ago.");
        assertThat(events(x)).singleElement().asString().endsWith("| null");
        Extraction placed = extract("2024-03-08",
                "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Nairobi, their first "
                        + "meeting since Hassan took office in Dodoma three years ago.");
        assertThat(events(placed)).singleElement().asString().endsWith("| Nairobi");
        // A clause without a subject of its own does not say where it ends: the place after it is read.
        Extraction gerund = extract("2024-03-08",
                "French President Emmanuel Macron held talks with former German Chancellor Angela Merkel for the first time "
                        + "since stepping down at a dinner in Lyon.");
        assertThat(events(gerund)).singleElement().asString().endsWith("| Lyon");
    }

    @Test
    void aCallReceivedFromAnotherWithADayBetweenTheNounAndFrom() throws IOException {
        Extraction x = extract("2019-04-03",
                "Foreign Minister Nasser Bourita received a telephone call on Tuesday from Spanish Foreign Minister "
                        + "Josep Borrell.");
        assertThat(events(x)).containsExactly("phone_call | Josep Borrell, Nasser Bourita | 2019-04-02 | null");
        // A letter received from another is no contact.
        assertThat(events(extract("2019-04-03", "Foreign Minister Nasser Bourita received a letter on Tuesday from "
                + "Spanish Foreign Minister Josep Borrell."))).isEmpty();
    }

    @Test
    void anOpeningContactWithoutACommaEndsWithItsPersonsAndTakesNoPlaceFromTheMainClause() throws IOException {
        Extraction x = extract("2024-04-16",
                "BAKU – President Ilham Aliyev received the foreign ministers of the Caspian states.",
                "During the meeting with Kazakh Foreign Minister Murat Nurtleu the Head of State noted the importance "
                        + "of the forum in Aktau next year.");
        assertThat(events(x)).containsExactly("meeting | Ilham Aliev, Murat Nurtleu | null | Baku");
    }

    @Test
    void personsPresentAtTheMeetingJustReportedJoinItInsteadOfHoldingTheirOwn() throws IOException {
        Extraction x = extract("2022-10-05",
                "DOHA: Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi met on Tuesday with "
                        + "Canadian Ambassador Marie-Louise Hannan.",
                "During the meeting, both sides discussed bilateral relations.",
                "Assistant Foreign Minister Lolwah Al-Khater and Ambassador Ahmed Al-Hammadi were present at the meeting.");
        assertThat(events(x)).containsExactly("meeting | Ahmed Al-Hammadi, Lolwah Al-Khater, Marie-Louise Hannan, "
                + "Mohammed Al-Khulaifi | 2022-10-04 | Doha");
    }

    @Test
    void aFirstLineNamingANewsAgencyAndACityGivesTheDateline() throws IOException {
        Extraction x = extract("2018-07-03", "Xinhua Kathmandu",
                "Nepali Foreign Minister Pradeep Gyawali today held talks with visiting Indian Foreign Secretary Vijay Gokhale.");
        assertThat(events(x)).containsExactly("talks | Pradeep Gyawali, Vijay Keshav Gokhale | 2018-07-03 | Kathmandu");
        // A headline ending with a city is no dateline.
        assertThat(events(extract("2018-07-03", "Gyawali meets Gokhale in Kathmandu",
                "Nepali Foreign Minister Pradeep Gyawali held talks with visiting Indian Foreign Secretary Vijay Gokhale.")))
                .containsExactly("talks | Pradeep Gyawali, Vijay Keshav Gokhale | null | null");
    }

    @Test
    void aVerbRightAfterALongAsideIsTheSubjectsOwnWhateverTheParseHangsItOn() throws IOException {
        // The parse hangs "called" on the aside's "to firm up", which would make the call a plan.
        Extraction x = extract("2024-08-20",
                "Pakistani Foreign Secretary Sohail Mahmood, who arrived here on his Gulf tour to firm up Pakistan's "
                        + "relations with members of the six-nation grouping, called on Emir Tamim bin Hamad Al Thani.");
        assertThat(events(x)).containsExactly("meeting | Sohail Mahmood, Tamim bin Hamad Al Thani | null | null");
    }

    @Test
    void anOpeningPhraseOnAPhaseOfTheTalksPlacesThem() throws IOException {
        Extraction x = extract("2023-06-19",
                "U.S. Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang on Sunday.",
                "At the end of the talks with Qin in Beijing, Blinken said both sides had agreed to stabilise ties.");
        assertThat(events(x)).containsExactly("talks | Antony Blinken, Qin Gang | 2023-06-18 | Beijing");
    }

    @Test
    void aMeetingBetweenTwoPersonsDescribedInAppositionAfterAPreposition() throws IOException {
        Extraction x = extract("2019-03-12",
                "SEOUL - The plan was agreed at a meeting between Ivanka Trump, a senior adviser to the President, "
                        + "and Kang Kyung-wha, the South Korean foreign minister.");
        assertThat(events(x)).containsExactly("meeting | Ivanka Trump, Kang Kyung-wha | null | Seoul");
        // A verb after the comma ends the first person's phrase: no list, no contact of three.
        assertThat(events(extract("2019-03-12", "SEOUL - The plan was agreed at a meeting between Ivanka Trump, "
                + "a senior adviser who flew in on Monday, and Kang Kyung-wha.")))
                .noneMatch(e -> e.contains("Kang Kyung-wha") && e.contains("Ivanka Trump") && e.split(",").length > 2);
    }

    @Test
    void aTitlesWordBeforeAWordOfLineageIsAGivenName() throws IOException {
        assertThat(holdings(extract("2022-05-10",
                "Omani Ambassador Sultan bin Salim Al Habsi received the Indian ambassador in Muscat.")))
                .contains("Sultan bin Salim Al Habsi | Ambassador | Oman");
        assertThat(holdings(extract("2022-05-10",
                "Emirati Minister of Energy Sultan Al Mazrouei received the Indian ambassador in Abu Dhabi.")))
                .contains("Sultan Al Mazrouei | Minister of Energy | United Arab Emirates");
        // Before a given name the word is the title still.
        assertThat(holdings(extract("2022-05-10",
                "Oman's Sultan Haitham bin Tariq received the Indian ambassador in Muscat.")))
                .contains("Haitham bin Tariq | Sultan | Oman");
    }

    // ------------------------------------------------------------ other outlets: sixty more articles

    @Test
    void aCallChannelOnAVerbMakesAContactWithThePersonsTheVerbAddresses() throws IOException {
        assertThat(events(extract("2023-03-14",
                "Italian Prime Minister Giorgia Meloni congratulated Greek Prime Minister Kyriakos Mitsotakis by telephone on Monday.")))
                .containsExactly("phone_call | Giorgia Meloni, Kyriakos Mitsotakis | 2023-03-13 | null");
        assertThat(events(extract("2023-03-14",
                "Swedish Foreign Minister Tobias Billstrom told his Turkish counterpart Mevlut Cavusoglu over the phone that "
                        + "Stockholm would answer the requests.")))
                .containsExactly("phone_call | Mevlüt Çavuşoğlu, Tobias Billström | null | null");
        assertThat(events(extract("2023-03-14",
                "Hiroyuki Namazu, director-general of the Japanese Foreign Ministry's Asian Affairs Bureau, lodged a protest "
                        + "via telephone with Kim Jang-hyun, minister at the South Korean Embassy in Tokyo.")))
                .containsExactly("phone_call | Hiroyuki Namazu, Kim Jang-hyun | null | null");
        assertThat(events(extract("2023-03-14",
                "Italian Prime Minister Giorgia Meloni thanked Greek Prime Minister Kyriakos Mitsotakis in a phone call on Monday.")))
                .containsExactly("phone_call | Giorgia Meloni, Kyriakos Mitsotakis | 2023-03-13 | null");
        // Planned, addressed to no one, or a meeting noun: no call.
        assertThat(events(extract("2023-03-14",
                "Italian Prime Minister Giorgia Meloni will congratulate Greek Prime Minister Kyriakos Mitsotakis by telephone on Friday.",
                "Greek Prime Minister Kyriakos Mitsotakis said by phone that the talks went well.",
                "Italian Prime Minister Giorgia Meloni praised Greek Prime Minister Kyriakos Mitsotakis at a press conference."))).isEmpty();
    }

    @Test
    void aVenueBeforeTheCityStillPlacesAContactThatCallsAndMeetingsShare() throws IOException {
        assertThat(events(extract("2022-11-08",
                "Colombian President Gustavo Petro and French President Emmanuel Macron spoke privately at the Elysee Palace "
                        + "in Paris on Monday.")))
                .containsExactly("meeting | Emmanuel Macron, Gustavo Petro | 2022-11-07 | Paris");
    }

    @Test
    void anAudienceAndAnAmbassadorOfOneStateToAnother() throws IOException {
        Extraction x = extract("2022-06-15",
                "Kenyan Foreign Minister Raychelle Omamo received in audience the Ambassador of Japan to Kenya, "
                        + "Ambassador Ken Okaniwa, on Tuesday.");
        assertThat(events(x)).containsExactly("meeting | Ken Okaniwa, Raychelle Omamo | 2022-06-14 | null");
        assertThat(holdings(x)).contains("Ken Okaniwa | Ambassador | Japan");
        assertThat(holdings(extract("2022-06-15",
                "Kenyan Foreign Minister Raychelle Omamo received the Ambassador of Japan to Kenya, Ken Okaniwa, on Tuesday.")))
                .contains("Ken Okaniwa | Ambassador | Japan");
    }

    @Test
    void aMinisterDelegateIsAnOfficeNotAName() throws IOException {
        Extraction x = extract("2022-06-15",
                "Senegalese Foreign Minister Aissata Tall Sall received the French Minister Delegate for Foreign Trade, "
                        + "Olivier Becht, in Dakar.");
        assertThat(x.facts(diplograph.model.OfficeHolding.class)).noneMatch(h -> h.person().label().equals("Delegate"));
        assertThat(events(x)).containsExactly("meeting | Aïssata Tall Sall, Olivier Becht | null | Dakar");
    }

    @Test
    void aRelativeWhoOpensTheContactsClause() throws IOException {
        // (The parse reads "Tanzanian" here as a preposition and loses the clause.)
        assertThat(events(extract("2016-05-20",
                "Ugandan Foreign Minister Sam Kutesa, who met Tanzanian President John Magufuli in Dar es Salaam, "
                        + "echoed his counterpart's remarks.")))
                .containsExactly("meeting | John Magufuli, Sam Kutesa | null | Dar es Salaam");
        assertThat(events(extract("2016-05-20",
                "Zambian Foreign Minister Harry Kalaba, who met Tanzanian President John Magufuli last week, welcomed the decision.")))
                .containsExactly("meeting | Harry Kalaba, John Magufuli | null | null");
    }

    @Test
    void aPhraseOfTimeOrPlaceBetweenALightVerbAndItsNoun() throws IOException {
        assertThat(events(extract("2023-04-21",
                "Tunisian President Kais Saied held on Thursday at the Carthage Palace, talks with his Algerian counterpart, "
                        + "Abdelmadjid Tebboune.")))
                .containsExactly("talks | Abdelmadjid Tebboune, Kais Saied | 2023-04-20 | null");
        assertThat(events(extract("2023-04-21",
                "Spanish Foreign Minister José Manuel Albares and Mauritanian Foreign Minister Mohamed Salem Ould Merzoug held, "
                        + "on April 20, 2023 in Nouakchott, a joint press conference.")))
                .containsExactly("meeting | José Manuel Albares Bueno, Mohamed Salem Ould Merzoug | 2023-04-20 | Nouakchott");
    }

    @Test
    void anEncounterIsAMeeting() throws IOException {
        assertThat(events(extract("2024-05-07",
                "Chilean Foreign Minister Alberto van Klaveren held an encounter with Peruvian Foreign Minister Javier Gonzalez-Olaechea "
                        + "in Lima on Monday.")))
                .containsExactly("meeting | Alberto van Klaveren, Javier Gonzalez-Olaechea | 2024-05-06 | Lima");
    }

    @Test
    void aRemitAfterTheCommaOfATitleIsNoName() throws IOException {
        Extraction x = extract("2023-10-27",
                "The Minister of Foreign Affairs, African Cooperation and Tourism, Mr. Mohamed Ould Merzoug, received "
                        + "the Czech Minister of Foreign Affairs Jan Lipavsky in Nouakchott.");
        assertThat(x.entities()).noneMatch(e -> e.kind() == EntityKind.PERSON && e.label().equals("African"));
    }

    @Test
    void aPluralTitleBeforeAListOfNamesGivesEachTheOffice() throws IOException {
        assertThat(holdings(extract("2023-09-21",
                "Russian Deputy Foreign Ministers Sergey Ryabkov and Andrey Rudenko received the Chinese ambassador in Moscow.")))
                .contains("Sergey Ryabkov | Deputy Minister of Foreign Affairs | Russia",
                        "Andrey Rudenko | Deputy Minister of Foreign Affairs | Russia");
        // "He is accompanied by ministers …": the delegation of the person "he" is.
        assertThat(holdings(extract("2022-03-01",
                "Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday.",
                "He is accompanied by ministers Demeke Mekonnen, Abraham Belay and Ahmed Shide.")))
                .contains("Demeke Mekonnen | Minister | Ethiopia", "Abraham Belay | Minister | Ethiopia",
                        "Ahmed Shide | Minister | Ethiopia");
    }

    @Test
    void anOfficialTheReferenceNamesLongerHoldsTheOfficeOfItsState() throws IOException {
        // The reference writes "Abiy Ahmed Ali": the one official so named who was Prime Minister that day.
        assertThat(holdings(extract("2022-03-01",
                "Prime Minister Abiy Ahmed received Kenyan President Uhuru Kenyatta on Monday.")))
                .contains("Abiy Ahmed Ali | Prime Minister | Ethiopia");
    }

    @Test
    void aTitlesWordInsideAnOfficialsNameIsTheNamesWord() throws IOException {
        // The reference writes "Hossein Amir-Abdollahian"; "Amir" is also a title (of Kuwait's emir).
        Extraction x = extract("2022-03-10",
                "Iranian Foreign Minister Hossein Amir Abdollahian held phone talks on Wednesday with Qatari Foreign Minister "
                        + "Mohammed bin Abdulrahman Al Thani.",
                "Amir Abdollahian said the Vienna talks were close to an agreement.");
        assertThat(holdings(x)).contains("Hossein Amir-Abdollahian | Minister of Foreign Affairs | Iran")
                .noneMatch(h -> h.contains("Emir"));
        assertThat(events(x)).containsExactly(
                "phone_call | Hossein Amir-Abdollahian, Mohammed bin Abdulrahman Al Thani | 2022-03-09 | null");
    }

    @Test
    void aCallReceivedFromAnotherByThePersonAPronounIs() throws IOException {
        assertThat(events(extract("2022-11-22",
                "Prime Minister Anwar Ibrahim thanked the leaders for their messages.",
                "Today, he received a telephone call from Singaporean Prime Minister Lee Hsien Loong.")))
                .containsExactly("phone_call | Anwar Ibrahim, Lee Hsien Loong | 2022-11-22 | null");
        // A letter is no call, from whomever it comes.
        assertThat(events(extract("2022-11-22",
                "Prime Minister Anwar Ibrahim thanked the leaders for their messages.",
                "Today, he received a letter from Singaporean Prime Minister Lee Hsien Loong."))).isEmpty();
    }

    @Test
    void viewsExchangedOverPhoneAndAMeetingInTheCapitalNamedInApposition() throws IOException {
        assertThat(events(extract("2021-09-14",
                "Japanese Foreign Minister Toshimitsu Motegi on Monday exchanged views with Indian External Affairs Minister "
                        + "Subrahmanyam Jaishankar over phone on the situation in Afghanistan.")))
                .containsExactly("phone_call | Subrahmanyam Jaishankar, Toshimitsu Motegi | 2021-09-13 | null");
        assertThat(events(extract("2021-09-14",
                "Egyptian Foreign Minister Sameh Shoukry met on Monday with his Jordanian counterpart Ayman Safadi "
                        + "in the capital Cairo.")))
                .containsExactly("meeting | Ayman Safadi, Sameh Shoukry | 2021-09-13 | Cairo");
    }

    @Test
    void cabinetSecretariesAccompanyTheirSecretaryOfState() throws IOException {
        Extraction x = extract("2019-06-10",
                "Brazilian President Jair Bolsonaro received US Secretary of State Mike Pompeo in Brasilia on Monday.",
                "Pompeo was accompanied by Commerce Secretary Wilbur Ross and Energy Secretary Rick Perry.");
        assertThat(holdings(x)).contains("Wilbur Ross | Secretary of Commerce | United States",
                "Rick Perry | Secretary of Energy | United States");
        assertThat(events(x)).containsExactly("meeting | Jair Bolsonaro, Mike Pompeo, Rick Perry, Wilbur Ross | 2019-06-10 | Brasília");
    }

    @Test
    void aParticipleATitleWithAStateOfItsOwnAndAPopeAreReadAsBefore() throws IOException {
        // A light verb opening its sentence is a participle, not "held, on …, talks".
        assertThat(events(extract("2022-03-01",
                "Held at Uzbekistan's initiative, the telephone conversation between Kassym-Jomart Tokayev and President of "
                        + "the Republic of Uzbekistan Shavkat Mirziyoyev focused on trade.")))
                .containsExactly("phone_call | Kassym-Jomart Tokayev, Shavkat Mirziyoyev | null | null");
        // A title said again with a state of its own is another person's.
        assertThat(events(extract("2022-03-01",
                "Talks were held in Astana between the President of Kazakhstan, President of the Republic of Uzbekistan "
                        + "Shavkat Mirziyoyev and President of the Kyrgyz Republic Sadyr Japarov.")))
                .containsExactly("talks | Kassym-Jomart Tokayev, Sadyr Japarov, Shavkat Mirziyoyev | null | Astana");
        // A title an official's name opens with stays the title ("Pope Francis").
        assertThat(events(extract("2022-12-17",
                "During a telephone conversation, President of Kazakhstan Kassym-Jomart Tokayev extended warm wishes to Pope Francis.")))
                .containsExactly("phone_call | Kassym-Jomart Tokayev, Pope Francis | null | null");
    }

    @Test
    void aDiplomatOfAStateIsItsAmbassadorNamedBefore() throws IOException {
        assertThat(events(extract("2023-08-29",
                "BELGRADE - Chinese Ambassador Li Ming said relations were good.",
                "On August 24, the Chinese diplomat met Serbian Foreign Minister Ivica Dacic.")))
                .containsExactly("meeting | Ivica Dačić, Li Ming | 2023-08-24 | Belgrade");
    }

    @Test
    void nationalTitlesOfIrelandsGovernment() throws IOException {
        assertThat(holdings(extract("2022-09-18",
                "Irish Taoiseach Micheál Martin met British Prime Minister Liz Truss in London.",
                "Tánaiste Leo Varadkar joined them.")))
                .contains("Micheál Martin | Taoiseach | Ireland");
    }

    @Test
    void meetingsListedAmongAVisitorsEngagementsAreTheVisitorsAndShareTheVerbsTense() throws IOException {
        // Planned: "will undertake … including bilateral meetings with …".
        Extraction planned = extract("2023-06-07",
                "While in Australia, Prime Minister Sitiveni Rabuka will undertake a series of formal engagements in Sydney "
                        + "and Canberra, including bilateral meetings with Prime Minister Anthony Albanese and Foreign Minister "
                        + "Penny Wong.");
        assertThat(events(planned)).isEmpty();
        // Happened: the visitor is a party.
        assertThat(events(extract("2023-06-07",
                "Prime Minister Sitiveni Rabuka held a series of engagements in Sydney, including bilateral meetings with "
                        + "Prime Minister Anthony Albanese and Foreign Minister Penny Wong.")))
                .containsExactly("meeting | Anthony Albanese, Penny Wong, Sitiveni Rabuka | null | Sydney");
    }

    @Test
    void aRemitOfClimateChangeEndsBeforeTheName() throws IOException {
        assertThat(holdings(extract("2023-06-07",
                "New Zealand's Minister for Climate Change James Shaw met Fijian Prime Minister Sitiveni Rabuka in Wellington.")))
                .contains("James Shaw | Minister for Climate Change | New Zealand");
    }

    @Test
    void aRecentMeetingTakesNoDayFromTheStory() throws IOException {
        Extraction x = extract("2022-08-18",
                "JAKARTA - President Joko Widodo on Thursday received a delegation of Japanese lawmakers.",
                "Indonesian Ambassador Heri Akhmadi said the schedule was fixed, based on his recent meeting with Foreign "
                        + "Minister Retno Marsudi.");
        assertThat(events(x)).anyMatch(e -> e.startsWith("meeting | Heri Akhmadi, Retno Marsudi | null"));
    }

    @Test
    void aTimeOfDayBeforeItsDayEndsNoSentence() throws IOException {
        // "9:30 p.m." | "Tuesday …" split into two sentences lost the call's day.
        assertThat(events(extract("2014-01-01",
                "Japanese Foreign Minister Fumio Kishida had phone talks with his Chinese counterpart, Wang Yi, the ministry said Wednesday.",
                "The conversation, arranged at Wang's request, began at 9:30 p.m. Tuesday and lasted about one hour.")))
                .containsExactly("phone_call | Fumio Kishida, Wang Yi | 2013-12-31 | null");
    }

    @Test
    void aTimeOfDayBetweenTheVerbAndItsObject() throws IOException {
        // The detector also cut "at 9:45 a.m." | "his Peruvian counterpart …"; no sentence opens in lower case.
        assertThat(events(extract("2023-05-12",
                "At the Carondelet Palace, President Guillermo Lasso received this Friday at 9:45 a.m. his Peruvian "
                        + "counterpart, Dina Boluarte, who arrived in Quito on Thursday.")))
                .containsExactly("meeting | Dina Boluarte, Guillermo Lasso | 2023-05-12 | Quito");
    }
}
