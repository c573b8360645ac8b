package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The transition system, its oracle and the tree lifting, on the tiny treebank sample. */
class ArcHybridOracleTest {

    private static final List<TreebankSentence> SAMPLE = ConlluReader.read(Path.of("src/test/resources/parser/tiny-ud-train.conllu"));

    private static List<String> labels() {
        TreeSet<String> labels = new TreeSet<>();
        SAMPLE.forEach(s -> labels.addAll(Arrays.asList(s.relations())));
        return List.copyOf(labels);
    }

    @Test
    void followingTheOracleBuildsTheGoldTreeOfEveryProjectiveSentence() {
        List<String> labels = labels();
        int root = labels.indexOf("root");
        for (TreebankSentence s : SAMPLE) {
            int[] heads = Projectiviser.lift(s.heads());
            assertThat(Projectiviser.isProjective(heads)).isTrue();
            ArcHybridState state = run(s, heads, labels, root, new Random(0), 0);
            for (int i = 0; i < s.size(); i++) {
                assertThat(state.heads[i] == s.size() ? -1 : state.heads[i]).as("head of word %d", i).isEqualTo(heads[i]);
                assertThat(labels.get(state.arcLabels[i])).isEqualTo(s.relations()[i]);
            }
        }
    }

    @Test
    void anyTransitionsGiveOneProjectiveTreeWithOneRoot() {
        List<String> labels = labels();
        int root = labels.indexOf("root");
        Random random = new Random(7);
        for (TreebankSentence s : SAMPLE) {
            ArcHybridState state = run(s, Projectiviser.lift(s.heads()), labels, root, random, 1);
            int[] heads = new int[s.size()];
            int roots = 0;
            for (int i = 0; i < s.size(); i++) {
                heads[i] = state.heads[i] == s.size() ? -1 : state.heads[i];
                roots += heads[i] < 0 ? 1 : 0;
            }
            assertThat(roots).isEqualTo(1);
            assertThat(Projectiviser.isProjective(heads)).isTrue();
            assertThat(new diplograph.model.Dependencies(heads, s.relations()).size()).isEqualTo(s.size());
        }
    }

    /** Runs a sentence to the end, taking the oracle's cheapest transition or, with probability {@code chaos}, any legal one. */
    private static ArcHybridState run(TreebankSentence s, int[] heads, List<String> labels, int root, Random random, double chaos) {
        int n = s.size();
        int[] gold = new int[n];
        int[] goldLabels = new int[n];
        for (int i = 0; i < n; i++) {
            gold[i] = heads[i] < 0 ? n : heads[i];
            goldLabels[i] = labels.indexOf(s.relations()[i]);
        }
        DynamicOracle oracle = new DynamicOracle(gold, goldLabels);
        ArcHybridState state = new ArcHybridState(n, labels.size(), root);
        boolean[] legal = new boolean[state.transitions()];
        int[] costs = new int[state.transitions()];
        while (!state.isTerminal()) {
            state.legal(legal);
            int min = oracle.costs(state, legal, costs);
            List<Integer> choices = new ArrayList<>();
            for (int t = 0; t < legal.length; t++) {
                if (legal[t] && (random.nextDouble() < chaos || costs[t] == min)) {
                    choices.add(t);
                }
            }
            if (chaos == 0) {
                assertThat(min).isZero();
            }
            state.apply(choices.get(random.nextInt(choices.size())));
        }
        return state;
    }

    @Test
    void liftingMakesACrossingArcProjective() {
        // "A hearing is scheduled on the issue today": "issue" (6) hangs from "hearing" (1) across "is scheduled"
        int[] heads = {1, 3, 3, -1, 6, 6, 1, 3};
        int[] copy = heads.clone();
        assertThat(Projectiviser.isProjective(heads)).isFalse();
        int[] lifted = Projectiviser.lift(heads);
        assertThat(Projectiviser.isProjective(lifted)).isTrue();
        assertThat(lifted[6]).isEqualTo(3);
        assertThat(heads).containsExactly(copy);
        int[] projective = {1, -1, 1};
        assertThat(Projectiviser.lift(projective)).isSameAs(projective);
    }

    @Test
    void readerKeepsWordLinesAndSurfaceTokens() {
        TreebankSentence s = ConlluReader.read(Path.of("src/test/resources/parser/tiny-ud-train.conllu")).stream()
                .filter(t -> t.tokens().size() < t.size()).findFirst().orElseThrow();
        TreebankSentence.SurfaceToken multi = s.tokens().stream().filter(t -> t.end() - t.first() > 1).findFirst().orElseThrow();
        assertThat(String.join("", Arrays.asList(s.words()).subList(multi.first(), multi.end())))
                .isEqualToIgnoringCase(multi.form().replace("’", "'"));
        assertThat(SAMPLE).hasSize(60);
        assertThat(SAMPLE.get(0).words()).startsWith("Al", "-", "Zaman");
        assertThat(SAMPLE.get(0).heads()[0]).isEqualTo(-1);
        assertThat(SAMPLE.get(0).relations()[17]).isEqualTo("nmod");
    }

    @Test
    void readerSkipsEmptyNodesAndSpreadsCombinedTags(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.conllu");
        java.nio.file.Files.writeString(f, """
                # text = I don't.
                1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
                2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
                2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_
                2.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t2:conj\t_
                3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_
                4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

                """);
        TreebankSentence s = ConlluReader.read(f).get(0);
        assertThat(s.words()).containsExactly("I", "do", "n't", ".");
        assertThat(s.heads()).containsExactly(2, -1, 1, 1);
        assertThat(s.tokens()).extracting(TreebankSentence.SurfaceToken::form).containsExactly("I", "don't", ".");
        assertThat(TreebankTagger.wordTags(s, new String[] {"PRON", "AUX+PART", "PUNCT"})).containsExactly("PRON", "AUX", "PART", "PUNCT");
    }
}
