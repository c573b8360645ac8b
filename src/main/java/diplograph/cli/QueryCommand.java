package diplograph.cli;

import diplograph.Diplograph;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.query.ResultFormat;
import diplograph.store.TdbStore;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", description = "Run a SPARQL SELECT query (a queries/ name, a .rq file, or --sparql text).")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq|NAME", description = "A .rq file, or the name of a query in queries/ (who-met-whom, officials…).")
        String query;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
        String sparql;
    }

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Bind ?NAME to VALUE: an IRI if it is <…> or http(s)://…, else a string. Repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        ResultFormat f;
        try {
            f = ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + format + "' (table, csv, tsv, json)");
        }
        String text = source.sparql != null ? source.sparql : NamedQueries.load(source.query);
        // Split by hand: picocli's map options interpret quotes, and a value may contain any text.
        Map<String, String> bindings = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--param needs NAME=VALUE, got '" + p + "'");
            }
            bindings.put(p.substring(0, eq), p.substring(eq + 1));
        }
        try (TdbStore s = Diplograph.openExisting(store.db); OutputStream out = Output.stdout(spec)) {
            new QueryRunner(s.dataset()).run(text, bindings, f, out);
        }
        return 0;
    }
}
