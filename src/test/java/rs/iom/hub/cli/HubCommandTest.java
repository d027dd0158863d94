package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HubCommandTest {
    @Test
    void theListOfCommandsNamesEveryOne() {
        Hub.Run run = Hub.run("--help");
        for (String command : List.of("build", "serve", "new", "check", "translit", "admin-config", "help")) {
            assertTrue(run.out().contains("  " + command + " "), command + " in " + run.out());
        }
    }

    @Test
    void aRunOfOneCommandMakesTheModelOfThatCommandOnly() {
        assertEquals(List.of("build"), List.copyOf(HubCommand.commandLine("build", "--strict").getSubcommands()
                .keySet()));
        assertEquals(7, HubCommand.commandLine("help", "build").getSubcommands().size());
        assertEquals(7, HubCommand.commandLine("--version").getSubcommands().size());
    }

    @Test
    void helpOnACommandAndAMisspelledCommandWorkAsBefore() {
        Hub.Run help = Hub.run("help", "check");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: hub check"), help.out());
        Hub.Run misspelled = Hub.run("biuld");
        assertEquals(HubCommand.USAGE, misspelled.exitCode());
        assertTrue(misspelled.err().contains("biuld"), misspelled.err());
    }
}
