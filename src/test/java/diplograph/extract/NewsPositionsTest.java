package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Extraction;
import diplograph.model.Position;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stances as news states them, on short articles written for this test: the holder behind an
 * apposition or a time, coordinated states, stance verbs of news prose, the complement as what the
 * position is about, and the guard that a welcome of persons is a reception, not a stance.
 */
class NewsPositionsTest {

    @TempDir
    Path tmp;

    /** Each position as "holder | stance | target | speaker". */
    private List<String> positions(String... paragraphs) throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2021-03-10", paragraphs);
        return x.facts(Position.class).stream().map(p -> p.holder().label() + " | " + p.stance() + " | "
                + (p.target() == null ? null : p.target().label()) + " | "
                + (p.speaker() == null ? null : p.speaker().label())).toList();
    }

    @Test
    void aSpeakerAndHerCounterpartsHoldTheStanceWithEveryParticipantOfTheirCall() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly spoke today with Spanish Foreign Minister José Manuel "
                        + "Albares and Polish Foreign Minister Zbigniew Rau.",
                "Minister Joly and her counterparts strongly condemned Belarus's detention of opposition leaders."))
                .containsExactlyInAnyOrder("Canada | condemn | Belarus | Mélanie Joly",
                        "Spain | condemn | Belarus | José Manuel Albares Bueno", "Poland | condemn | Belarus | Zbigniew Rau");
    }

    @Test
    void aStatesNameBeforeGovernmentIsItsGovernment() throws IOException {
        assertThat(positions("The UK government urged Serbia to withdraw its troops from the border."))
                .containsExactly("United Kingdom | call_for | Serbia | null");
        assertThat(positions("The Japan government strongly condemned the missile launch."))
                .containsExactly("Japan | condemn | null | null");
    }

    @Test
    void whatTheTitledAgentOfAStatesSaidAddressesThatState() throws IOException {
        assertThat(positions("Greece rejected the unfounded remarks made by the Defence Minister of Albania about its islands."))
                .containsExactly("Greece | reject | Albania | null");
    }

    @Test
    void aGovernmentNamedWithItsStateHoldsPastATimeAndIsTheMinistryAfterwards() throws IOException {
        assertThat(positions("Greece's Foreign Ministry on Tuesday condemned the shelling of the border villages.",
                "The ministry called on Albania to withdraw its troops.",
                "The two countries' trade has grown."))
                .containsExactlyInAnyOrder("Greece | condemn | null | null", "Greece | call_for | Albania | null");
        // Without a government named with its state before it, "the ministry" holds nothing.
        assertThat(positions("The ministry called on Albania to withdraw its troops.")).isEmpty();
    }

    @Test
    void aCallToOfficeHoldersInGeneralIsAnExhortationNotAPosition() throws IOException {
        assertThat(positions("Chilean President Gabriel Boric stressed the role of diplomacy, urging foreign ministers to "
                + "act as bridges between peoples.")).isEmpty();
        // A call to states, even unnamed, is one.
        assertThat(positions("Chilean President Gabriel Boric urged partners to send more aid to the flooded regions."))
                .containsExactly("Chile | call_for | null | Gabriel Boric");
    }

    @Test
    void theSecondOfTwoCoordinatedVerbsSharesTheSubjectOfTheFirst() throws IOException {
        assertThat(positions("The UK government condemns the shelling of civilians and calls on all sides to respect "
                        + "the ceasefire."))
                .containsExactlyInAnyOrder("United Kingdom | condemn | null | null",
                        "United Kingdom | call_for | null | null");
        assertThat(positions("Norway welcomed the truce and also urged Serbia to release the detained journalists."))
                .containsExactlyInAnyOrder("Norway | welcome | null | null", "Norway | call_for | Serbia | null");
    }

    @Test
    void theTwoBeforeAVerbAreTheParticipantsOfTheContactJustReported() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly met today with Spanish Foreign Minister José Manuel Albares.",
                "The two discussed their shared commitment to Moldova's sovereignty."))
                .containsExactlyInAnyOrder("Canada | support | Moldova | Mélanie Joly",
                        "Spain | support | Moldova | José Manuel Albares Bueno");
    }

    @Test
    void theTwoCountriesAreNotTheParticipants() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly met today with Spanish Foreign Minister José Manuel Albares.",
                "The two countries' trade grew as Canada and Spain signed an accord on fisheries."))
                .isEmpty();
    }

    @Test
    void aStanceInTheClauseOfAnEffortIsHeldByTheSubjectOfTheVerbThatTakesIt() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly spoke today with Spanish Foreign Minister José Manuel Albares.",
                "Participants discussed their ongoing, coordinated efforts to urge Belarus to release political prisoners."))
                .containsExactlyInAnyOrder("Canada | call_for | Belarus | Mélanie Joly",
                        "Spain | call_for | Belarus | José Manuel Albares Bueno");
    }

    @Test
    void aCallInsideASharedCommitmentIsHeldByTheSubjectOfTheVerbThatTakesIt() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly met today with Spanish Foreign Minister José Manuel Albares.",
                "They discussed their shared commitment to urging Belarus to release political prisoners."))
                .containsExactlyInAnyOrder("Canada | call_for | Belarus | Mélanie Joly",
                        "Spain | call_for | Belarus | José Manuel Albares Bueno");
    }

    @Test
    void aConcernIsAboutTheStateItsSituationLiesInAtTheEndOfALongList() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly expressed concerns about the recent detentions, threats, and "
                + "arbitrary restrictions placed on opposition candidates, trade unions, and independent newspapers in Belarus."))
                .containsExactly("Canada | concern | Belarus | Mélanie Joly");
    }

    @Test
    void bothCountriesAreTheStatesOfTheContactJustReported() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly had a telephone conversation with Spanish Foreign Minister "
                        + "José Manuel Albares.",
                "Both countries strongly support Ukraine's sovereignty and territorial integrity.",
                "The documents signed by agencies of the two countries concern cooperation in fisheries."))
                .containsExactlyInAnyOrder("Canada | support | Ukraine | null", "Spain | support | Ukraine | null");
    }

    @Test
    void aConcernAboutARegionOfAStateConcernsThatState() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly raised concerns about the humanitarian situation in the "
                + "Darfur region of Sudan."))
                .containsExactly("Canada | concern | Sudan | Mélanie Joly");
    }

    @Test
    void aConcernAboutASituationInARegionConcernsTheStateItBelongsTo() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly voiced concern over the detention of Uyghur activists in "
                        + "Xinjiang.",
                "Polish Foreign Minister Zbigniew Rau expressed concern about shelling in Crimea."))
                .containsExactly("Canada | concern | China | Mélanie Joly", "Poland | concern | Ukraine | Zbigniew Rau");
    }

    @Test
    void aSharedCommitmentIsEveryParticipantsUnlessOneSpeakerStatesIt() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly spoke today with Spanish Foreign Minister José Manuel Albares.",
                "They also discussed their close ties and common support for free and fair elections in Moldova."))
                .containsExactlyInAnyOrder("Canada | support | null | Mélanie Joly",
                        "Spain | support | null | José Manuel Albares Bueno");
        assertThat(positions("Canadian Foreign Minister Mélanie Joly spoke today with Spanish Foreign Minister José Manuel Albares.",
                "She emphasized our shared commitment to free and fair elections in Moldova."))
                .containsExactly("Canada | support | null | Mélanie Joly");
    }

    @Test
    void aConcernExpressedInThePassiveIsThePartiesOfTheContact() throws IOException {
        assertThat(positions("Russian President Vladimir Putin had a telephone conversation with French President Emmanuel Macron.",
                "Serious concerns were expressed over the shelling along the contact line in Donbas."))
                .containsExactlyInAnyOrder("Russia | concern | Ukraine | Vladimir Putin", "France | concern | Ukraine | Emmanuel Macron");
    }

    @Test
    void theStanceOfAnOfficialOfAnEuInstitutionIsTheEuropeanUnions() throws IOException {
        assertThat(positions("European Commission President Ursula von der Leyen condemned Belarus's detention of journalists."))
                .containsExactly("European Union | condemn | Belarus | Ursula von der Leyen");
    }

    @Test
    void theHolderStandsBehindAnAppositionAndATime() throws IOException {
        assertThat(positions("Norwegian Foreign Minister Ine Eriksen Søreide arrived in Riga on Monday.",
                "Søreide, who leads the Nordic group this year, on Tuesday decried the detention of journalists in Belarus."))
                .contains("Norway | condemn | null | Ine Marie Eriksen Søreide");
    }

    @Test
    void stanceVerbsOfNewsProse() throws IOException {
        assertThat(positions("Austrian Chancellor Sebastian Kurz criticized the Turkish government for the arrests.",
                "Dutch Prime Minister Mark Rutte encouraged Armenia and Azerbaijan to return to talks."))
                .contains("Austria | condemn | Turkey | Sebastian Kurz", "Netherlands | call_for | Armenia | Mark Rutte");
    }

    @Test
    void toFavorIsToSupport() throws IOException {
        assertThat(positions("Turkish Foreign Minister Mevlüt Çavuşoğlu spoke in Ankara. He said Turkey favors a return to the "
                        + "negotiating table.",
                "Greece is in favour of new talks on the maritime border."))
                .contains("Turkey | support | null | Mevlüt Çavuşoğlu", "Greece | support | null | null");
    }

    @Test
    void aReportedStatementOfWhatMustBeDoneIsTheSpeakersCall() throws IOException {
        assertThat(positions("Armenian Foreign Minister Ararat Mirzoyan said the unrest in Azerbaijan must not halt the border talks.",
                "Danish Foreign Minister Lars Løkke Rasmussen stated that Greenland's autonomy has to be respected.",
                "Hungarian Foreign Minister Péter Szijjártó remarked that any thaw in EU-China relations should not harm "
                        + "Hungarian farmers."))
                .containsExactly("Armenia | call_for | Azerbaijan | Ararat Mirzoyan",
                        "Denmark | call_for | null | Lars Løkke Rasmussen",
                        "Hungary | call_for | null | Péter Szijjártó");
    }

    @Test
    void aReportedCallToReviewARelationWithAStateIsAddressedToThatState() throws IOException {
        assertThat(positions("British Foreign Secretary Dominic Raab stated that the EU should reassess its relations with China "
                        + "after the sanctions.",
                "Swedish Foreign Minister Ann Linde said the alliance must deepen its ties with Sweden.",
                "Irish Foreign Minister Simon Coveney said the bloc should act with Canada on tariffs."))
                .containsExactly("United Kingdom | call_for | China | Dominic Raab",
                        "Sweden | call_for | null | Ann Linde",
                        "Ireland | call_for | null | Simon Coveney");
    }

    @Test
    void aStatesAngerAtAPlanOpposesItAndOutrageCondemns() throws IOException {
        assertThat(positions("Russia's anger at American plans to deploy a missile shield in Poland is clear.",
                "Canadian Foreign Minister Mélanie Joly expressed her outrage at Belarus's detention of journalists."))
                .containsExactly("Russia | oppose | United States | null", "Canada | condemn | Belarus | Mélanie Joly");
    }

    @Test
    void aPossessiveMayStandBetweenAStanceVerbAndItsNoun() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly met Danish Foreign Minister Lars Løkke Rasmussen in Ottawa.",
                "Joly expressed her appreciation for Rasmussen's leadership on Arctic security.",
                "Rasmussen voiced his concern over the detention of journalists in Belarus."))
                .containsExactly("Canada | praise | Denmark | Mélanie Joly", "Denmark | concern | Belarus | Lars Løkke Rasmussen");
    }

    @Test
    void aGuessAQuestionOrAQuotationIsNoReportedCall() throws IOException {
        assertThat(positions("Austrian Foreign Minister Alexander Schallenberg said the report must have been a mistake.",
                "Did Croatian Prime Minister Andrej Plenković say the border should close?",
                "Slovak Prime Minister Eduard Heger said: “We must all stay calm.”")).isEmpty();
    }

    @Test
    void aDirectiveWithAnInfinitiveAddressedToAnotherStateIsACall() throws IOException {
        assertThat(positions("Serbian President Aleksandar Vučić told Kosovo to withdraw its police from the north.",
                "Vučić told reporters to expect a long night.",
                "Finnish President Sauli Niinistö asked the Estonian government to reopen the ferry line."))
                .containsExactly("Serbia | call_for | Kosovo | Aleksandar Vučić", "Finland | call_for | Estonia | Sauli Niinistö");
    }

    @Test
    void toPushAnotherStateToActIsACallOfBothSides() throws IOException {
        assertThat(positions("Serbian President Aleksandar Vučić met Finnish President Sauli Niinistö in Belgrade on Monday.",
                "Both sides agreed to push Pristina to withdraw its police from the north.",
                "Vučić said the crisis pushed the region to the brink."))
                .containsExactlyInAnyOrder("Serbia | call_for | Kosovo | Aleksandar Vučić",
                        "Finland | call_for | Kosovo | Sauli Niinistö");
    }

    @Test
    void aStateBeforeAPluralNounNamesItsPeopleOnlyWhenTheyAreItsGovernmentOrMembers() throws IOException {
        assertThat(positions("The US lawyers are demanding the court release the documents.",
                "Chinese businesses support the reform of the customs code.",
                "NATO members have urged Serbia to withdraw its troops from the border.",
                "Israeli officials condemned the attack on the embassy."))
                .containsExactly("North Atlantic Treaty Organization | call_for | Serbia | null", "Israel | condemn | null | null");
    }

    @Test
    void aCallToTheHoldersOwnPeopleIsDomesticNotAPosition() throws IOException {
        assertThat(positions("Turkish Foreign Minister Mevlüt Çavuşoğlu urged voters to back the government on Sunday.",
                "Çavuşoğlu urged the Turkish public not to tolerate the opposition's claims.",
                "Çavuşoğlu urged the Afghan people to reject violence.",
                "Çavuşoğlu called on the people of Iraq to vote."))
                .containsExactly("Turkey | call_for | Afghanistan | Mevlüt Çavuşoğlu", "Turkey | call_for | Iraq | Mevlüt Çavuşoğlu");
    }

    @Test
    void aNamesakeOfAnOfficialOutOfOfficeSpeaksForNoState() throws IOException {
        // "Tom Young" is read as the reference's Thomas Young, whose terms ended long before 2021.
        assertThat(positions("Retired aerospace executive Tom Young backed the new launch plan.",
                "Vladimir Putin supported the new launch plan.")).containsExactly("Russia | support | null | Vladimir Putin");
    }

    @Test
    void aStanceInAClauseOfConditionOrOfQuestionIsNotTaken() throws IOException {
        assertThat(positions("Turkey will send troops if Russia supports the plan.",
                "It is unclear whether China backs the proposal.",
                "Greece supports the plan.")).containsExactly("Greece | support | null | null");
    }

    @Test
    void aStatesAppreciationIsPraiseWhateverVerbConveysIt() throws IOException {
        assertThat(positions("Indian External Affairs Minister S. Jaishankar conveyed India's appreciation for Japan's support "
                + "to the Indo-Pacific vision.")).containsExactly("India | praise | Japan | Subrahmanyam Jaishankar");
    }

    @Test
    void aKnownOfficialNamedWithoutTitleSpeaksForTheStateTheReferenceGives() throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2022-05-10",
                "Xi Jinping had a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev.",
                "The two leaders praised the strategic partnership between their countries.");
        assertThat(x.facts(Position.class).stream().map(p -> p.holder().label() + " | " + p.stance() + " | "
                + (p.target() == null ? null : p.target().label())).toList())
                .containsExactlyInAnyOrder("China | praise | Kazakhstan", "Kazakhstan | praise | China");
    }

    @Test
    void aStatesGovernmentNamedAsTheSubjectHoldsThePositionForTheState() throws IOException {
        assertThat(positions("The Chilean government strongly condemned the attack on the mine.",
                "Peru's foreign ministry rejected the accusations.",
                "The vote passed as the other Latin American leaders applauded."))
                .containsExactly("Chile | condemn | null | null", "Peru | reject | null | null");
    }

    @Test
    void aDefiniteComplementNamesWhatAStateDidEarlier() throws IOException {
        assertThat(positions("Norway imposed tariffs on Icelandic fish on Monday.",
                "The measures take effect in May.",
                "Iceland's government condemned the tariffs."))
                .containsExactly("Iceland | condemn | Norway | null");
    }

    @Test
    void anAccusationIsAClaimNotAStance() throws IOException {
        assertThat(positions("Bolivian President Luis Arce accused Chile of diverting the Silala river.",
                "The talks produced a truce with the militias, whom Moldova has accused Russia of supporting.")).isEmpty();
    }

    @Test
    void wordsOfOthersAreNoStanceOfTheSubject() throws IOException {
        assertThat(positions("Countering claims that his country supports the rebels, Rwandan President Paul Kagame spoke of peace.",
                "Sudan was removed from the list following concerns that its citizens might be left in danger.",
                "Malian Prime Minister Choguel Maïga received this support warmly.",
                "Neither Mali nor Niger was keen to escalate the dispute.")).isEmpty();
    }

    @Test
    void aStanceTheSubjectStatesAsANounAfterADeterminerIsKept() throws IOException {
        assertThat(positions("Ghanaian President Nana Akufo-Addo expressed these concerns in a letter to the summit."))
                .containsExactly("Ghana | concern | null | Nana Akufo-Addo");
    }

    @Test
    void whatAnotherStatesOfficialSaysAStateStandsForIsAClaim() throws IOException {
        assertThat(positions("“Venezuela supports the armed groups on our border,” said Colombian President Iván Duque."))
                .isEmpty();
    }

    @Test
    void theReporterIsTheSubjectOfTheVerbNotTheOneItIsToldTo() throws IOException {
        assertThat(positions("Canadian Prime Minister Justin Trudeau met Mexican President Andrés Manuel López Obrador in Ottawa.",
                "He told López Obrador that Canada backs Mexico's bid to host the summit."))
                .contains("Canada | support | Mexico | Justin Trudeau");
    }

    @Test
    void willingnessToActIsSupport() throws IOException {
        assertThat(positions("Slovenian Prime Minister Robert Golob expressed willingness to host the next round of talks."))
                .containsExactly("Slovenia | support | null | Robert Golob");
    }

    @Test
    void coordinatedStatesEachHoldThePositionTowardsTheOther() throws IOException {
        assertThat(positions("Portugal and Spain reaffirmed their commitment to closer cooperation on water management."))
                .containsExactlyInAnyOrder("Portugal | support | Spain | null", "Spain | support | Portugal | null");
    }

    @Test
    void aWelcomeOfPersonsIsAReceptionNotAStance() throws IOException {
        assertThat(positions("On arrival, the minister was welcomed by Ghanaian President Nana Akufo-Addo with a welcome "
                        + "ceremony and then proceeded to the palace for talks.",
                "Akufo-Addo welcomed Danish Prime Minister Mette Frederiksen at the airport.")).isEmpty();
    }

    @Test
    void whatThePositionIsAboutEndsWithItsComplement() throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2021-03-10",
                "Swiss Foreign Minister Ignazio Cassis welcomed the release of the two aid workers and then left for Geneva.");
        assertThat(x.facts(Position.class)).singleElement().extracting(Position::about)
                .isEqualTo("release of the two aid workers");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Austria did not support the Turkish proposal on the border crossings.",
        "Austrian Chancellor Sebastian Kurz would welcome a Turkish proposal on the border crossings.",
    })
    void deniedAndConditionalStancesAreKeptApartAsDiagnostics(String sentence) throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2021-03-10", sentence);
        assertThat(x.facts(Position.class)).isEmpty();
        assertThat(x.diagnostics()).extracting(d -> d.code()).containsAnyOf("position.negated", "position.hypothetical");
    }

    @Test
    void aPlannedStanceIsStillAStance() throws IOException {
        assertThat(positions("Austria will continue to support Slovenia's bid for the council seat."))
                .contains("Austria | support | Slovenia | null");
    }

    @Test
    void theTargetIsTheStateTheComplementAddressesNotOneDeepInIt() throws IOException {
        assertThat(positions("Swedish Prime Minister Magnus Andersson said Sweden supports Ukraine's sovereignty.",
                "Finland welcomed closer cooperation with Estonia.",
                "Denmark condemned the rocket attacks against Israel."))
                .contains("Sweden | support | Ukraine | Magnus Andersson", "Finland | welcome | Estonia | null",
                        "Denmark | condemn | null | null");
    }

    @Test
    void aStateSubjectStandsBehindAParenthesisOrTheVerbOfANounCue() throws IOException {
        assertThat(positions("Norway, like several of its neighbours, has expressed concern about Belarus's treatment of protesters.",
                "Japan has pledged new political and economic support for Mongolia."))
                .contains("Norway | concern | Belarus | null", "Japan | support | Mongolia | null");
    }

    @Test
    void aCapitalAddressedStandsForItsState() throws IOException {
        assertThat(positions("Portugal urged Beijing to release the detained journalists."))
                .contains("Portugal | call_for | China | null");
    }

    @Test
    void aCueInsideAnotherStancesComplementIsWhatThatStanceIsAbout() throws IOException {
        assertThat(positions("Qatar denied any support for the rebels in the north."))
                .containsExactly("Qatar | deny | null | null");
    }

    @Test
    void aCommitmentToAStanceIsThatStance() throws IOException {
        assertThat(positions("Portugal and Spain restated their commitment to urging Morocco to reopen the crossings."))
                .noneMatch(p -> p.contains("| support |")).anyMatch(p -> p.startsWith("Portugal | call_for | Morocco"));
    }

    @Test
    void aStateAfterAPrepositionIsNoSubject() throws IOException {
        assertThat(positions("The envoy raised the cases of citizens detained in Iran and called for their immediate release."))
                .noneMatch(p -> p.startsWith("Iran |"));
    }

    @Test
    void theOneThankedForAStanceHoldsIt() throws IOException {
        assertThat(positions("Danish Prime Minister Mette Frederiksen thanked the people of Norway for supporting the reconstruction fund."))
                .containsExactly("Norway | support | null | null");
    }

    @Test
    void itAfterAStateOrOrganizationSayingSoIsThatStateOrOrganization() throws IOException {
        assertThat(positions("The Economic Community of West African States has said it is calling for a peaceful vote in "
                        + "Liberia's October elections.",
                "But China gave no indication it is willing to support the initiative."))
                .containsExactly("Economic Community of West African States | call_for | Liberia | null");
    }

    @Test
    void resistanceIsOpposition() throws IOException {
        assertThat(positions("Turkey's resistance to Swedish plans to join the alliance dominated the summit in Vilnius."))
                .containsExactly("Turkey | oppose | Sweden | null");
    }

    @Test
    void thanksAreNoStance() throws IOException {
        assertThat(positions("Danish Prime Minister Mette Frederiksen thanked the Secretary-General for the commitment of the "
                + "United Nations to deliver assistance in Sudan.",
                "Swedish Foreign Minister Tobias Billström thanked Norway for its hospitality."))
                .isEmpty();
    }

    @Test
    void anOrganizationHoldsAPositionInItsOwnName() throws IOException {
        assertThat(positions("The Southern African Development Community called on Zambia to hold transparent elections."))
                .contains("Southern African Development Community | call_for | Zambia | null");
    }

    @Test
    void aPassiveStanceIsHeldByItsAgent() throws IOException {
        assertThat(positions("Chisinau's bid to join the bloc is fiercely opposed by Moscow."))
                .containsExactly("Russia | oppose | Moldova | null");
    }

    @Test
    void aNameModifyingANounIsNoSubject() throws IOException {
        assertThat(positions("The envoy discussed a draft Security Council resolution supporting a ceasefire in the region."))
                .isEmpty();
    }

    @Test
    void aCoordinatedVerbPhraseTakesTheSubjectOfTheFirst() throws IOException {
        assertThat(positions("During the interview, Austrian Chancellor Sebastian Kurz repeated his promise of a speech on migration, "
                + "and urged that the ban on imports be lifted."))
                .contains("Austria | call_for | null | Sebastian Kurz");
    }

    @Test
    void theSubjectStandsBehindALongApposition() throws IOException {
        assertThat(positions("Austrian Chancellor Sebastian Kurz, a political leader of one of the parties named by the "
                + "commission's report for buying weapons, dismissed the claims as rumours."))
                .contains("Austria | reject | null | Sebastian Kurz");
    }

    @Test
    void aRelationOfOthersIsAddressedToNeither() throws IOException {
        assertThat(positions("Austria supports talks between Greece and Cyprus on the maritime border.",
                "Portugal and Spain praised the cooperation between Portugal and Spain on water management."))
                .contains("Austria | support | null | null", "Portugal | praise | Spain | null");
    }

    @Test
    void coordinatedPersonsEachHoldThePosition() throws IOException {
        assertThat(positions("Austrian Chancellor Sebastian Kurz and Greek Prime Minister Kyriakos Mitsotakis expressed "
                + "their support for the ceasefire in the region."))
                .contains("Austria | support | null | Sebastian Kurz", "Greece | support | null | Kyriakos Mitsotakis");
    }

    @Test
    void aPersonBetweenAStateAndTheCueIsTheSubjectAndAPersonAddressedStandsForTheirState() throws IOException {
        assertThat(positions("Austrian Chancellor Sebastian Kurz met Greek Prime Minister Kyriakos Mitsotakis in Vienna on Monday.",
                "They discussed regional developments, including Libya and Syria, and Kurz commended Mitsotakis for his "
                        + "leadership."))
                .contains("Austria | praise | Greece | Sebastian Kurz")
                .noneMatch(p -> p.startsWith("Libya") || p.startsWith("Syria"));
    }

    @Test
    void aCapitalAsSubjectStandsForItsState() throws IOException {
        assertThat(positions("Speaking at a press conference with the NATO Secretary General, the minister said Ankara "
                + "rejected any attempt to exclude it from the talks."))
                .anyMatch(p -> p.startsWith("Turkey | reject") || p.startsWith("Türkiye | reject"))
                .noneMatch(p -> p.startsWith("North Atlantic Treaty Organization"));
    }

    @Test
    void aConcernConcernsTheStateItsSituationLiesIn() throws IOException {
        assertThat(positions("Austria shared its concerns about the arrests of opposition candidates in Nicaragua."))
                .contains("Austria | concern | Nicaragua | null");
    }

    @Test
    void theTwoPartiesOfAContactEachSupportTheirRelationTowardsTheOther() throws IOException {
        assertThat(positions("Austrian Chancellor Sebastian Kurz had a telephone conversation with Greek Prime Minister "
                        + "Kyriakos Mitsotakis on Monday.",
                "The parties reaffirmed their mutual commitment to the development of Austrian-Greek relations."))
                .contains("Austria | support | Greece | Sebastian Kurz", "Greece | support | Austria | Kyriakos Mitsotakis");
    }

    @Test
    void aStanceAgainstSomethingDoneTargetsWhoDoesIt() throws IOException {
        assertThat(positions("Austria condemned the overnight Russian attack on the power grid.",
                "Portugal rejected the tariffs imposed by Washington on steel.",
                "Norway expressed concern about the activity of Russia's shadow fleet in the Baltic.",
                "Greece condemned rocket attacks against Israel."))
                .contains("Austria | condemn | Russia | null", "Portugal | reject | United States | null",
                        "Norway | concern | Russia | null", "Greece | condemn | null | null");
    }

    @Test
    void itsStandsForTheStateLastNamedWhenThatIsNotTheHolder() throws IOException {
        assertThat(positions("The minister said Norway welcomed Poland's growing engagement in the region and supported "
                        + "its participation in the fund.",
                "Austria reaffirmed its support for the fund."))
                .contains("Norway | support | Poland | null", "Austria | support | null | null");
    }

    @Test
    void aStateEndingAnEarlierConjunctIsNoSubject() throws IOException {
        assertThat(positions("He also stressed the need for a lasting peace between Armenia and Azerbaijan, and condemned "
                + "the shelling of the border villages."))
                .noneMatch(p -> p.startsWith("Armenia") || p.startsWith("Azerbaijan"));
    }

    @Test
    void theStateTheComplementsFirstNounIsOfIsItsTarget() throws IOException {
        assertThat(positions("The European Union on Friday called on the government of Moldova to investigate the killings."))
                .contains("European Union | call_for | Moldova | null");
    }

    @Test
    void aPronounOpeningTheSentenceIsTheSubjectOfACoordinatedVerb() throws IOException {
        assertThat(positions("Greek Foreign Minister Giorgos Gerapetritis arrived in Vienna on Monday.",
                "He also stressed the need for a lasting peace between Armenia and Azerbaijan, and condemned "
                        + "the shelling of the border villages."))
                .contains("Greece | condemn | null | Giorgos Gerapetritis");
    }

    @Test
    void aStanceNamedByANounIsTheStateOfTheAdjectiveBeforeIt() throws IOException {
        assertThat(positions("The border talks were delayed over Brazilian disapproval of Paraguay building the dam.",
                "Growing Turkish opposition to the Greek drilling plan worried investors."))
                .containsExactlyInAnyOrder("Brazil | oppose | Paraguay | null", "Turkey | oppose | Greece | null");
        // Before a verb the adjective is its subject's, no state's word.
        assertThat(positions("Russian troops condemned the ceasefire.")).isEmpty();
    }

    @Test
    void coordinatedGovernmentsHoldTheStanceEachPastAFloatingQuantifier() throws IOException {
        assertThat(positions("Former Chilean President Michelle Bachelet visited Caracas on Monday.",
                "Peruvian and Colombian officials have both expressed disapproval of the decision."))
                .containsExactlyInAnyOrder("Peru | oppose | null | null", "Colombia | oppose | null | null");
    }

    @Test
    void aJudgementInAReportedClauseIsTheSpeakersStateStance() throws IOException {
        assertThat(positions("Norwegian Foreign Minister Espen Barth Eide said the ceasefire was an \"important first step\".",
                "Egyptian Foreign Minister Sameh Shoukry said that any strike on Lebanon's ports would be considered unacceptable.",
                "Swedish Prime Minister Ulf Kristersson said the plan to station Russian missiles in Belarus was a grave mistake."))
                .containsExactlyInAnyOrder("Norway | welcome | null | Espen Barth Eide",
                        "Egypt | reject | Lebanon | Sameh Shoukry", "Sweden | reject | Russia | Ulf Kristersson");
    }

    @Test
    void aVerbOfRegardSaysWhatTheSubjectTakesTheThingFor() throws IOException {
        assertThat(positions("Finnish President Sauli Niinistö views the deployment of Russian troops near the border as a threat."))
                .containsExactly("Finland | concern | Russia | Sauli Niinistö");
    }

    @Test
    void aNegatedOrQuestionedJudgementIsNoStance() throws IOException {
        assertThat(positions("Norwegian Foreign Minister Espen Barth Eide said the missile test was not a threat.",
                "Did Egyptian Foreign Minister Sameh Shoukry say the vote was a mistake?")).isEmpty();
    }

    @Test
    void aVerbOfNamingJudgesWithoutAs() throws IOException {
        assertThat(positions("Georgian President Salome Zourabichvili called the local vote a sham.",
                "Estonian Prime Minister Kaja Kallas calls the Russian drills near Narva a provocation."))
                .containsExactlyInAnyOrder("Georgia | reject | null | Salome Zourabichvili",
                        "Estonia | condemn | Russia | Kaja Kallas");
        // "called on" is another verb: what follows is a call, not a judgement.
        assertThat(positions("Georgian President Salome Zourabichvili called on the parties to avoid a provocation."))
                .containsExactly("Georgia | call_for | null | Salome Zourabichvili");
    }

    @Test
    void aJudgementInsideABeliefReportedIsTheSpeakers() throws IOException {
        assertThat(positions("Irish Foreign Minister Micheál Martin said he believes dialogue with Serbia is the only way "
                + "forward."))
                .containsExactly("Ireland | support | Serbia | Micheál Martin");
    }

    @Test
    void aNameTwoStatesShareIsTheOneTheArticleNames() throws IOException {
        assertThat(positions("Chilean President Gabriel Boric met South Korean President Yoon Suk Yeol in Santiago.",
                "Boric said Chile supports Korea in its bid to host the forum."))
                .containsExactly("Chile | support | South Korea | Gabriel Boric");
        // Both Koreas named: "Korea" is neither; nor is a word of a longer name.
        assertThat(positions("Chilean President Gabriel Boric spoke of South Korea and North Korea.",
                "Boric said Chile supports Korea in its bid to host the forum.",
                "Chile also praised Korea Herald reporters."))
                .containsExactlyInAnyOrder("Chile | support | null | Gabriel Boric", "Chile | praise | null | null");
    }

    @Test
    void aFormerOfficialsDeedAddressesNoState() throws IOException {
        assertThat(positions("Former Chilean President Michelle Bachelet visited Caracas on Monday.",
                "Peruvian officials expressed disapproval of Bachelet's visit."))
                .containsExactly("Peru | oppose | null | null");
        assertThat(positions("Chilean President Gabriel Boric visited Caracas on Monday.",
                "Peruvian officials expressed disapproval of Boric's visit."))
                .containsExactly("Peru | oppose | Chile | null");
    }

    @Test
    void oneBacksAnothersProposalNamedByAPossessive() throws IOException {
        assertThat(positions("Chilean President Gabriel Boric had a telephone conversation with Argentine President Javier Milei.",
                "Milei proposed a joint summit on lithium.",
                "Boric supported his proposal."))
                .containsExactly("Chile | support | Argentina | Gabriel Boric");
        // A noun the speaker asks for: his own proposal, no one else's.
        assertThat(positions("Chilean President Gabriel Boric had a telephone conversation with Argentine President Javier Milei.",
                "Boric sought support for his proposal on lithium."))
                .containsExactly("Chile | support | null | Gabriel Boric");
    }

    @Test
    void itsAfterTheHoldersSupportIsTheStateNamedBeforeTheHolder() throws IOException {
        assertThat(positions("Moldova continues to have Romania's firm support for its bid to join the European Union."))
                .containsExactly("Romania | support | Moldova | null");
    }

    @Test
    void weOutsideQuotationsIsTheTextsVoiceOrTheReportingSubjects() throws IOException {
        assertThat(positions("The following is attributable to Spokesperson Matthew Miller:",
                "Secretary of State Antony J. Blinken spoke today with Romanian Foreign Minister Luminita Odobescu. "
                        + "We stand with the people of Moldova."))
                .containsExactly("United States | support | Moldova | Matthew Miller");
        // A participle after a comma is the sentence subject's, whose "we" it reports.
        assertThat(positions("Secretary of State Antony J. Blinken spoke today with Romanian Foreign Minister Luminita "
                + "Odobescu, emphasizing that we remain committed to a strong partnership with the Government of Moldova."))
                .containsExactly("United States | support | Moldova | Antony Blinken");
        // No voice named, no reporting verb: no one's "we".
        assertThat(positions("Secretary of State Antony J. Blinken spoke today with Romanian Foreign Minister Luminita "
                + "Odobescu. We stand with the people of Moldova.")).isEmpty();
    }

    @Test
    void aTranscriptsTurnsAreItsSpeakersOwnWords() throws IOException {
        assertThat(positions("Peruvian President Dina Boluarte met Chilean President Gabriel Boric in Lima on Monday.",
                "President of Peru Dina Boluarte: Mr President, we support your proposal on lithium. "
                        + "President of Chile Gabriel Boric: Thank you. Of course, the drought in Bolivia is a matter of "
                        + "serious concern for us."))
                .containsExactlyInAnyOrder("Peru | support | Chile | Dina Boluarte", "Chile | concern | Bolivia | Gabriel Boric");
    }

    @Test
    void aJudgementOfWhatWasSaidBeforeIsNoStance() throws IOException {
        assertThat(positions("\"This is a very good first step,\" Chilean President Gabriel Boric said.")).isEmpty();
    }

    @Test
    void aPassiveStanceWithNoAgentIsTheContactsPartiesStatesInParenthesesAside() throws IOException {
        assertThat(positions("Russian President Vladimir Putin had a telephone conversation with French President Emmanuel Macron.",
                "The expediency of a larger role for the mediators (Finland, Norway and Switzerland) was supported."))
                .containsExactlyInAnyOrder("Russia | support | null | Vladimir Putin", "France | support | null | Emmanuel Macron");
    }

    @Test
    void aCallOrSupportForAMeasureOnAStateIsAddressedToIt() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly called for a European arms embargo on Venezuela.",
                "Polish Foreign Minister Zbigniew Rau supported the full implementation of the Ten-Point Plan on Haiti."))
                .containsExactlyInAnyOrder("Canada | call_for | Venezuela | Mélanie Joly", "Poland | support | Haiti | Zbigniew Rau");
        // Support for what should happen somewhere addresses no one.
        assertThat(positions("Polish Foreign Minister Zbigniew Rau supported efforts towards lasting peace in Haiti."))
                .containsExactly("Poland | support | null | Zbigniew Rau");
    }

    @Test
    void aStatesNameWithOtherDiacriticsIsTheState() throws IOException {
        assertThat(positions("Cambodian Prime Minister Hun Manet praised the friendship between Việt Nam and Cambodia."))
                .containsExactly("Cambodia | praise | Vietnam | Hun Manet");
    }

    @Test
    void aRelationTheHolderIsOneSideOfTargetsTheOther() throws IOException {
        assertThat(positions("Canadian Foreign Minister Mélanie Joly praised Canada-Mexico relations.",
                "Polish Foreign Minister Zbigniew Rau praised French-German cooperation."))
                .containsExactlyInAnyOrder("Canada | praise | Mexico | Mélanie Joly", "Poland | praise | null | Zbigniew Rau");
    }

    @Test
    void feelingsExpressedAreStances() throws IOException {
        assertThat(positions("Polish Foreign Minister Zbigniew Rau expressed dismay at the arrests in Belarus.",
                "Canadian Foreign Minister Mélanie Joly expressed indignation at the shelling of Kharkiv by Russia."))
                .containsExactlyInAnyOrder("Poland | concern | Belarus | Zbigniew Rau", "Canada | condemn | Russia | Mélanie Joly");
    }

    @Test
    void aStanceWordThatOnlyDescribesANounIsNoPosition() throws IOException {
        assertThat(positions("Bahrain strongly condemned the Iran-backed militia's drone attack on Saudi Arabia."))
                .containsExactly("Bahrain | condemn | null | null");
        assertThat(positions("The Omani and Qatari foreign ministers discussed bilateral ties and issues of mutual concern."))
                .isEmpty();
    }

    @Test
    void solidarityIsSupportAndAStanceAgainstIsOpposition() throws IOException {
        assertThat(positions("Bahrain's Foreign Ministry expressed the Kingdom of Bahrain's full solidarity with Egypt."))
                .containsExactly("Bahrain | support | Egypt | null");
        assertThat(positions("Oman's Foreign Ministry reaffirmed Oman's firm stance against terrorism in all its forms."))
                .containsExactly("Oman | oppose | null | null");
    }

    @Test
    void theNeedOrNecessityOfSomethingIsACallAfterAVerbOfEmphasisNotAfterADiscussion() throws IOException {
        assertThat(positions("Brazilian President Luiz Inácio Lula da Silva stressed the necessity of a negotiated end to "
                + "the war in Sudan."))
                .containsExactly("Brazil | call_for | Sudan | Luiz Inácio Lula da Silva");
        assertThat(positions("Chilean President Gabriel Boric spoke of the urgent need to protect the Amazon rainforest."))
                .containsExactly("Chile | call_for | null | Gabriel Boric");
        // What two sides discussed is a topic, not a call of either.
        assertThat(positions("Chilean President Gabriel Boric and Brazilian President Luiz Inácio Lula da Silva discussed "
                + "the need for a new railway between the two countries.")).isEmpty();
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfTheMainVerbHoweverFarBefore() throws IOException {
        assertThat(positions("The Chilean Foreign Ministry reiterated its long-standing position on the conflict, calling "
                + "for an immediate ceasefire in Sudan."))
                .containsExactly("Chile | call_for | Sudan | null");
    }

    @Test
    void encouragingSomethingFostersItWhileEncouragingSomeoneToActIsACall() throws IOException {
        assertThat(positions("Chile delayed the report for a year, encouraging rumours about the accident.")).isEmpty();
        assertThat(positions("Chile encouraged investment in the mining sector.")).isEmpty();
        assertThat(positions("Chile encouraged both sides to maintain direct communication."))
                .containsExactly("Chile | call_for | null | null");
        assertThat(positions("Chile encourages taking every step necessary to protect the prisoners."))
                .containsExactly("Chile | call_for | null | null");
    }

    @Test
    void aStancePhraseQuotedInPartIsStillTheStance() throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2021-03-10",
                "Chile's foreign ministry expressed \u201cgrave concern\u201d over the military escalation in Sudan.");
        assertThat(x.facts(Position.class)).singleElement().satisfies(p -> {
            assertThat(p.holder().label()).isEqualTo("Chile");
            assertThat(p.stance()).isEqualTo("concern");
            assertThat(p.about()).isEqualTo("the military escalation in Sudan");
        });
    }

    @Test
    void weInAStatementWithoutQuotationMarksIsTheStateOfThePersonItIsAttributedToAtItsEnd() throws IOException {
        assertThat(positions("BAKU — President of Azerbaijan Ilham Aliyev met President of Romania Klaus Iohannis in Baku on "
                        + "Tuesday.",
                "We have always supported the territorial integrity and sovereignty of countries, said President of "
                        + "Romania Klaus Iohannis as he made a joint press statement with his host.",
                "We strongly condemn the shelling of civilians, Iohannis said."))
                .containsExactlyInAnyOrder("Romania | support | null | Klaus Iohannis", "Romania | condemn | null | Klaus Iohannis");
    }

    @Test
    void aPossessorIsNoVerbsSubjectButHoldsANounsStance() throws IOException {
        assertThat(positions("Former US President Jimmy Carter arrived in Damascus on Monday.",
                "Israel, citing a member of Carter's delegation, denied the visit."))
                .containsExactly("Israel | deny | null | null");
        assertThat(positions("German Chancellor Angela Merkel arrived in Tbilisi on Sunday.",
                "Merkel's statement of support for Georgia's NATO membership was one of the strongest yet."))
                .containsExactly("Germany | support | Georgia | Angela Merkel");
    }

    @Test
    void aVerbCoordinatedAfterItsAuxiliaryOrAnAdverbSharesTheFirstVerbsSubject() throws IOException {
        // The parse conjoins "has called" to "the shelling", the object before it; it is still the first verb's conjunct.
        assertThat(positions("Norway's foreign ministry denounced the shelling and has called for an inquiry."))
                .containsExactlyInAnyOrder("Norway | condemn | null | null", "Norway | call_for | null | null");
        assertThat(positions("Chile condemned the coup and has also urged Peru to release the detained ministers."))
                .containsExactlyInAnyOrder("Chile | condemn | null | null", "Chile | call_for | Peru | null");
    }

    @Test
    void aStanceNounCoordinatedWithItsOwnPossessiveIsTheSameHolders() throws IOException {
        assertThat(positions("Qatar reaffirmed its firm denunciation of the bombing, and its total rejection of "
                + "attacks on hospitals."))
                .containsExactlyInAnyOrder("Qatar | condemn | null | null", "Qatar | reject | null | null");
        // A possessive of another's after "and" is not the holder's: "and their leaders' rejection of".
        assertThat(positions("Qatar reaffirmed its firm denunciation of the bombing, and the rebels' rejection of "
                + "the truce.")).containsExactly("Qatar | condemn | null | null");
    }

    @Test
    void theHeadOfStateSaidBareIsThePresidentOrMonarchNamedBefore() throws IOException {
        assertThat(positions("Uzbek President Shavkat Mirziyoyev received the ambassador of Japan.",
                "The Head of State praised Japan's investments in the Fergana valley."))
                .containsExactly("Uzbekistan | praise | Japan | Shavkat Mirziyoyev");
    }

    @Test
    void aTimeBetweenTheVerbAndItsObjectLeavesTheObjectTheTarget() throws IOException {
        assertThat(positions("Venezuelan Foreign Minister Yván Gil rejected on Tuesday the remarks of Colombia about the border."))
                .containsExactly("Venezuela | reject | Colombia | Yván Gil");
        assertThat(positions("Venezuelan Foreign Minister Yván Gil rejected yesterday the remarks of Colombia about the border."))
                .containsExactly("Venezuela | reject | Colombia | Yván Gil");
    }

    @Test
    void wordsFromATitledPersonAddressThatPersonsState() throws IOException {
        assertThat(positions("Venezuelan Foreign Minister Yván Gil rejected statements from the Brazilian Foreign Minister, "
                + "Mauro Vieira, on the election."))
                .containsExactly("Venezuela | reject | Brazil | Yván Gil");
        // Words from a place or a body name no one.
        assertThat(positions("Venezuelan Foreign Minister Yván Gil rejected statements from the opposition about the election."))
                .containsExactly("Venezuela | reject | null | Yván Gil");
    }
}
