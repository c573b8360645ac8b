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
    void aNameTheReferenceDoesNotKnowFindsNothing() {
        assertThat(officials.named("Harold Kowalczyk")).isEmpty();
    }
}
