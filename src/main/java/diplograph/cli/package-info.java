/**
 * The {@code diplograph} command line (picocli): one small command class per subcommand, each
 * options plus a call into {@link diplograph.Diplograph}; exit 0 ok, 1 a problem found, 2 usage.
 */
package diplograph.cli;
