/**
 * The values passed between stages: {@link diplograph.model.Article} (read),
 * {@link diplograph.model.AnalysedArticle} (analyse), {@link diplograph.model.Extraction}
 * (extract). Records only; every list is an immutable copy.
 */
package diplograph.model;
