package diplograph.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * An OpenNLP feature generator that reads only the token it describes (its suffixes, prefixes,
 * lower-cased form, word class), remembering that token's features by its text. The POS tagger
 * asks for a token's word form five times (for the token and as a neighbour of four others) and
 * news repeats its words, so most answers become a lookup instead of new lower-cased strings and
 * substrings (about 7 % less CPU per article in {@code bench extract}). Used from
 * {@code opennlp/pos-features.xml}. Not thread-safe, like the tagger that owns it.
 */
public final class SameWordFeatures implements AdaptiveFeatureGenerator {

    /**
     * Words remembered per generator, the least recently used forgotten first. On the 338 distinct
     * texts of the development corpus and the tests, 10,000 words keep every repeat an unbounded map
     * keeps (94 % of tokens); the four generators of a tagger then hold about 10 MB.
     */
    static final int CAPACITY = 10_000;

    private final AdaptiveFeatureGenerator generator;
    private final Map<String, List<String>> byWord = new LruMap<>(CAPACITY);

    SameWordFeatures(AdaptiveFeatureGenerator generator) {
        this.generator = generator;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String word = tokens[index];
        List<String> known = byWord.get(word);
        if (known == null) {
            List<String> made = new ArrayList<>(8);
            generator.createFeatures(made, new String[] {word}, 0, null);
            known = List.copyOf(made);
            byWord.put(word, known);
        }
        features.addAll(known);
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        generator.updateAdaptiveData(tokens, outcomes);
    }

    @Override
    public void clearAdaptiveData() {
        generator.clearAdaptiveData();
    }

    /** Words remembered now. */
    int size() {
        return byWord.size();
    }

    /** The XML element: {@code <generator class="diplograph.analyse.SameWordFeatures$Factory">} around one generator. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            if (!(args.get("generator#0") instanceof AdaptiveFeatureGenerator inner)) {
                throw new InvalidFormatException("SameWordFeatures must contain one generator");
            }
            return new SameWordFeatures(inner);
        }
    }
}
