package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import rs.iom.hub.pipeline.TestSites;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * hub check on the project's own site: the seed report's Serbian text, kept as it was written, has three slips a
 * careful editor corrects; they are warnings (the site builds and publishes), and nothing else is reported.
 */
class RealSiteCheckIT {

    @Test
    void theSeedReportsSlipsAreTheOnlyProblemsAndOnlyWarnings() {
        Hub.Run run = Hub.run("check", "--source", TestSites.projectDir().toString());

        String report = TestSites.SEED_REPORT;
        assertEquals(List.of(
                report + ":15:184: warning: '2022 godine': a year read as an ordinal number takes a dot",
                "    hint: write '2022. godine'",
                report + ":17:423: warning: '2020-2023': a range of years is written with a dash, not a hyphen",
                "    hint: write '2020–2023' (the en dash –; on a keyboard without it, copy it from here)",
                report + ":21:19: warning: '2022 godine': a year read as an ordinal number takes a dot",
                "    hint: write '2022. godine'",
                "0 errors, 3 warnings in 14 files."), run.outLines());
        assertEquals(HubCommand.OK, run.exitCode());
    }
}
