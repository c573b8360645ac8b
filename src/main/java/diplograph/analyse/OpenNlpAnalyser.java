package diplograph.analyse;

import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Block;
import diplograph.model.CharSpan;
import diplograph.model.Dependencies;
import diplograph.model.Sentence;
import diplograph.model.Token;
import diplograph.model.TokenSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The analyser on OpenNLP's English UD models (sentence detector, tokenizer, POS tagger), loaded
 * from the model jars on the classpath, and diplograph's own {@link DependencyParser} over the
 * refined tokens and their tags. Models are shared; the OpenNLP tools are not thread-safe, so
 * each thread gets its own; the parser keeps no state between sentences and is shared.
 */
public final class OpenNlpAnalyser implements Analyser {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<Tools> tools;
    private final java.util.Set<String> abbreviations;
    private final DependencyParser parser;

    /** Loads the three models and the parser's (about a second), with no extra abbreviations. */
    public OpenNlpAnalyser() {
        this(java.util.Set.of());
    }

    /**
     * Loads the three models and the parser's.
     *
     * @param abbreviations words such as "Dr." after which a sentence does not end
     */
    public OpenNlpAnalyser(java.util.Set<String> abbreviations) {
        this(abbreviations, DependencyParser.standard());
    }

    /**
     * Loads the three models, parsing with {@code parser}.
     *
     * @param abbreviations words such as "Dr." after which a sentence does not end
     */
    public OpenNlpAnalyser(java.util.Set<String> abbreviations, DependencyParser parser) {
        this.parser = java.util.Objects.requireNonNull(parser, "parser");
        this.abbreviations = java.util.Set.copyOf(abbreviations);
        SentenceModel sentences = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokens = tokenizerModel();
        POSModel pos = posModel();
        this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(sentences),
                new ChunkTokenizer(tokens), new GreedyPosTagger(pos, POSTagFormat.UD)));
    }

    private record Tools(SentenceDetectorME sentences, ChunkTokenizer tokens, GreedyPosTagger pos) {
    }

    @Override
    public AnalysedArticle analyse(Article article) {
        Tools t = tools.get();
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        IntList heads = new IntList();
        List<String> relations = new ArrayList<>();
        int paragraph = 0;
        for (Block block : article.blocks()) {
            if (block.kind() != Block.BlockKind.PARAGRAPH) {
                continue;
            }
            int base = block.span().begin();
            for (Span s : joinAfterInitials(t.sentences().sentPosDetect(block.span().coveredText(text)),
                    block.span().coveredText(text))) {
                CharSpan sentence = new CharSpan(base + s.getStart(), base + s.getEnd());
                String sentenceText = sentence.coveredText(text);
                Span[] pieces = t.tokens().tokenizePos(sentenceText);
                String[] words = Span.spansToStrings(pieces, sentenceText);
                String[] tags = t.pos().tag(words);
                List<Token> raw = new ArrayList<>(pieces.length);
                for (int i = 0; i < pieces.length; i++) {
                    CharSpan span = new CharSpan(sentence.begin() + pieces[i].getStart(),
                            sentence.begin() + pieces[i].getEnd());
                    raw.add(new Token(span, words[i], tags[i]));
                }
                int first = tokens.size();
                List<Token> refined = TokenRefiner.refine(raw);
                tokens.addAll(refined);
                sentences.add(new Sentence(sentences.size(), sentence,
                        new TokenSpan(first, tokens.size()), paragraph));
                // Runs of capitalised words ("Peruvian President Ana Ruiz") are parsed as one name.
                NameChunks names = new NameChunks(refined);
                DependencyParser.ParsedSentence tree = parser.parse(names.words(refined), names.tags(refined));
                int[] head = new int[refined.size()];
                String[] relation = new String[refined.size()];
                names.expand(tree, refined.size(), head, relation);
                for (int i = 0; i < refined.size(); i++) {
                    heads.add(head[i] < 0 ? -1 : first + head[i]);
                    relations.add(relation[i]);
                }
            }
            paragraph++;
        }
        return new AnalysedArticle(article, sentences, tokens,
                new Dependencies(heads.toArray(), relations.toArray(String[]::new)));
    }

    /** A growable list of ints, so an article's heads are not boxed one by one. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /**
     * Joins sentences the detector split after a name's initial ("Feridun H." | "Sinirlioğlu said…")
     * or an abbreviation ("Minister Dr." | "S. Jaishankar"): such a sentence is not finished.
     */
    private static final java.util.regex.Pattern AFTER_INITIAL = java.util.regex.Pattern.compile("(?s).*\\s\\p{Lu}\\.");

    List<Span> joinAfterInitials(Span[] spans, String text) {
        List<Span> joined = new ArrayList<>();
        for (Span s : spans) {
            if (!joined.isEmpty()) {
                Span last = joined.get(joined.size() - 1);
                String end = text.substring(last.getStart(), last.getEnd());
                String lastWord = end.substring(end.lastIndexOf(' ') + 1);
                if ((AFTER_INITIAL.matcher(end).matches() || abbreviations.contains(lastWord))
                        && Character.isUpperCase(text.charAt(s.getStart()))) {
                    joined.set(joined.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            joined.add(s);
        }
        return joined;
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric optimization on: a word of letters and digits
     * alone is kept whole without asking the model about each of its characters. The UD model ships
     * with it off, which made the tokenizer about a third of all analysis time. With it on, the
     * RDF extracted from each of the 39 test articles is the same as without it.
     */
    static TokenizerModel tokenizerModel() {
        return skippingPlainWords(load(TOKEN_MODEL, TokenizerModel::new));
    }

    static TokenizerModel skippingPlainWords(TokenizerModel model) {
        var factory = new opennlp.tools.tokenize.TokenizerFactory(model.getFactory().getLanguageCode(),
                model.getAbbreviations(), true, null);
        return new TokenizerModel(model.getMaxentModel(), null, factory);
    }

    /**
     * The POS model decoding greedily (beam of one) instead of OpenNLP's default beam of three:
     * a third of the model evaluations per token. With it, the RDF extracted from each of the 39
     * test articles is the same as with the default beam, and {@code diplograph eval} gives the
     * same scores.
     */
    static POSModel posModel() {
        return greedy(shippedPosModel());
    }

    /** The POS model as it ships, with its own feature configuration (which {@link #greedy} leaves out). */
    static POSModel shippedPosModel() {
        return load(POS_MODEL, POSModel::new);
    }

    static POSModel greedy(POSModel model) {
        opennlp.tools.ml.model.MaxentModel maxent = model.getArtifact("pos.model");
        return new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory());
    }

    private interface ModelLoader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelLoader<M> loader) {
        try (InputStream in = OpenNlpAnalyser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
