package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import rs.iom.hub.pipeline.TestSites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./hub}, the script staff and the workflows run, starts the JVM with the class-data sharing archive that
 * {@code mvn package} writes (target/hub.jsa): the JVM quietly does without an archive that does not match, so only a
 * test notices when the archive stops being used and every command starts 0.2–0.4 s later.
 */
class HubScriptIT {

    @Test
    void theCommandLineLoadsItsClassesFromTheArchive() throws IOException, InterruptedException {
        String log = run("--version");
        assertTrue(log.contains("hub "), log);
        for (String type : List.of("rs.iom.hub.cli.HubCommand", "picocli.CommandLine",
                "picocli.CommandLine$Model$CommandSpec")) {
            assertTrue(log.contains(type + " source: shared objects file"),
                    type + " comes from target/hub.jsa (after mvn package -Dhub.skipBake=true the archive is left from "
                            + "an earlier jar: run mvn package without it); the classes loaded otherwise:\n"
                            + notShared(log));
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash",
                TestSites.projectDir().resolve("hub").toString(), args[0])).redirectErrorStream(true);
        // the script's own JIT and heap settings, plus a log of where each class comes from
        builder.environment().put("HUB_JAVA_OPTS", "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
                + "-Xlog:class+load=info");
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "./hub ended");
        assertEquals(0, process.exitValue(), log);
        return log;
    }

    private static String notShared(String log) {
        return log.lines().filter(line -> line.contains(" source: ") && !line.contains("shared objects file"))
                .limit(40).reduce("", (a, b) -> a + b + "\n");
    }
}
