/**
 * Extract stage: an {@link diplograph.model.AnalysedArticle} in, an
 * {@link diplograph.model.Extraction} (entities and facts, each fact with its evidence) out.
 * Mechanisms live here; every word they look for comes from {@link diplograph.lexicon.Lexicon}.
 */
package diplograph.extract;
