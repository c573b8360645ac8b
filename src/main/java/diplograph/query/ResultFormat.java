package diplograph.query;

/** How {@code query} prints results: a text table, or the W3C SPARQL 1.1 CSV, TSV or JSON formats. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON
}
