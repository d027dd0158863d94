package rs.iom.hub.jbake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JBakeEngineTest {
    @TempDir
    Path site;

    private String value(JBakeEngine engine, String key) {
        return engine.settings(site).values().get(key);
    }

    @Test
    void settingsReadAgainAreThoseReadBeforeUntilTheFileChanges() throws IOException {
        JBakeEngine engine = new JBakeEngine();
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://a.example\n");

        assertEquals("https://a.example", value(engine, "site.host"));
        assertEquals(engine.settings(site), new JBakeEngine().settings(site), "as a fresh read gives them");

        Files.writeString(site.resolve("jbake.properties"), "site.host=https://b.example\n");
        assertEquals("https://b.example", value(engine, "site.host"));
    }

    @Test
    void aChangeOfCustomPropertiesIsSeenToo() throws IOException {
        JBakeEngine engine = new JBakeEngine();
        Files.writeString(site.resolve("jbake.properties"), "site.host=https://a.example\n");
        assertEquals("https://a.example", value(engine, "site.host"));

        Files.writeString(site.resolve("custom.properties"), "site.host=https://c.example\n");
        assertEquals(new JBakeEngine().settings(site), engine.settings(site));
    }
}
