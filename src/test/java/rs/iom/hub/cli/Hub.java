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

        /**
         * What {@code hub check} printed without its notes: the {@code info:} lines with their hint lines, and the
         * count of notes in the summary ("… in 14 files (5 notes)." → "… in 14 files."), for tests about other
         * problems of a copy of the real site, whose seed content has notes (words kept in Latin).
         */
        public List<String> outLinesWithoutNotes() {
            java.util.List<String> lines = new java.util.ArrayList<>();
            boolean note = false;
            for (String line : outLines()) {
                if (!line.startsWith(" ")) {
                    note = line.contains(": info: ");
                }
                if (!note) {
                    lines.add(line.replaceAll(" \\(\\d+ notes?\\)\\.$", "."));
                }
            }
            return lines;
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
