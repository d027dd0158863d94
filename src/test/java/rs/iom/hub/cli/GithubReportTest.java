package rs.iom.hub.cli;

import org.junit.jupiter.api.Test;
import rs.iom.hub.problem.Problem;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubReportTest {

    private static String annotate(List<Problem> problems, String prefix) {
        StringWriter out = new StringWriter();
        GithubReport.annotate(new PrintWriter(out), problems, prefix);
        return out.toString();
    }

    @Test
    void percentSignsLineEndsColonsAndCommasAreEscapedAsGithubRequires() {
        Problem problem = Problem.error("content/sr/a,b:c%.md", 3, 7, "50% done\nnext line", "write: a, b");

        assertEquals("::error file=content/sr/a%2Cb%3Ac%25.md,line=3,col=7,title=Content check::50%25 done%0Anext "
                + "line%0AHow to fix it: write: a, b" + System.lineSeparator(), annotate(List.of(problem), ""));
    }

    @Test
    void aProblemWithoutLineOrHintNamesTheFileOnlyAndAWarningIsAWarning() {
        Problem problem = Problem.warning("jbake.properties", 0, 0, "an old setting", "");

        assertEquals("::warning file=site/jbake.properties,title=Content check::an old setting"
                + System.lineSeparator(), annotate(List.of(problem), "site/"));
    }

    @Test
    void theSummaryIsAMarkdownTableWhosePipesAndTagsCannotBreakIt() {
        String summary = GithubReport.summary(List.of(Problem.error("content/sr/x.md", 2, 1, "a | b <script>",
                "fix it")), "1 error, 0 warnings in 1 file.", "");

        assertEquals("### hub check: 1 error, 0 warnings in 1 file.\n\n| | Where | Problem | How to fix it |\n"
                + "|---|---|---|---|\n| error | `content/sr/x.md:2` | a \\| b &lt;script> | fix it |\n", summary);
    }

    @Test
    void aNoteIsANoticeAndAnInfoRowOfTheSummary() {
        Problem note = Problem.info("content/sr/a.md", 0, 0, "stays in Latin letters in the Cyrillic edition: IOM",
                "nothing to do");

        assertEquals("::notice file=content/sr/a.md,title=Content check::stays in Latin letters in the Cyrillic "
                + "edition: IOM%0AHow to fix it: nothing to do" + System.lineSeparator(), annotate(List.of(note), ""));
        assertEquals("### hub check: No problems found in 1 file (1 note).\n\n| | Where | Problem | How to fix it |\n"
                + "|---|---|---|---|\n| info | `content/sr/a.md` | stays in Latin letters in the Cyrillic edition: IOM "
                + "| nothing to do |\n",
                GithubReport.summary(List.of(note), "No problems found in 1 file (1 note).", ""));
    }
}
