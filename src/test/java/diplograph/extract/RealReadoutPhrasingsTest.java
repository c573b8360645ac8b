package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.EventKind;
import diplograph.model.Extraction;
import diplograph.model.OfficeHolding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrasings of real readouts (ministry and presidential press releases), each on a short
 * article written for this test with other officials, states and dates: what a user would check —
 * the persons, their offices and the events with kind, participants, date and place.
 */
class RealReadoutPhrasingsTest {

    @TempDir
    Path tmp;

    private Extraction extract(String date, String... paragraphs) throws IOException {
        return WrittenArticle.extract(tmp, date, paragraphs);
    }

    /** Each event as "kind | participants in order | date | place". */
    private static List<String> events(Extraction x) {
        return x.facts(Event.class).stream()
                .map(e -> e.kind().word() + " | "
                        + e.participants().stream().map(Entity::label).collect(Collectors.joining(", "))
                        + " | " + e.date() + " | " + (e.place() == null ? null : e.place().label()))
                .toList();
    }

    private static Set<String> roles(Extraction x) {
        return x.facts(OfficeHolding.class).stream()
                .map(h -> h.person().label() + " | " + h.office().label() + " | " + h.of().label())
                .collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- events

    static Stream<Arguments> reportedContacts() {
        return Stream.of(
                Arguments.of("spoke today with: a call",
                        "2022-01-10",
                        "Vladimir Putin spoke today with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.",
                        EventKind.PHONE_CALL, List.of("Vladimir Putin", "Kassym-Jomart Tokayev"),
                        LocalDate.of(2022, 1, 10), null),
                Arguments.of("spoke with ... on the sidelines of the summit in PLACE: a meeting there",
                        "2021-10-31",
                        "Emmanuel Macron spoke with Joe Biden on the sidelines of the G20 summit in Rome.",
                        EventKind.MEETING, List.of("Emmanuel Macron", "Joe Biden"), null, "Rome"),
                Arguments.of("met today in PLACE with: a meeting there",
                        "2021-06-16",
                        "Sergey Lavrov met today in Geneva with Foreign Minister of Iran Mohammad Javad Zarif.",
                        EventKind.MEETING, List.of("Sergey Lavrov", "Mohammad Javad Zarif"),
                        LocalDate.of(2021, 6, 16), "Geneva"),
                Arguments.of("met today in CAPITAL with TITLE of STATE NAME: a meeting there",
                        "2022-05-16",
                        "Nikos Dendias met today in Athens with Foreign Minister of Egypt Sameh Shoukry.",
                        EventKind.MEETING, List.of("Nikos Dendias", "Sameh Shoukry"), LocalDate.of(2022, 5, 16), "Athens"),
                Arguments.of("met TITLE of STATE NAME: a meeting",
                        "2022-04-04",
                        "Antony Blinken met Foreign Minister of Ukraine Dmytro Kuleba.",
                        EventKind.MEETING, List.of("Antony Blinken", "Dmytro Kuleba"), null, null),
                Arguments.of("had an extended telephone conversation with: a call",
                        "2022-02-20",
                        "Emmanuel Macron had an extended telephone conversation with Vladimir Putin.",
                        EventKind.PHONE_CALL, List.of("Emmanuel Macron", "Vladimir Putin"), null, null),
                Arguments.of("had a meeting, via videoconference, with: a videoconference",
                        "2021-05-12",
                        "Foreign Minister of Japan Toshimitsu Motegi had a meeting, via videoconference, with "
                                + "Foreign Minister of India Subrahmanyam Jaishankar.",
                        EventKind.VIDEOCONFERENCE, List.of("Toshimitsu Motegi", "Subrahmanyam Jaishankar"), null, null),
                Arguments.of("held talks in PLACE with: talks there",
                        "2022-06-29",
                        "Foreign Minister of Turkey Mevlüt Çavuşoğlu held talks in Astana with Foreign Minister of "
                                + "Kazakhstan Mukhtar Tleuberdi.",
                        EventKind.TALKS, List.of("Mevlüt Çavuşoğlu", "Mukhtar Tleuberdi"), null, "Astana"),
                Arguments.of("trilateral talks were held in PLACE between A, B and C: one event of three",
                        "2022-03-10",
                        "Trilateral talks were held in Ankara between Sergey Lavrov, Dmytro Kuleba and Mevlüt Çavuşoğlu.",
                        EventKind.TALKS, List.of("Sergey Lavrov", "Dmytro Kuleba", "Mevlüt Çavuşoğlu"), null, "Ankara"),
                Arguments.of("the Kremlin hosted talks between A and B: talks of A and B",
                        "2022-09-05",
                        "The Kremlin hosted talks between Vladimir Putin and President of the Republic of Kazakhstan "
                                + "Kassym-Jomart Tokayev.",
                        EventKind.TALKS, List.of("Vladimir Putin", "Kassym-Jomart Tokayev"), null, null),
                Arguments.of("during the telephone conversation, A congratulated B: a call of A and B",
                        "2021-12-20",
                        "During the telephone conversation, Vladimir Putin warmly congratulated Kassym-Jomart Tokayev "
                                + "on the 30th anniversary of Kazakhstan's independence.",
                        EventKind.PHONE_CALL, List.of("Vladimir Putin", "Kassym-Jomart Tokayev"), null, null),
                Arguments.of("A met with B, C and D: one meeting of four",
                        "2022-11-15",
                        "Joe Biden met with Olaf Scholz, Emmanuel Macron and Mario Draghi.",
                        EventKind.MEETING, List.of("Joe Biden", "Olaf Scholz", "Emmanuel Macron", "Mario Draghi"),
                        null, null),
                Arguments.of("X welcomed Y to Washington: a meeting there (the lead takes Y to Washington)",
                        "2021-07-19",
                        "Joe Biden welcomed His Majesty King Abdullah II of Jordan to Washington.",
                        EventKind.MEETING, List.of("Joe Biden", "Abdullah II"), null, "Washington"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportedContacts")
    void aReportedContactIsOneEventWithItsKindParticipantsDateAndPlace(String phrasing, String articleDate,
            String sentence, EventKind kind, List<String> participants, LocalDate date, String place) throws IOException {
        Extraction x = extract(articleDate, sentence);
        assertThat(x.facts(Event.class)).as(phrasing + " → " + events(x)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.participants()).extracting(Entity::label).containsExactlyElementsOf(participants);
            assertThat(e.date()).isEqualTo(date);
            assertThat(e.place() == null ? null : e.place().label()).isEqualTo(place);
        });
    }

    static Stream<Arguments> unreportedContacts() {
        return Stream.of(
                Arguments.of("talks that will be held next week",
                        "Talks between Sergey Lavrov and Mevlüt Çavuşoğlu will be held next week."),
                Arguments.of("talks that will be held next week, titled",
                        "Talks between Foreign Minister of Russia Sergey Lavrov and Foreign Minister of China Wang Yi "
                                + "will be held next week."),
                Arguments.of("a meeting someone will have",
                        "Antony Blinken will meet Dmytro Kuleba in Brussels."),
                Arguments.of("welcoming a president's decision",
                        "Sergey Lavrov welcomed President Volodymyr Zelenskyy's decision."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreportedContacts")
    void aPlannedContactOrAWelcomedDecisionIsNoEvent(String phrasing, String sentence) throws IOException {
        Extraction x = extract("2022-04-04", sentence);
        assertThat(events(x)).as(phrasing).isEmpty();
    }

    @Test
    void aPlannedMeetingIsReportedAsPlanned() throws IOException {
        Extraction x = extract("2022-04-04", "Antony Blinken will meet Dmytro Kuleba in Brussels.");
        assertThat(x.diagnostics()).extracting(d -> d.code()).containsExactly("event.planned");
        assertThat(WrittenArticle.personNames(x)).contains("Antony Blinken", "Dmytro Kuleba");
    }

    // ---------------------------------------------------------------- persons and offices

    static Stream<Arguments> titledNames() {
        return Stream.of(
                Arguments.of("2021-06-02",
                        "President of the Republic of Kazakhstan Kassym-Jomart Tokayev received the Ambassador of Germany.",
                        "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev | President | Kazakhstan"),
                Arguments.of("2021-06-02",
                        "Prime Minister of the Italian Republic Mario Draghi visited Tripoli.",
                        "Mario Draghi", "Mario Draghi | Prime Minister | Italy"),
                Arguments.of("2021-06-02",
                        "Acting Prime Minister of Armenia Nikol Pashinyan addressed the cabinet.",
                        "Nikol Pashinyan", "Nikol Pashinyan | Prime Minister | Armenia"),
                Arguments.of("2021-06-02",
                        "Interim President of Mali Assimi Goïta arrived in Accra.",
                        "Assimi Goïta", "Assimi Goïta | President | Mali"),
                Arguments.of("2021-06-08",
                        "His Majesty King Abdullah II of Jordan received a delegation of senators.",
                        "Abdullah II", "Abdullah II | King | Jordan"),
                Arguments.of("2021-09-22",
                        "Republic of Korea (ROK) Foreign Minister Chung Eui-yong attended the session.",
                        "Chung Eui-yong", "Chung Eui-yong | Minister of Foreign Affairs | South Korea"),
                Arguments.of("2022-05-16",
                        "Foreign Minister of Iran Hossein Amir-Abdollahian arrived in Doha.",
                        "Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian | Minister of Foreign Affairs | Iran"),
                // a national style of the office with commas in it
                Arguments.of("2023-04-04",
                        "Spain's Minister for Foreign Affairs, European Union and Cooperation, José Manuel Albares, arrived "
                                + "in Brussels.",
                        "José Manuel Albares Bueno", "José Manuel Albares Bueno | Minister of Foreign Affairs | Spain"),
                // a generic title named as the state names the office
                Arguments.of("2013-11-24",
                        "British foreign minister Harold Pemberton arrived in Geneva.",
                        "Harold Pemberton", "Harold Pemberton | Foreign Secretary | United Kingdom"),
                // a state's envoy to the UN is its ambassador there
                Arguments.of("2021-03-01",
                        "The Kenyan UN envoy, Professor Martin Kimani, decried the vote.",
                        "Martin Kimani", "Martin Kimani | Ambassador to the United Nations | Kenya"),
                // the UN's own envoy is not
                Arguments.of("2022-03-01",
                        "UN envoy Rustam Karimov arrived in Aden.",
                        "Rustam Karimov", "Rustam Karimov | Envoy | United Nations"),
                // a state's delegate at a conference, named in apposition
                Arguments.of("2015-05-23",
                        "The Peruvian representative, Mr Quispe, said the outcome was a failure.",
                        "Quispe", "Quispe | Representative | Peru"),
                // a hyphenated family name after a title with its remit
                Arguments.of("2021-03-16",
                        "Kuwaiti Minister of State for Cabinet Affairs Hamad Al-Mashaan arrived in Washington.",
                        "Hamad Al-Mashaan", "Hamad Al-Mashaan | Minister of State for Cabinet Affairs | Kuwait"),
                // a given name written abbreviated, as Philippine news writes María
                Arguments.of("2023-07-13",
                        "Philippine Ambassador Ma. Lourdes Yparraguirre arrived in Jakarta.",
                        "Ma. Lourdes Yparraguirre", "Ma. Lourdes Yparraguirre | Ambassador | Philippines"),
                // initials in capitals before a name of two words stay in front (not a family name in capitals),
                // and open the given names of the official they stand for
                Arguments.of("2015-03-02",
                        "Bangladeshi Foreign Minister AH Mahmood Ali arrived in Delhi.",
                        "Abul Hassan Mahmood Ali", "Abul Hassan Mahmood Ali | Minister of Foreign Affairs | Bangladesh"),
                // a trade representative is not the bare "Representative"
                Arguments.of("2023-03-02",
                        "U.S. Trade Representative Katherine Tai arrived in Nairobi.",
                        "Katherine Tai", "Katherine Tai | Trade Representative | United States"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("titledNames")
    void aFormalTitleGivesThePersonAndTheOfficeOfTheState(String date, String sentence, String person, String role)
            throws IOException {
        Extraction x = extract(date, sentence);
        assertThat(WrittenArticle.personNames(x)).containsExactly(person);
        assertThat(roles(x)).containsExactly(role);
    }

    @Test
    void aPresidentElectIsAPersonWithoutTheOffice() throws IOException {
        Extraction x = extract("2021-06-08", "Peruvian President-Elect Pedro Castillo thanked his supporters in Lima.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Pedro Castillo");
        assertThat(roles(x)).noneMatch(r -> r.contains("President"));
    }

    @Test
    void anOrdinalTitleNamesAPlaceInTheLineOfHoldersNotTheHolder() throws IOException {
        Extraction first = extract("2006-09-20", "Chavez said Morales was the country's first Indian president.");
        assertThat(roles(first)).isEmpty();
        Extraction bare = extract("2006-09-20", "The Indian president arrived in Lima.");
        assertThat(roles(bare)).containsExactly("A. P. J. Abdul Kalam | President | India");
    }

    @Test
    void aProposedOfficeIsNotYetHeld() throws IOException {
        Extraction x = extract("2017-01-13", "Norway's proposed Foreign Minister Anna Berg arrived in Stockholm.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Anna Berg");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void aMiddleInitialAndTheGivenNameAloneMakeNoOtherPerson() throws IOException {
        Extraction x = extract("2021-07-26",
                "Deputy Secretary of State Wendy R. Sherman arrived in Tianjin for talks with Chinese officials.",
                "Sherman said the discussions were candid. Wendy also visited the port.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Wendy Sherman");
        assertThat(roles(x)).containsExactly("Wendy Sherman | Deputy Secretary of State | United States");
    }

    @Test
    void aTitleWithoutStateTakesTheStateFromTheReferenceForAKnownOfficial() throws IOException {
        Extraction x = extract("2021-06-01", "Secretary of State Antony J. Blinken arrived in San José.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Antony Blinken");
        assertThat(roles(x)).containsExactly("Antony Blinken | Secretary of State | United States");
    }

    @Test
    void aTitleWithoutStateGivesNoOfficeForANameTheReferenceDoesNotKnow() throws IOException {
        Extraction x = extract("2021-06-01", "Secretary of State Harold T. Kowalczyk arrived in San José.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Harold Kowalczyk");
        assertThat(roles(x)).isEmpty();
    }

    @Test
    void theHeadOfABodyDoesNotTakeTheHomeStateOfTheArticle() throws IOException {
        Extraction x = extract("2019-10-02",
                "Observers criticised President Evo Morales on Tuesday.",
                "Ramiro Quintana, director general of the technical secretariat of the national electoral commission, "
                        + "said the vote would be credible.");
        assertThat(WrittenArticle.personNames(x)).contains("Ramiro Quintana");
        assertThat(roles(x)).noneMatch(r -> r.startsWith("Ramiro Quintana"));
    }

    @Test
    void aTitleNextToTheNameOfABodyIsNotTheHomeStatesOffice() throws IOException {
        Extraction x = extract("2012-11-20",
                "Egyptian President Mohamed Morsi spoke to reporters in the morning.",
                "Hezbollah spokesman Karim Haddad said the ceasefire would hold.",
                "“The calm is over,” said Omar Saleh, a spokesman for the Islamic Jihad.",
                "Alexandria mayor Farid Nabil welcomed the news.");
        assertThat(WrittenArticle.personNames(x)).contains("Karim Haddad", "Omar Saleh", "Farid Nabil");
        assertThat(roles(x)).containsExactly("Mohamed Morsi | President | Egypt");
    }

    @Test
    void aStatesOwnDepartmentBeforeTheTitleKeepsTheHomeState() throws IOException {
        Extraction x = extract("2021-08-13",
                "The below is attributable to State Department Spokesperson Ned Price:",
                "Secretary of State Antony J. Blinken spoke with Kazakhstan Foreign Minister Mukhtar Tileuberdi.");
        assertThat(roles(x)).contains("Ned Price | Spokesperson | United States");
    }

    @Test
    void anOrganizationsOfficialThroughTheOccasionItNames() throws IOException {
        Extraction x = extract("2007-07-30",
                "ASEAN summit spokesman Rodrigo Santos says the ministers urged Burma to free its prisoners.");
        assertThat(roles(x)).containsExactly("Rodrigo Santos | Spokesperson | Association of Southeast Asian Nations");
    }

    @Test
    void aTranscriptSpeakerLineRunTogetherMakesNoGluedOrRepeatedName() throws IOException {
        Extraction x = extract("2022-03-30",
                "President of Finland Sauli Niinistö Niinistö SauliPresident of Finland(retranslated): Thank you.");
        assertThat(WrittenArticle.personNames(x)).noneMatch(p -> p.contains("SauliPresident"))
                .noneMatch(p -> p.indexOf("Niinistö") != p.lastIndexOf("Niinistö"))
                .contains("Sauli Niinistö");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Vladimir Putin addressed the Federal Assembly.              | Vladimir Putin",
        "Olaf Scholz arrived in Bali on Monday.                      | Olaf Scholz",
        "Volodymyr Zelensky addressed the parliament of Canada.      | Volodymyr Zelenskyy",
        "Wang Yi will travel to Bali.                                | Wang Yi",
        "Hossein Amir-Abdollahian arrived in Doha.                   | Hossein Amir-Abdollahian",
    })
    void aWellKnownOfficialIsAPersonWithoutATitle(String sentence, String person) throws IOException {
        Extraction x = extract("2022-07-08", sentence.strip());
        assertThat(WrittenArticle.personNames(x)).containsExactly(person.strip());
    }

    @Test
    void aGivenNameAloneIsNeverAPerson() throws IOException {
        Extraction x = extract("2022-03-30", "Olena arrived in the capital on Tuesday.",
                "Dmitry said the visit had been useful.");
        assertThat(WrittenArticle.personNames(x)).isEmpty();
    }

    // ------------------------------------------------ names and descriptions the reference resolves

    @Test
    void aNameNoTitleOrReferenceGivesIsAPersonWhereAContactPhraseTakesIt() throws IOException {
        Extraction x = extract("2022-12-20",
                "Emmanuel Macron had a telephone conversation with 16-year-old Margaux Delcourt from Lyon.");
        assertThat(events(x)).containsExactly("phone_call | Emmanuel Macron, Margaux Delcourt | null | null");
    }

    @Test
    void capitalisedWordsWithoutAContactAreNoPerson() throws IOException {
        Extraction x = extract("2022-12-20", "Gentle Breeze Festival opened in Lyon on Monday.");
        assertThat(WrittenArticle.personNames(x)).isEmpty();
    }

    @Test
    void aTitledSurnameIsTheOfficialWhoHeldThatOfficeThatDay() throws IOException {
        Extraction x = extract("2021-11-15", "President Putin spoke today with Chancellor Merkel.");
        assertThat(WrittenArticle.personNames(x)).containsExactlyInAnyOrder("Vladimir Putin", "Angela Merkel");
        assertThat(events(x)).containsExactly("phone_call | Vladimir Putin, Angela Merkel | 2021-11-15 | null");
    }

    @Test
    void aDescriptionIsTheOfficialTheReferenceHoldsForThatOfficeOnThatDay() throws IOException {
        Extraction x = extract("2022-05-18", "Wang Yi received the Russian foreign minister in Beijing.");
        assertThat(WrittenArticle.personNames(x)).contains("Sergey Lavrov");
        assertThat(events(x)).containsExactly("meeting | Wang Yi, Sergey Lavrov | null | Beijing");
        assertThat(roles(x)).contains("Sergey Lavrov | Minister of Foreign Affairs | Russia");
    }

    @Test
    void aBareTitleBeforeACommaIsAnAddressNotAName() throws IOException {
        Extraction x = extract("2022-05-18", "“Mr President, Ladies and gentlemen, welcome,” Vladimir Putin said.");
        assertThat(WrittenArticle.personNames(x)).containsExactly("Vladimir Putin");
    }

    @Test
    void aDateInARelativeClauseDatesSomethingElse() throws IOException {
        Extraction x = extract("2022-06-10",
                "Olaf Scholz had a telephone conversation with Mario Draghi, who returned from Kyiv on June 8.");
        assertThat(events(x)).containsExactly("phone_call | Olaf Scholz, Mario Draghi | null | null");
    }

    @Test
    void aCallTakesNoPlaceFromAnotherEventOfItsSentence() throws IOException {
        Extraction x = extract("2022-02-23",
                "Following talks held in Moscow on February 22, Vladimir Putin and Recep Tayyip Erdoğan exchanged views in a telephone conversation.");
        assertThat(events(x)).singleElement().satisfies(e -> assertThat(e).startsWith("phone_call | Vladimir Putin, Recep Tayyip Erdoğan")
                .endsWith("| null"));
    }

    // ------------------------------------------------------------------ home state and state order

    @Test
    void aReadoutsOwnSideTakesItsHomeStateTheOtherSideDoesNot() throws IOException {
        Extraction x = extract("2022-03-03", "The following is attributable to Spokesperson Jalina Whitcombe:",
                "Secretary of State Antony J. Blinken spoke today with Foreign Minister of Greece Nikos Dendias "
                        + "and Ambassador Dimitra Kouvelis.");
        assertThat(roles(x)).contains("Jalina Whitcombe | Spokesperson | United States",
                "Nikos Dendias | Minister of Foreign Affairs | Greece")
                .noneMatch(r -> r.startsWith("Dimitra Kouvelis"));
    }

    @Test
    void aStateWrittenOutForTheOtherSideIsNotTheHomeStateOfThoseNamedWithoutOne() throws IOException {
        // An embassy's release names its own minister without his state and the caller with hers.
        Extraction x = extract("2012-09-15",
                "Foreign Minister Prince Turki Al-Harbi received a telephone call today from U.S. Secretary of State "
                        + "Hillary Clinton.");
        assertThat(roles(x)).containsExactly("Hillary Clinton | Secretary of State | United States");
    }

    @Test
    void anInitialWithoutItsPeriodOpensTheNameAndAnotherStatesOfficialTakesNoHomeState() throws IOException {
        // A Nepali paper: its own Prime Minister named first, India's minister with an initial as Indian news writes it.
        Extraction x = extract("2024-06-10",
                "Prime Minister Pushpa Kamal Dahal paid a courtesy call on India's newly-appointed Minister S "
                        + "Jaishankar on Monday.");
        assertThat(WrittenArticle.personNames(x)).anyMatch(n -> n.endsWith("Jaishankar"));
        assertThat(roles(x)).noneMatch(r -> r.contains("Jaishankar") && r.endsWith("Nepal"));
    }

    @Test
    void aStateAfterTheTitleWinsOverAnAdjectiveBeforeIt() throws IOException {
        Extraction x = extract("2021-11-25",
                "Beginning of Russian-Serbian talks President of Russia Vladimir Putin: Mr President, welcome.");
        assertThat(roles(x)).containsExactly("Vladimir Putin | President | Russia");
    }

    @Test
    void anUndatedMeetingTakesTheDayALaterSentenceCallsTodays() throws IOException {
        Extraction x = extract("2022-02-16",
                "Vladimir Putin held talks with Prime Minister of Hungary Viktor Orbán, who is in Russia on a working visit.",
                "“I am glad that our talks today could take place,” Vladimir Putin said.");
        assertThat(events(x)).containsExactly("talks | Vladimir Putin, Viktor Orbán | 2022-02-16 | null");
    }

    @Test
    void aCallIsNotDatedByTalksTheArticleCallsTodays() throws IOException {
        Extraction x = extract("2022-02-16",
                "Vladimir Putin had a telephone conversation with Prime Minister of Hungary Viktor Orbán.",
                "Separately, officials said the talks today between the ministers were useful.");
        assertThat(events(x)).containsExactly("phone_call | Vladimir Putin, Viktor Orbán | null | null");
    }

    @Test
    void aQuotedMessageIsItsSendersWords() throws IOException {
        Extraction x = extract("2022-03-21",
                "Vladimir Putin sent a message of greetings to President of Kazakhstan Kassym-Jomart Tokayev on Nowruz. "
                        + "The message reads, in part: “I wish you good health and success, and peace and prosperity to the people of Kazakhstan.”");
        assertThat(x.facts(diplograph.model.Quote.class)).singleElement()
                .satisfies(q -> assertThat(q.speaker().label()).isEqualTo("Vladimir Putin"));
    }

    @Test
    void theHomeStateGivesNoHeadOfStateOfficeTheReferenceDoesNotHoldForIt() throws IOException {
        Extraction x = extract("2022-05-04", "The following is attributable to Spokesperson Jalina Whitcombe:",
                "Secretary of State Antony J. Blinken spoke today with His Holiness Pope Francis about Ukraine.");
        // The reference gives the Pope his own state (the Holy See), never the article's home state.
        assertThat(roles(x)).contains("Jalina Whitcombe | Spokesperson | United States",
                        "Pope Francis | Pope | Holy See")
                .noneMatch(r -> r.contains("| Pope | United States"));
    }
}
