/**
 * The {@code diplograph} command line (picocli): one small command class per subcommand, each
 * options plus a call into {@link diplograph.Diplograph}; exit 0 ok, 1 a problem found, 2 usage.
 * The parser's own tools ({@code train-parser}, {@code bench parser}) call the analyse stage's
 * {@link diplograph.analyse.ParserTrainer} and {@link diplograph.analyse.ParserBenchmark} instead.
 */
package diplograph.cli;
