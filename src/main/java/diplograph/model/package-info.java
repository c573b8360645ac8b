/**
 * The values passed between stages: {@link diplograph.model.Article} (read),
 * {@link diplograph.model.AnalysedArticle} (analyse: sentences, tokens and their
 * {@link diplograph.model.Dependencies}), {@link diplograph.model.Extraction}
 * (extract). Records only; every list is an immutable copy.
 */
package diplograph.model;
