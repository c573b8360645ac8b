package diplograph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependenciesTest {

    // "Putin received Pence ." and "They met ." as one article: 0 <- 1 -> 2, 1 -> 3; 5 -> 4, 5 -> 6
    private static Dependencies twoSentences() {
        return new Dependencies(new int[] {1, -1, 1, 1, 5, -1, 5},
                new String[] {"nsubj", "root", "obj", "punct", "nsubj", "root", "punct"});
    }

    @Test
    void answersWhatARuleAsks() {
        Dependencies d = twoSentences();
        assertThat(d.size()).isEqualTo(7);
        assertThat(d.head(0)).isEqualTo(1);
        assertThat(d.head(1)).isEqualTo(-1);
        assertThat(d.relation(2)).isEqualTo("obj");
        assertThat(d.children(1)).containsExactly(0, 2, 3);
        assertThat(d.children(0)).isEmpty();
        assertThat(d.subtree(1)).isEqualTo(new TokenSpan(0, 4));
        assertThat(d.subtree(2)).isEqualTo(new TokenSpan(2, 3));
        assertThat(d.subtree(5)).isEqualTo(new TokenSpan(4, 7));
        assertThat(d.dominates(1, 2)).isTrue();
        assertThat(d.dominates(2, 1)).isFalse();
        assertThat(new Dependencies(new int[] {-1, 0}, new String[] {"root", "nsubj:pass"}).baseRelation(1)).isEqualTo("nsubj");
    }

    @Test
    void copiesItsArraysAndComparesByContent() {
        int[] heads = {1, -1};
        String[] relations = {"nsubj", "root"};
        Dependencies d = new Dependencies(heads, relations);
        heads[0] = -1;
        relations[0] = "dep";
        d.heads()[0] = -1;
        assertThat(d.head(0)).isEqualTo(1);
        assertThat(d.relation(0)).isEqualTo("nsubj");
        Dependencies same = new Dependencies(new int[] {1, -1}, new String[] {"nsubj", "root"});
        assertThat(d).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(d).isNotEqualTo(new Dependencies(new int[] {1, -1}, new String[] {"obj", "root"}));
    }

    @Test
    void rejectsWhatIsNoTree() {
        assertThatThrownBy(() -> new Dependencies(new int[] {1, 0}, new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ancestor");
        assertThatThrownBy(() -> new Dependencies(new int[] {0}, new String[] {"a"})).hasMessageContaining("head");
        assertThatThrownBy(() -> new Dependencies(new int[] {5}, new String[] {"a"})).hasMessageContaining("head");
        assertThatThrownBy(() -> new Dependencies(new int[] {-1}, new String[] {" "})).hasMessageContaining("relation");
        assertThatThrownBy(() -> new Dependencies(new int[] {-1}, new String[] {"a", "b"})).hasMessageContaining("relations");
    }

    @Test
    void unparsedMakesEveryTokenItsOwnRoot() {
        Dependencies d = Dependencies.unparsed(3);
        assertThat(d.heads()).containsExactly(-1, -1, -1);
        assertThat(d.relations()).containsOnly(Dependencies.UNPARSED);
    }

    @Test
    void anArticleKeepsEachHeadInsideItsSentence() {
        String text = "Putin received Pence. They met.";
        Article a = new Article("a", text, LocalDate.of(2025, 1, 1), null, null, null,
                List.of(new Block(Block.BlockKind.PARAGRAPH, new CharSpan(0, text.length()))), "test");
        List<Token> tokens = List.of(token(0, 5, text), token(6, 14, text), token(15, 20, text), token(20, 21, text),
                token(22, 26, text), token(27, 30, text), token(30, 31, text));
        List<Sentence> sentences = List.of(new Sentence(0, new CharSpan(0, 21), new TokenSpan(0, 4), 0),
                new Sentence(1, new CharSpan(22, 31), new TokenSpan(4, 7), 0));
        assertThat(new AnalysedArticle(a, sentences, tokens, twoSentences()).dependencies().head(2)).isEqualTo(1);
        assertThat(new AnalysedArticle(a, sentences, tokens).dependencies()).isEqualTo(Dependencies.unparsed(7));
        Dependencies across = new Dependencies(new int[] {1, -1, 1, 1, 1, -1, 5},
                new String[] {"nsubj", "root", "obj", "punct", "nsubj", "root", "punct"});
        assertThatThrownBy(() -> new AnalysedArticle(a, sentences, tokens, across)).hasMessageContaining("outside sentence 1");
        assertThatThrownBy(() -> new AnalysedArticle(a, sentences, tokens, Dependencies.unparsed(3))).hasMessageContaining("parsed");
    }

    private static Token token(int from, int to, String text) {
        return new Token(new CharSpan(from, to), text.substring(from, to), "X");
    }
}
