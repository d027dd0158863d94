package rs.iom.hub.cli;

import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code hub} as users do, in a process of its own ({@code java -jar target/hub.jar}, built by {@code mvn
 * package} before the integration tests): for what only a real process shows — being killed, two builds at once.
 */
public final class HubProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private HubProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code hub args…}; what it prints goes to files in {@code logs}. */
    public static HubProcess start(Path logs, String... args) {
        Path jar = TestSites.projectDir().resolve("target/hub.jar");
        assertTrue(Files.isRegularFile(jar), "target/hub.jar exists (mvn package builds it before the ITs)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-XX:+UseSerialGC", "-jar", jar.toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logs);
            Path out = Files.createTempFile(logs, "hub-", ".out");
            Path err = Files.createTempFile(logs, "hub-", ".err");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            return new HubProcess(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code hub args…} to its end (at most 5 minutes). */
    public static Hub.Run run(Path logs, String... args) {
        return start(logs, args).waitFor();
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process at once, as {@code kill -9} does (no shutdown hooks, no clean-up). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the process has printed to its error stream so far. */
    public String errSoFar() {
        try {
            return Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the end (at most 5 minutes) and returns what it printed. */
    public Hub.Run waitFor() {
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("hub did not finish within 5 minutes: " + String.join(" ",
                        process.info().arguments().orElse(new String[0])));
            }
            return new Hub.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
