/**
 * Store stage: {@link diplograph.store.ArticleGraph}s in, TDB2 named graphs out — validated with
 * SHACL, written in batched write transactions, each replacing the article's earlier graph. Also
 * what is TDB2-specific about reading them back: {@link diplograph.store.SubjectScanExecutor},
 * the query executor every store opened here uses.
 */
package diplograph.store;
