/**
 * Analyse stage: an {@link diplograph.model.Article} in, an
 * {@link diplograph.model.AnalysedArticle} (sentences, tokens, POS tags, all with
 * article-absolute character offsets, and a dependency parse) out. Headings are not sentences.
 *
 * <p>The dependency parser is diplograph's own: {@link diplograph.analyse.DependencyParser}
 * (arc-hybrid transitions, an averaged perceptron) with {@link diplograph.analyse.ParserTrainer}
 * to train it from a CoNLL-U treebank and {@link diplograph.analyse.ParserBenchmark} to measure it.
 */
package diplograph.analyse;
