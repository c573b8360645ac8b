/**
 * Analyse stage: an {@link diplograph.model.Article} in, an
 * {@link diplograph.model.AnalysedArticle} (sentences, tokens, POS tags, all with
 * article-absolute character offsets) out. Headings are not sentences.
 */
package diplograph.analyse;
