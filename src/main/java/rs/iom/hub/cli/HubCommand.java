package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hub}: builds, previews and checks the project's website. Each task is a subcommand; {@code hub --help} lists
 * them.
 *
 * <p>Exit codes: 0 success, 1 problems in the site sources, 2 wrong usage.</p>
 */
@Command(name = "hub", mixinStandardHelpOptions = true, versionProvider = HubCommand.Version.class,
        description = "Builds, previews and checks the website of the migration partnership project.",
        usageHelpAutoWidth = true)
public final class HubCommand implements Callable<Integer> {
    /** Everything went well. */
    public static final int OK = 0;
    /** The site sources have problems (or the build failed). */
    public static final int PROBLEMS = 1;
    /** The command was used wrongly. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return USAGE;
    }

    /**
     * The subcommands' names, in the order {@code hub --help} lists them. (Not in {@code @Command(subcommands)}:
     * picocli builds the model of every listed command by reflection when the command line is made, and a run needs
     * only its own; see {@link #commandLine(String...)}.)
     */
    private static final List<String> SUBCOMMANDS =
            List.of("build", "serve", "new", "check", "translit", "admin-config", "help");

    /**
     * The subcommand named {@code name}. A switch rather than a map of constructor references: a reference links
     * its class when the map is made, and loading every command's classes to run one took 40–60 ms of each start.
     */
    private static Object subcommand(String name) {
        return switch (name) {
            case "build" -> new BuildCommand();
            case "serve" -> new ServeCommand();
            case "new" -> new NewCommand();
            case "check" -> new CheckCommand();
            case "translit" -> new TranslitCommand();
            case "admin-config" -> new AdminConfigCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("name: no subcommand " + name);
        };
    }

    /** A command line with our error handling (one-line usage errors, exit code 2) and every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line that runs {@code arguments}: when they start with the name of a subcommand (other than
     * {@code help}), only that one is added, which saves a few tens of milliseconds of every run's start; otherwise
     * all of them, for the list of commands, {@code help} and the message about an unknown one.
     */
    public static CommandLine commandLine(String... arguments) {
        CommandLine cli = new CommandLine(new HubCommand());
        String first = arguments.length == 0 ? "" : arguments[0];
        if (SUBCOMMANDS.contains(first) && !first.equals("help")) {
            cli.addSubcommand(first, subcommand(first));
        } else {
            for (String name : SUBCOMMANDS) {
                cli.addSubcommand(name, subcommand(name));
            }
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("hub: " + ex.getMessage());
            cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("hub: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return PROBLEMS;
        });
        return cli;
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("hub: the site needs more memory than the " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB allowed; run it with more, e.g. HUB_JAVA_OPTS=-Xmx2g ./hub …");
            code = PROBLEMS;
        } catch (Throwable e) { // never a stack trace for users: one line that can be reported
            System.err.println("hub: stopped by an unexpected error (" + e + "); nothing was published. "
                    + "Please report this line and the command you ran.");
            code = PROBLEMS;
        }
        System.exit(code);
    }

    /**
     * JBake logs through SLF4J and OrientDB through java.util.logging. The tool prints what users need itself, so
     * their logs are off: SLF4J's no-operation provider is chosen, and logback (whose start-up alone loads 500 classes
     * and parses its XML configuration: 0.13 s of every run, docs/performance.md) is not started at all. With
     * {@code -Dhub.log=INFO} (or DEBUG) both libraries log to standard error through logback.
     */
    static void quietLibraryLogging() {
        java.util.logging.LogManager.getLogManager().reset();
        if (System.getProperty("hub.log") == null && System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN"); // no note that the provider was chosen
        } else {
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }

    /** SLF4J 2's setting that names its provider, instead of the first one found on the class path. */
    private static final String SLF4J_PROVIDER = "slf4j.provider";

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HubCommand.class.getPackage().getImplementationVersion();
            return new String[]{"hub " + (version == null ? "(development)" : version)};
        }
    }
}
