/**
 * Store stage: {@link diplograph.store.ArticleGraph}s in, TDB2 named graphs out — validated with
 * SHACL, written in batched write transactions, each replacing the article's earlier graph.
 */
package diplograph.store;
