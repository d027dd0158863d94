package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCommandTest {
    @TempDir
    Path temp;

    @Test
    void aNegativeThreadCountIsAUsageErrorNamingTheOptionAndNothingIsWritten() {
        Path output = temp.resolve("out");
        Hub.Run run = Hub.run("build", "--threads", "-1", "--output", output.toString());
        assertEquals(HubCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("--threads must be 0 (one per processor) or more, not -1"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void theHelpSaysWhatTheThreadCountDoes() {
        Hub.Run run = Hub.run("build", "--help");
        assertTrue(run.out().contains("--threads=N"), run.out());
        assertTrue(run.out().contains("How many files to read and pages to render at once"), run.out());
    }
}
