package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Extraction;
import diplograph.model.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How news agencies and newspapers attribute quotations, on short articles written for this test
 * (other persons and words than any development article): the speaker after the quotation with a
 * courtesy title or an apposition, a speaker the article names only there, introductions without a
 * colon ("said, “…”", "noted that “…”", "saying, “…”"), a colon after any verb, quoted phrases inside
 * the speech verb's clause, and the guards: a quotation is not given to the name that opens the next
 * paragraph, quoted names are not quotations.
 */
class NewsQuotesTest {

    @TempDir
    Path tmp;

    private List<String> quotes(String... paragraphs) throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2019-10-02", paragraphs);
        return x.facts(Quote.class).stream().map(q -> q.speaker().label() + " | " + q.text()).toList();
    }

    @Test
    void aSpeakerAfterTheQuotationWithACourtesyTitle() throws IOException {
        assertThat(quotes("Dutch Prime Minister Mark Rutte met Belgian Prime Minister Charles Michel in Brussels on Tuesday.",
                "“We agreed on the next steps for the border region,” said Mr. Rutte."))
                .containsExactly("Mark Rutte | We agreed on the next steps for the border region,");
    }

    @Test
    void aMalaysianGoesByTheGivenNameBehindTheFederalTitle() throws IOException {
        // "Datuk Seri" is a courtesy title, not part of the name; a Malay name's first word is the one a person goes by.
        assertThat(quotes("Malaysian Foreign Minister Datuk Seri Ahmad Kamal Hisham met Thai Foreign Minister Somsak "
                        + "Charoenrat in Bangkok on Monday.",
                "“We agreed to reopen the border crossings before the new year,” said Ahmad."))
                .containsExactly("Ahmad Kamal Hisham | We agreed to reopen the border crossings before the new year,");
    }

    @Test
    void anOutletThatQuotesWithSingleMarks() throws IOException {
        assertThat(quotes("Cuban Foreign Minister Bruno Rodríguez met Mexican Foreign Minister Marcelo Ebrard in Havana on Monday.",
                "‘The blockade is the main cause of the country’s shortages’, Rodríguez wrote.",
                "The ministers’ talks covered trade."))
                .containsExactly("Bruno Rodríguez Parrilla | The blockade is the main cause of the country’s shortages");
    }

    @Test
    void aQuotationRunningOverParagraphsIsTheSpeakerOfItsLastParagraph() throws IOException {
        assertThat(quotes("Malaysian Foreign Minister Datuk Seri Ahmad Kamal Hisham met Thai Foreign Minister Somsak "
                        + "Charoenrat in Bangkok on Monday.",
                "“We talked about trade, fisheries and the security of the border districts.",
                "“We also agreed to meet again in Penang before the end of the year,” Ahmad said."))
                .containsExactly("Ahmad Kamal Hisham | We talked about trade, fisheries and the security of the border districts.",
                        "Ahmad Kamal Hisham | We also agreed to meet again in Penang before the end of the year,");
        // A quotation closed in its paragraph runs on into nothing.
        assertThat(quotes("“We talked about trade, fisheries and the security of the border districts,” a Thai official said.",
                "“We also agreed to meet again in Penang before the end of the year,” Somsak Charoenrat said."))
                .containsExactly("Somsak Charoenrat | We also agreed to meet again in Penang before the end of the year,");
    }

    @Test
    void aSpeakerTheArticleNamesOnlyAsTheOneWhoQuotes() throws IOException {
        assertThat(quotes("“The border talks will take years, not months,” Henrik Sundqvist, a researcher at the Nordic "
                        + "Institute, said on Monday.",
                "“Nobody expects a quick result,” said Maria Lindholm of Uppsala University."))
                .containsExactly("Henrik Sundqvist | The border talks will take years, not months,",
                        "Maria Lindholm | Nobody expects a quick result,");
    }

    @Test
    void aTitledSpeakerInAppositionAfterTheQuotation() throws IOException {
        assertThat(quotes("“We expect a calm and orderly vote,” Tomás Ferreira, the Angolan foreign minister, said.",
                "“The observers arrive on Monday,” Aline Mbeki, the SADC executive secretary, said on Friday."))
                .containsExactly("Tomás Ferreira | We expect a calm and orderly vote,",
                        "Aline Mbeki | The observers arrive on Monday,");
    }

    @Test
    void aNameSetOffAfterADescriptionOpeningTheSentenceIsAPersonWhoSpeaksLater() throws IOException {
        assertThat(quotes("Latvian Foreign Minister Rihards Kols spoke in Riga on Monday.",
                "The head of the Baltic Security Institute in Tallinn, Marta Ozola, warns that the talks will fail.",
                "“Neither side believes the other's promises,” she said."))
                .containsExactly("Marta Ozola | Neither side believes the other's promises,");
    }

    @Test
    void aPersonWhoseReportedSpeechComesFirstSpeaksTheQuotationAfter() throws IOException {
        // Reported speech ("said that …") names the speaker: a person without a title, set off by a
        // long apposition, whom the quotation's pronoun then refers to, not the minister before.
        assertThat(quotes("Jordanian Foreign Minister Karim Nasser visited Beirut on Sunday.",
                "Laila Haddad, a senior fellow at the Amman Institute for Regional Security and Development Studies "
                        + "in Jordan, said that the visit had changed little. “Both sides are still waiting for the other "
                        + "to move,” she added."))
                .containsExactly("Laila Haddad | Both sides are still waiting for the other to move,");
    }

    @Test
    void aNameAfterAccordingToAndADescriptionIsThePersonWhoSpeaksLater() throws IOException {
        assertThat(quotes("Azerbaijani Foreign Minister Rauf Guliyev met his Georgian counterpart in Tbilisi on Monday.",
                "Relations remain tense, according to the Director of the Caspian Policy Centre in Baku, Farid Aliyev. "
                        + "“Neither capital wants to blink first,” he said."))
                .containsExactly("Farid Aliyev | Neither capital wants to blink first,");
    }

    @Test
    void verbsOfRejoinderAndSummaryIntroduceQuotations() throws IOException {
        assertThat(quotes("Chilean Foreign Minister Tomás Vidal spoke after the talks in Lima on Monday.",
                "He summarized, “Both delegations want the corridor open by spring.”",
                "Asked about the figures, Peruvian President Ana Ruiz countered that “the numbers predate the reform.”"))
                .containsExactly("Tomás Vidal | Both delegations want the corridor open by spring.",
                        "Ana Ruiz | the numbers predate the reform.");
    }

    @Test
    void aPronounAfterAQuotationIsNotThePersonTheQuotationSpeaksOf() throws IOException {
        // The sentence before opens with Boric; the quotation speaks of him, so "he" is Petro.
        assertThat(quotes("Chilean President Gabriel Boric and Colombian President Gustavo Petro met in Santiago on Monday.",
                "At the dinner, Boric accused Petro of breaking his word, which Petro denied. “Boric's claims are "
                        + "simply false,” he said."))
                .containsExactly("Gustavo Petro | Boric's claims are simply false,");
    }

    @Test
    void aPronounAfterAnAgentPhraseIsTheSubjectOfTheSentenceBefore() throws IOException {
        assertThat(quotes("Bolivian President Luis Arce spoke at Oxford University on Thursday.",
                "Arce defended his government's record on the economy. When pressed by Senator Helen Shaw on "
                        + "inflation he answered that “prices have risen less here than anywhere in the region.”"))
                .containsExactly("Luis Arce | prices have risen less here than anywhere in the region.");
    }

    @Test
    void aNameBeforeItsVerbIsNoAppositionOfATitleAfterAPreposition() throws IOException {
        Extraction x = WrittenArticle.extract(tmp, "2019-10-02",
                "NATO Secretary General Mark Rutte visited Ankara on Wednesday and met Foreign Minister Hakan Fidan.",
                "Speaking at a joint press conference with the Secretary General, Fidan said the talks went well. "
                        + "“We are asking for fairness,” he said.");
        assertThat(x.facts(Quote.class)).extracting(q -> q.speaker().label() + " | " + q.text())
                .containsExactly("Hakan Fidan | We are asking for fairness,");
        // Fidan is not "the Secretary General": the title is the object of "with".
        assertThat(x.facts(diplograph.model.OfficeHolding.class)).extracting(h -> h.person().label() + " | " + h.office().label())
                .doesNotContain("Hakan Fidan | Secretary-General");
    }

    @Test
    void aChineseOrKoreanNameGoesByItsFirstWord() throws IOException {
        assertThat(quotes("Chinese Foreign Ministry spokeswoman Hua Chunying briefed reporters in Beijing on Tuesday.",
                "“Both sides showed the will to settle the matter,” said Hua.",
                "South Korean Foreign Minister Park Jin met her in Seoul a day later. “We agreed to talk again soon,” "
                        + "Park told reporters."))
                .containsExactly("Hua Chunying | Both sides showed the will to settle the matter,",
                        "Park Jin | We agreed to talk again soon,");
        // Named without a title, the reference says whose name it is (Wang Yi, of China).
        assertThat(quotes("Wang Yi arrived in Jakarta on Monday.", "“We welcome the agreement,” Wang told reporters."))
                .containsExactly("Wang Yi | We welcome the agreement,");
    }

    @Test
    void aSpeakerAfterTheVerbWithAPossessiveDescriptor() throws IOException {
        assertThat(quotes("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan on Monday.",
                "\"We hope the talks go on in the same spirit,\" said prime minister's spokesman Pavlos Marinakis."))
                .containsExactly("Pavlos Marinakis | We hope the talks go on in the same spirit,");
    }

    @Test
    void aWholeSentenceQuotedWithItsCommaOutsideTheMarks() throws IOException {
        assertThat(quotes("Fatah declared an end to the ceasefire on Friday.",
                "\"The ceasefire is over\", said Fatah official Jibril Rajoub, after talks with other factions."))
                .containsExactly("Jibril Rajoub | The ceasefire is over");
    }

    @Test
    void aSurnameWrittenWithoutItsDiacriticsIsTheSamePerson() throws IOException {
        // Outlets drop accents: "Pérez" in the lead, "Perez" later, in the same article.
        assertThat(quotes("Peruvian Foreign Minister Javier González-Olaechea met Chilean Foreign Minister Alberto van "
                        + "Klaveren in Lima on Monday.",
                "Gonzalez-Olaechea defended the agreement by saying, “Both countries gain from an open border.”"))
                .containsExactly("Javier González-Olaechea | Both countries gain from an open border.");
    }

    @Test
    void aQuotationAfterASentenceAboutOnePersonIsThatPersonsWords() throws IOException {
        assertThat(quotes("Kenyan President William Ruto spoke at the African Union summit in Addis Ababa on Sunday.",
                "Ruto questioned the lending rules of the big banks. “Our countries pay more for credit than anyone "
                        + "else in the world.”",
                "Ruto met Ethiopian Prime Minister Abiy Ahmed after the session. “The talks went well.”"))
                // The last sentence before a quotation names two persons: whose words it holds is not said.
                .containsExactly("William Ruto | Our countries pay more for credit than anyone else in the world.");
    }

    @Test
    void introductionsWithoutAColon() throws IOException {
        assertThat(quotes("Irish Foreign Minister Simon Coveney met British Foreign Secretary Dominic Raab in Dublin.",
                "Coveney also noted that “the backstop is not a threat to anyone.”",
                "Raab ended the news conference, saying, “We will keep talking until there is a deal.”"))
                .containsExactly("Simon Coveney | the backstop is not a threat to anyone.",
                        "Dominic Raab | We will keep talking until there is a deal.");
    }

    @Test
    void aColonAfterAnyVerbIntroducesTheWordsOfTheOnePersonBeforeIt() throws IOException {
        assertThat(quotes("Canadian Prime Minister Justin Trudeau welcomed the deal: “This is a good day for workers on both "
                + "sides of the border.”"))
                .containsExactly("Justin Trudeau | This is a good day for workers on both sides of the border.");
    }

    @Test
    void quotedPhrasesInsideTheSpeechVerbsClause() throws IOException {
        assertThat(quotes("Mexican Foreign Minister Marcelo Ebrard told reporters that the negotiations \"remain on track\" "
                + "and that both teams were \"working day and night\"."))
                .containsExactly("Marcelo Ebrard | remain on track", "Marcelo Ebrard | working day and night");
    }

    @Test
    void aQuotationIsNotGivenToTheNameThatOpensTheNextParagraph() throws IOException {
        assertThat(quotes("Portuguese Foreign Minister Augusto Santos Silva said on Monday: “We will not accept a hard border "
                        + "in Europe.”",
                "Spanish Foreign Minister Josep Borrell told the Senate that talks would resume."))
                .containsExactly("Augusto Santos Silva | We will not accept a hard border in Europe.");
    }

    @Test
    void quotedNamesAndTermsAreNotQuotations() throws IOException {
        assertThat(quotes("Indian Prime Minister Narendra Modi said the “Act East Policy” and the “Make in India” campaign "
                + "were central to the talks.")).isEmpty();
    }

    @Test
    void aQuotedPostIsItsAuthorsWords() throws IOException {
        assertThat(quotes("Lithuanian Foreign Minister Gabrielius Landsbergis wrote on X: “Our support for Ukraine will not "
                + "waver.”")).containsExactly("Gabrielius Landsbergis | Our support for Ukraine will not waver.");
    }

    @Test
    void theSubjectBeforeAnAppositionAndTheSpeakerAfterADescription() throws IOException {
        assertThat(quotes("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Tuesday.",
                "Ruto, who chairs the regional bloc this year, told reporters, “The border will stay open to trade.”",
                "“We expect the customs posts to merge by June,” said trade ministry spokesman Joseph Kamau."))
                .containsExactly("William Ruto | The border will stay open to trade.",
                        "Joseph Kamau | We expect the customs posts to merge by June,");
    }

    @Test
    void aQuotationAccordingToItsSpeaker() throws IOException {
        assertThat(quotes("Belgian Prime Minister Charles Michel met Dutch Prime Minister Mark Rutte in Brussels.",
                "The border deal “will be signed before the summer,” according to Michel."))
                .containsExactly("Charles Michel | will be signed before the summer,");
    }

    @Test
    void wordsQuotedAsSomeonesAreTheirsNotTheReportersOrTheOutlets() throws IOException {
        assertThat(quotes("Dutch Prime Minister Mark Rutte met Belgian Prime Minister Charles Michel in Brussels on Tuesday.",
                "“We will open the new rail link next spring,” the state news agency quoted Rutte as saying.",
                "“The border region gains most from it,” a government spokesman quoted Michel as saying."))
                .containsExactly("Mark Rutte | We will open the new rail link next spring,",
                        "Charles Michel | The border region gains most from it,");
    }

    @Test
    void aNameWhoseFirstWordOpensOnlyFamilyFirstNamesGoesByThatWord() throws IOException {
        // No state says whose the spokeswoman is; "Hua" opens only names written family name first
        // in the reference (Chinese officials'), so "Hua" alone is her.
        assertThat(quotes("“We condemn the attack on the mission,” spokeswoman Hua Lingxiu said at a press conference.",
                "“We will work with the international community against terrorism,” Hua said."))
                .containsExactly("Hua Lingxiu | We condemn the attack on the mission,",
                        "Hua Lingxiu | We will work with the international community against terrorism,");
        // "Mark" opens other names too: not a family name, and not her or him alone.
        assertThat(quotes("“We condemn the attack on the mission,” spokesman Mark Lindqvist said at a press conference.",
                "“We will work with the international community against terrorism,” Mark said."))
                .containsExactly("Mark Lindqvist | We condemn the attack on the mission,");
    }

    @Test
    void aSurnameAsTheArticleSpellsItWhereTheReferenceSpellsItOtherwise() throws IOException {
        // The reference writes "Volodymyr Zelenskyy"; the article "Zelensky".
        assertThat(quotes("Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Lviv on Tuesday.",
                "“Our borders must stay open for grain,” Zelensky said."))
                .containsExactly("Volodymyr Zelenskyy | Our borders must stay open for grain,");
    }

    @Test
    void aQuotedPhraseAccordingToAPerson() throws IOException {
        assertThat(quotes("Dutch Prime Minister Mark Rutte met Belgian Prime Minister Charles Michel in Brussels on Tuesday.",
                "But, according to Michel, there had been \u201cno real progress on the border\u201d since the spring."))
                .containsExactly("Charles Michel | no real progress on the border");
    }
}
