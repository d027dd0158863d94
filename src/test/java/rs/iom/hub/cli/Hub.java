package rs.iom.hub.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the {@code hub} command line in-process, capturing what it prints. */
public final class Hub {
    static {
        HubCommand.quietLibraryLogging(); // as the real command: no OrientDB and JBake log lines in the test output
    }

    private Hub() {
    }

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
        public List<String> outLines() {
            return out.lines().toList();
        }

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    public static Run run(String... args) {
        return run(null, args);
    }

    /** Runs with {@code input} as the standard input of {@code hub translit}. */
    public static Run withInput(String input, String... args) {
        return run(input, args);
    }

    private static Run run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = HubCommand.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        if (input != null) {
            TranslitCommand translit = cli.getSubcommands().get("translit").getCommand();
            translit.input = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        }
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
