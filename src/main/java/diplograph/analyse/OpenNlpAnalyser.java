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
    private final java.util.Set<String> afterAcronyms;
    private final DependencyParser parser;
    private final SentenceSelector selector;

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
     * Loads the three models, parsing every sentence with {@code parser}.
     *
     * @param abbreviations words such as "Dr." after which a sentence does not end
     */
    public OpenNlpAnalyser(java.util.Set<String> abbreviations, DependencyParser parser) {
        this(abbreviations, parser, SentenceSelector.ALL);
    }

    /**
     * Loads the three models, parsing with {@code parser} the sentences {@code selector} selects
     * and the sentence before each.
     *
     * @param abbreviations words such as "Dr." after which a sentence does not end
     */
    public OpenNlpAnalyser(java.util.Set<String> abbreviations, DependencyParser parser, SentenceSelector selector) {
        this(abbreviations, java.util.Set.of(), parser, selector);
    }

    /**
     * Loads the three models, parsing with {@code parser} the sentences {@code selector} selects
     * and the sentence before each.
     *
     * @param abbreviations words such as "Dr." after which a sentence does not end
     * @param afterAcronyms words (lower case) that go on a sentence after a dotted acronym
     *                      ("U.S. President", "U.N. Secretary-General"): after "U.S." and another
     *                      word, a sentence may well end
     */
    public OpenNlpAnalyser(java.util.Set<String> abbreviations, java.util.Set<String> afterAcronyms, DependencyParser parser,
                           SentenceSelector selector) {
        this.afterAcronyms = java.util.Set.copyOf(afterAcronyms);
        this.parser = java.util.Objects.requireNonNull(parser, "parser");
        this.selector = java.util.Objects.requireNonNull(selector, "selector");
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
                tokens.addAll(TokenRefiner.refine(raw, abbreviations));
                sentences.add(new Sentence(sentences.size(), sentence,
                        new TokenSpan(first, tokens.size()), paragraph));
            }
            paragraph++;
        }
        return new AnalysedArticle(article, sentences, tokens, parse(sentences, tokens, text));
    }

    /** The parse of the selected sentences and of the sentence before those that ask for it; the others stay unparsed. */
    private Dependencies parse(List<Sentence> sentences, List<Token> tokens, String text) {
        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, Dependencies.UNPARSED);
        boolean[] wanted = new boolean[sentences.size()];
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            List<Token> sentence = tokens.subList(s.tokens().start(), s.tokens().end());
            if (selector.parse(sentence, text)) {
                wanted[k] = true;
                if (k > 0 && selector.parseSentenceBefore(sentence, text)) {
                    wanted[k - 1] = true;
                }
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            if (!wanted[k]) {
                continue;
            }
            Sentence s = sentences.get(k);
            List<Token> sentence = tokens.subList(s.tokens().start(), s.tokens().end());
            int first = s.tokens().start();
            // Runs of capitalised words ("Peruvian President Ana Ruiz") are parsed as one name.
            NameChunks names = new NameChunks(sentence);
            DependencyParser.ParsedSentence tree = parser.parse(names.words(sentence), names.tags(sentence));
            int[] head = new int[sentence.size()];
            String[] relation = new String[sentence.size()];
            names.expand(tree, sentence.size(), head, relation);
            for (int i = 0; i < sentence.size(); i++) {
                heads[first + i] = head[i] < 0 ? -1 : first + head[i];
                relations[first + i] = relation[i];
            }
        }
        return new Dependencies(heads, relations);
    }

    /**
     * Joins sentences the detector split after a name's initial ("Feridun H." | "Sinirlioğlu said…"),
     * an abbreviation ("Minister Dr." | "S. Jaishankar"), an acronym before a title ("the U.S." |
     * "President George Bush") or a time of day before its day ("9:30 p.m." | "Tuesday"): such a
     * sentence is not finished.
     */
    private static final java.util.regex.Pattern AFTER_INITIAL = java.util.regex.Pattern.compile("(?s).*\\s\\p{Lu}\\.");

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("(\\p{Lu}\\.){2,}");

    /** A time of day's "a.m." or "p.m.", which news follows with the day ("began at 9:30 p.m. Tuesday"). */
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("(?i)[ap]\\.m\\.");

    private static final java.util.Set<String> CALENDAR_WORDS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    List<Span> joinAfterInitials(Span[] spans, String text) {
        List<Span> joined = new ArrayList<>();
        for (Span s : spans) {
            if (!joined.isEmpty()) {
                Span last = joined.get(joined.size() - 1);
                String end = text.substring(last.getStart(), last.getEnd());
                String lastWord = end.substring(end.lastIndexOf(' ') + 1);
                String next = text.substring(s.getStart(), s.getEnd()).split("[\\s,]", 2)[0];
                boolean acronym = ACRONYM.matcher(lastWord).matches()
                        && afterAcronyms.contains(next.toLowerCase(java.util.Locale.ROOT));
                // "at 9:30 p.m." | "Tuesday and lasted …": the day of the time, not a new sentence.
                // ("at 9:27 a.m." | "his Colombian counterpart": no sentence opens in lower case.)
                boolean timeOfDay = TIME_OF_DAY.matcher(lastWord).matches() && (CALENDAR_WORDS.contains(next.replaceAll("\\W+$", ""))
                        || Character.isLowerCase(text.charAt(s.getStart())));
                if ((AFTER_INITIAL.matcher(end).matches() || abbreviations.contains(lastWord) || acronym)
                        && Character.isUpperCase(text.charAt(s.getStart())) || timeOfDay) {
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
