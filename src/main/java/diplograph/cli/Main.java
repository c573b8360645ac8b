package diplograph.cli;

import diplograph.store.StoreLockedException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command: one subcommand per task, exit 0 ok, 1 a problem found, 2 usage. */
@Command(name = "diplograph", mixinStandardHelpOptions = true, version = "diplograph 0.1.0",
        description = "Diplomatic news to an RDF knowledge graph in Apache Jena TDB2, served by Fuseki.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ServeCommand.class,
                ValidateCommand.class, RemoveCommand.class, StatsCommand.class, ExportCommand.class,
                DemoCommand.class, EvalCommand.class, FollowCommand.class, LoadExternalCommand.class, LoadCommand.class, LinkCommand.class, CompactCommand.class,
                BenchCommand.class, TrainParserCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("diplograph: " + message(e));
            err.flush();
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    private static String message(Exception e) {
        if (e instanceof StoreLockedException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getMessage() != null ? e.getMessage() : root.toString();
    }
}
