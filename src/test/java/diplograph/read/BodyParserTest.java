package diplograph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import diplograph.model.Article;
import diplograph.model.Block;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BodyParserTest {

    private static Article parse(String text) throws InputProblem {
        return BodyParser.parse("x", text, null, null, null, "x.txt");
    }

    @Test
    void readsDateDatelineParagraphsAndHeadingsWithExactOffsets() throws InputProblem {
        String text = " date 2025-06-07 TEHRAN – First paragraph here.\n\n‘A heading in quotes’\n\nSecond one.\n";
        Article a = parse(text);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(a.dateline()).isEqualTo("TEHRAN");
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.blocks()).extracting(Block::kind)
                .containsExactly(Block.BlockKind.PARAGRAPH, Block.BlockKind.HEADING, Block.BlockKind.PARAGRAPH);
        assertThat(a.blocks()).extracting(b -> b.span().coveredText(text))
                .containsExactly("First paragraph here.", "‘A heading in quotes’", "Second one.");
    }

    @Test
    void datelineWithAgencyAndNoDate() throws InputProblem {
        Article a = parse("NEW DELHI (Reuters) - India and Japan met.\n");
        assertThat(a.published()).isNull();
        assertThat(a.dateline()).isEqualTo("NEW DELHI");
        assertThat(a.blocks()).hasSize(1);
    }

    @Test
    void datelinesOfNewsAgenciesWithRegionDayAndAgency() throws InputProblem {
        // The body starts after the dateline, which names the city alone.
        String[][] cases = {
                {"DUBAI, United Arab Emirates — Emirates Airline finalized a deal.", "DUBAI"},
                {"BEIJING, Dec. 5 (Xinhua) -- Chinese President Xi Jinping met Kazakh President Tokayev.", "BEIJING"},
                {"KUWAIT, Dec 5 (KUNA) -- The Foreign Minister received a phone call.", "KUWAIT"},
                {"ABU DHABI, 5th December, 2023 (WAM) -- The President received the Prime Minister.", "ABU DHABI"},
                {"NEW DELHI, December 5 (PTI) - The External Affairs Minister held talks.", "NEW DELHI"},
                {"MOSCOW, December 5. /TASS/. The Foreign Minister held talks with his counterpart.", "MOSCOW"},
                {"HANOI, Vietnam (AP) — The Defense Secretary met his counterpart.", "HANOI"},
                {"Tokyo, Aug. 18 (Jiji Press)--The Chief Cabinet Secretary expressed regret.", "Tokyo"},
                {"Abu Dhabi, March 30, 2021, SPA -- The United Arab Emirates condemned the attack.", "Abu Dhabi"},
                {"ASTANA. KAZINFORM – The President received the ambassadors.", "ASTANA"},
                {"ISLAMABAD: The Foreign Office condemned the attack.", "ISLAMABAD"},
                {"Doha, Qatar: The Amir met the Secretary of State.", "Doha"},
                {"Baku, March 12, AZERTAC\n\nThe President received a delegation.", "Baku"},
                {"BONN, Germany, Feb. 17, Kyodo\n\nThe Secretary of State held talks.", "BONN"},
                {"IRBID —Hawar— The King received the Foreign Minister.", "IRBID"},
                {"Madrid, Mar 4 (EFE).- The Foreign Minister received his counterpart.", "Madrid"},
        };
        for (String[] c : cases) {
            Article a = parse(c[0]);
            assertThat(a.dateline()).as(c[0]).isEqualTo(c[1]);
            String body = a.blocks().get(0).span().coveredText(a.text());
            assertThat(body).as(c[0]).doesNotContain(c[1]).matches("(The|Emirates|Chinese) .*");
        }
    }

    @Test
    void aCityInCapitalsOnALineOfItsOwnIsTheDateline() throws InputProblem {
        String text = "Greece protests Albanian statement\n\nATHENS\n\nThe foreign ministry condemned the statement.\n";
        Article a = parse(text);
        assertThat(a.dateline()).isEqualTo("ATHENS");
        assertThat(a.blocks()).extracting(b -> b.span().coveredText(text))
                .containsExactly("Greece protests Albanian statement", "The foreign ministry condemned the statement.");
        // A capitalised word that is not all capitals is a heading, not a dateline.
        assertThat(parse("Athens\n\nThe foreign ministry condemned the statement.\n").dateline()).isNull();
    }

    @Test
    void aDatelineAfterTheHeadlineOpensTheFirstParagraph() throws InputProblem {
        String text = "Korea calls for talks\n\nSEOUL, Aug. 10 (Yonhap) -- The foreign ministry urged talks.\n";
        Article a = parse(text);
        assertThat(a.dateline()).isEqualTo("SEOUL");
        assertThat(a.title()).isEqualTo("Korea calls for talks");
        assertThat(a.blocks()).extracting(b -> b.span().coveredText(text))
                .containsExactly("Korea calls for talks", "The foreign ministry urged talks.");
        assertThat(parse("Baku surprised by the reply\n\nBAKU. Feb 16 (Interfax) - The ministry said so.\n").dateline())
                .isEqualTo("BAKU");
    }

    @Test
    void aLabelOrAHeadingIsNoDateline() throws InputProblem {
        // A colon after a capitalised word, or a heading line, needs capitals, a region or a day.
        assertThat(parse("Remarks: The Minister spoke first.").dateline()).isNull();
        assertThat(parse("Joint Statement, Rome\n\nThe two sides met.").dateline()).isNull();
        assertThat(parse("The visit, in May – a first – went well.").dateline()).isNull();
    }

    @Test
    void noDatelineKeepsTheFirstWords() throws InputProblem {
        Article a = parse("The ministers met in Paris on Monday.");
        assertThat(a.dateline()).isNull();
        assertThat(a.blocks().get(0).span().coveredText(a.text())).startsWith("The ministers");
    }

    @Test
    void crlfLineEndsSeparateParagraphs() throws InputProblem {
        Article a = parse("date 2025-01-02 One.\r\n\r\nTwo.\r\n");
        assertThat(a.blocks()).extracting(b -> b.span().coveredText(a.text())).containsExactly("One.", "Two.");
    }

    @Test
    void aDateThatDoesNotExistIsRejected() {
        assertThatThrownBy(() -> parse("date 2025-02-30 Text."))
                .isInstanceOf(InputProblem.class).hasMessageContaining("2025-02-30");
    }

    @Test
    void blankTextIsRejected() {
        assertThatThrownBy(() -> parse(" \n\t\n")).isInstanceOf(InputProblem.class)
                .extracting(e -> ((InputProblem) e).reason()).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void headingsAreShortSingleLinesWithoutFinalPunctuation() {
        assertThat(BodyParser.isHeading("Kazakhstan hails Iran as key regional partner")).isTrue();
        assertThat(BodyParser.isHeading("“We fully support you,” he said.")).isFalse();
        assertThat(BodyParser.isHeading("Short sentence.")).isFalse();
        // A left-to-right mark after the colon that ends a line does not make it a heading.
        assertThat(BodyParser.isHeading("The below is attributable to the spokesperson:\u200e")).isFalse();
    }
}
