package diplograph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled Wikidata officials reference, looked up by name. */
class OfficialsByNameTest {

    private static Officials officials;

    @BeforeAll
    static void load() {
        officials = Lexicon.load().officials();
    }

    @Test
    void aFullNameWithAMiddleInitialFindsTheOfficial() {
        assertThat(officials.named("Antony J. Blinken")).extracting(Official::qid).containsExactly("Q7821917");
        assertThat(officials.named("Antony Blinken")).extracting(Official::qid).containsExactly("Q7821917");
    }

    @Test
    void otherSpellingsFindTheSameOfficial() {
        assertThat(officials.named("Volodymyr Zelensky")).extracting(Official::name).containsExactly("Volodymyr Zelenskyy");
        assertThat(officials.named("Sergei Lavrov")).extracting(Official::name).containsExactly("Sergey Lavrov");
        assertThat(officials.named("Mevlut Cavusoglu")).extracting(Official::name).containsExactly("Mevlüt Çavuşoğlu");
    }

    @Test
    void oneWordNeverMatches() {
        assertThat(officials.named("Blinken")).isEmpty();
        assertThat(officials.named("Putin")).isEmpty();
        assertThat(officials.named("J. Blinken")).isEmpty();
    }

    @Test
    void anOpenTermEndsWhereAnotherOfficialsTermOfTheOfficeBegins() {
        Lexicon lexicon = Lexicon.load();
        var office = lexicon.title("Minister of Foreign Affairs").office();
        var spain = lexicon.states().get("es");
        // Wikidata gives Carlos Westendorp's term from 1995 no end; later ministers' terms began after it.
        assertThat(officials.holders(office, spain, java.time.LocalDate.of(1996, 2, 1), lexicon))
                .extracting(Official::name).contains("Carlos Westendorp");
        assertThat(officials.holders(office, spain, java.time.LocalDate.of(2025, 9, 24), lexicon))
                .extracting(Official::name).doesNotContain("Carlos Westendorp")
                .contains("José Manuel Albares Bueno");
    }

    @Test
    void aNameTheReferenceDoesNotKnowFindsNothing() {
        assertThat(officials.named("Harold Kowalczyk")).isEmpty();
    }
}
