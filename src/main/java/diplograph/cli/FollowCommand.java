package diplograph.cli;

import diplograph.Diplograph;
import diplograph.Following;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "follow", description = {
        "Follow RSS/Atom feeds and news sitemaps into the store: new and changed items are stored, one named graph each,",
        "unchanged ones passed over. Polls until stopped (Ctrl-C or SIGTERM end it after the item in hand), or once with --once."})
final class FollowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (created if missing); or --endpoint.")
    Path db;

    @Mixin
    RemoteOptions remote;

    @Option(names = "--once", description = "Poll each source once and exit (for cron): exit 1 when a source or item failed.")
    boolean once;

    @Mixin
    FollowOptions follow;

    @Option(names = "--persons", paramLabel = "FILE",
            description = "A table of known persons (name, aliases, qid; tab-separated like reference/persons.tsv) to link. Repeatable.")
    List<Path> persons = new java.util.ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "A feed or news sitemap URL (http or https), or a file listing them one per line.")
    List<String> sources;

    @Override
    public Integer call() throws java.io.IOException {
        var err = spec.commandLine().getErr();
        if ((db == null) == (remote.endpoint == null)) {
            throw new IllegalArgumentException("follow needs --db DIR or --endpoint URL (one of them)");
        }
        List<String> all = Following.sources(sources);
        var fetcher = follow.fetcher();
        Diplograph dg = Diplograph.standard(persons);
        Stopping stopping = Stopping.onSignals();
        boolean[] problem = {false};
        java.util.function.Consumer<String> problems = line -> {
            problem[0] = true;
            FollowOptions.print(err, line);
        };
        java.util.function.Consumer<String> progress = line -> FollowOptions.printProgress(err, line);
        try {
            if (remote.endpoint != null) {
                dg.following(remote.store(dg.validator()), fetcher, follow.every, problems).run(all, once, stopping, progress);
            } else {
                try (TdbStore store = dg.openStore(db)) {
                    dg.following(store, fetcher, follow.every, problems).run(all, once, stopping, progress);
                }
            }
        } finally {
            stopping.done();
        }
        return once && problem[0] ? 1 : 0;
    }

}
