/**
 * Fetching what the followed sources publish, politely: HTTP with conditional requests, gzip,
 * robots.txt, a delay between requests to one host, Retry-After and size limits
 * ({@link diplograph.fetch.Fetcher}); feeds and news sitemaps read into items
 * ({@link diplograph.fetch.Feeds}). No stage of the pipeline: the facade turns the items into
 * articles with the read stage and stores them.
 */
package diplograph.fetch;
