package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {
    private static final String FILE = "content/sr/vesti/2022/sastanak.md";

    private static FrontMatterParser.Result parse(String text) {
        return FrontMatterParser.parse(FILE, text);
    }

    private static Problem onlyProblem(FrontMatterParser.Result result) {
        assertEquals(1, result.problems().size(), () -> "expected exactly one problem but got " + result.problems());
        return result.problems().get(0);
    }

    private static String text(FrontMatter fm, String key) {
        return assertInstanceOf(FrontMatter.Text.class, fm.field(key).orElseThrow().value()).text();
    }

    @Test
    void yamlFrontMatterIsReadWithTheLineAndColumnOfEveryField() {
        FrontMatterParser.Result result = parse("""
                ---
                title: Sastanak Upravnog odbora
                date: 2022-03-04
                  # a comment
                translationKey:   sastanak-2022
                ---
                Prvi pasus.

                Drugi pasus.
                """);

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        FrontMatter fm = result.frontMatter();
        assertEquals(FrontMatter.Format.YAML, fm.format());
        assertEquals(List.of("title", "date", "translationKey"), List.copyOf(fm.fields().keySet()));
        assertEquals("Sastanak Upravnog odbora", text(fm, "title"));
        assertEquals("2022-03-04", text(fm, "date"));
        FrontMatter.Field key = fm.field("translationKey").orElseThrow();
        assertAll(
                () -> assertEquals(5, key.line()),
                () -> assertEquals(1, key.column()),
                () -> assertEquals(5, key.valueLine()),
                () -> assertEquals(19, key.valueColumn()),
                () -> assertEquals(2, fm.field("title").orElseThrow().line()),
                () -> assertEquals(6, fm.endLine()),
                () -> assertEquals("Prvi pasus.\n\nDrugi pasus.", fm.body()));
    }

    @Test
    void crlfLineEndsGiveTheSameFieldsLinesAndBodyAsLf() {
        String lf = "---\ntitle: Vesti\ndate: 2022-03-04\n---\nTekst.\nDrugi red.\n";
        FrontMatterParser.Result unix = parse(lf);
        FrontMatterParser.Result windows = parse(lf.replace("\n", "\r\n"));

        assertTrue(windows.problems().isEmpty(), () -> windows.problems().toString());
        FrontMatter a = unix.frontMatter();
        FrontMatter b = windows.frontMatter();
        assertEquals("Vesti", text(b, "title"), "no carriage return may stick to a value");
        assertEquals("2022-03-04", text(b, "date"));
        assertEquals(a.fields(), b.fields());
        assertEquals(a.endLine(), b.endLine());
        assertEquals(a.bodyStartLine(), b.bodyStartLine());
        assertEquals("Tekst.\nDrugi red.", b.body());
    }

    @Test
    void jbakeNativeHeaderIsReadUpToTheTildeSeparator() {
        FrontMatterParser.Result result = parse("""
                title=Sastanak Upravnog odbora
                date=2022-03-04
                type=post
                tags=upravni odbor, migracije ,
                status = published
                ~~~~~~
                Tekst vesti.
                """);

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        FrontMatter fm = result.frontMatter();
        assertEquals(FrontMatter.Format.JBAKE_HEADER, fm.format());
        assertEquals("Sastanak Upravnog odbora", text(fm, "title"));
        assertEquals("post", text(fm, "type"));
        assertEquals("published", text(fm, "status"));
        assertEquals(List.of("upravni odbor", "migracije"),
                assertInstanceOf(FrontMatter.TextList.class, fm.field("tags").orElseThrow().value()).items());
        FrontMatter.Field status = fm.field("status").orElseThrow();
        assertEquals(5, status.line());
        assertEquals(10, status.valueColumn());
        assertEquals(6, fm.endLine());
        assertEquals(7, fm.bodyStartLine());
        assertEquals("Tekst vesti.", fm.body());
    }

    @Test
    void jbakeHeaderReportsAKeyWrittenTwiceOnTheLineOfTheSecond() {
        Problem problem = onlyProblem(parse("title=A\ndate=2022-03-04\ntitle=B\n~~~~~~\nTekst.\n"));

        assertEquals(Problem.error(FILE, 3, 1, "the field 'title' is written twice (first on line 1)",
                "keep one 'title=' line and delete the other"), problem);
    }

    @Test
    void unterminatedFrontMatterIsAnErrorAtTheFirstLine() {
        FrontMatterParser.Result result = parse("---\ntitle: Vesti\ndate: 2022-03-04\n\nTekst bez zatvaranja.\n");

        assertFalse(result.hasFrontMatter());
        Problem problem = onlyProblem(result);
        assertTrue(problem.isError());
        assertEquals(1, problem.line());
        assertEquals(1, problem.column());
        assertEquals("the front matter that starts here is never closed", problem.message());
        assertTrue(problem.hint().contains("'---'"), problem.hint());
    }

    @Test
    void aTabIndentingAFieldIsReportedAsATabAtItsLineAndColumn() {
        Problem problem = onlyProblem(parse("---\ntitle: Vesti\ntags:\n\t- migracije\n---\nTekst.\n"));

        assertTrue(problem.isError());
        assertEquals("the front matter contains a tab character", problem.message());
        assertTrue(problem.hint().contains("tab"), problem.hint());
        assertEquals(4, problem.line(), "the file line of the tab");
        assertEquals(1, problem.column(), "the tab is the first character of its line");
    }

    @Test
    void aTabBeforeAKeyLaterInTheLineIsReportedWhereTheTabIs() {
        Problem problem = onlyProblem(parse("---\ntitle: Vesti\ndate: 2022-03-04\n  \ttranslationKey: x\n---\nT.\n"));

        assertEquals("the front matter contains a tab character", problem.message());
        assertEquals(4, problem.line());
        assertEquals(3, problem.column());
    }

    @Test
    void aValueContainingColonSpaceIsExplainedWithAQuotingHint() {
        Problem problem = onlyProblem(parse("---\ndate: 2022-03-04\ntitle: Sastanak: zaključci\n---\nTekst.\n"));

        assertTrue(problem.isError());
        assertEquals("a value contains ': ' which YAML reads as a new field", problem.message());
        assertTrue(problem.hint().contains("double quotes"), problem.hint());
        assertEquals(3, problem.line());
        assertEquals(16, problem.column(), "the column of the second colon");
    }

    @Test
    void aListNeverClosedIsReportedWhereItsBracketOpens() {
        for (String after : List.of("", "date: 2022-03-04\n")) {
            Problem problem = onlyProblem(parse("---\ntitle: Sastanak\ntags: [migracije, partnerstvo\n" + after
                    + "---\nTekst.\n"));

            assertEquals(Problem.error(FILE, 3, 7, "the list that starts here with '[' is not closed with ']'",
                    "end the list on the same line with ']', e.g. tags: [migracije, partnerstvo]; if the brackets "
                            + "are part of a text, put the whole text in quotes"), problem, after);
        }
    }

    @Test
    void textAfterAQuotedStartOfAValueIsExplainedWithTheWholeValueQuoted() {
        Problem problem = onlyProblem(parse("---\ntitle: \"Sastanak\" u Beogradu\ndate: 2022-03-04\n---\nT.\n"));

        assertEquals(Problem.error(FILE, 2, 8, "the value of 'title' starts with a quotation mark (\"), so YAML ends "
                        + "it at the closing one and cannot read the text after it",
                "put the whole value in quotes: title: '\"Sastanak\" u Beogradu'"), problem);
    }

    @Test
    void textAfterABracketedStartOfAValueIsExplainedWithTheWholeValueQuoted() {
        Problem problem = onlyProblem(parse("---\ntitle: [Najava] Sastanak\ndate: 2022-03-04\n---\nT.\n"));

        assertEquals(Problem.error(FILE, 2, 8, "the value of 'title' starts with a bracket ([), so YAML ends it at "
                        + "the closing one and cannot read the text after it",
                "put the whole value in quotes: title: \"[Najava] Sastanak\""), problem);
    }

    @Test
    void aHashInAnUnquotedTitleCutsItAndIsAWarningAtTheHash() {
        FrontMatterParser.Result result = parse("---\ntitle: Sastanak #2 u Nišu\ndate: 2022-03-04\n---\nT.\n");

        assertEquals(List.of(Problem.warning(FILE, 2, 17, "the title stops before '#': YAML reads the rest of the line "
                        + "as a comment and leaves it out",
                "put the whole title in quotes: title: \"Sastanak #2 u Nišu\"")), result.problems());
        assertEquals("Sastanak", text(result.frontMatter(), "title"), "what YAML reads");
    }

    @Test
    void commentsAfterQuotedTitlesAndAfterOtherFieldsAreFine() {
        FrontMatterParser.Result result = parse("---\ntitle: \"Sastanak #2\"  # the second one\n"
                + "date: 2022-03-04   # YYYY-MM-DD\nsummary: Kratko.\n---\nT.\n");

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals("Sastanak #2", text(result.frontMatter(), "title"));
    }

    @Test
    void aValueWithAColonIsReportedAndTheFieldsAreStillReadWithTheValueQuotedAsTheHintSays() {
        FrontMatterParser.Result result = parse("---\ntitle: Sastanak: zaključci\ndate: 2022-3-4\n---\nT.\n");

        assertEquals(List.of("a value contains ': ' which YAML reads as a new field"),
                result.problems().stream().map(Problem::message).toList());
        assertTrue(result.hasFrontMatter(), "the other fields are checked in the same run");
        assertEquals("Sastanak: zaključci", text(result.frontMatter(), "title"));
        assertEquals("2022-3-4", text(result.frontMatter(), "date"));
    }

    @Test
    void aFieldIndentedByATabIsReadAsAFieldOfItsOwn() {
        FrontMatterParser.Result result = parse("---\ntitle: Vesti\ndate: 2022-03-04\n\ttranslationKey: k\n---\nT.\n");

        assertEquals(1, result.problems().size(), result.problems()::toString);
        assertEquals(4, result.problems().get(0).line());
        assertEquals("2022-03-04", text(result.frontMatter(), "date"));
        assertEquals("k", text(result.frontMatter(), "translationKey"));
    }

    @Test
    void frontMatterThatIsNotValidYamlCannotBeReadAtAll() {
        FrontMatterParser.Result result = parse("---\n[title, date\n---\nT.\n");

        assertFalse(result.hasFrontMatter(), "its fields are unknown, so none may be reported missing");
        assertEquals(1, result.problems().size());
    }

    @Test
    void aQuotedValueMayContainColonSpace() {
        FrontMatterParser.Result result = parse("---\ntitle: \"Sastanak: zaključci\"\n---\nTekst.\n");

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals("Sastanak: zaključci", text(result.frontMatter(), "title"));
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorOnTheLineOfTheSecondAndTheFirstValueIsKept() {
        FrontMatterParser.Result result = parse("---\ntitle: Prvi\ndate: 2022-03-04\ntitle: Drugi\n---\nTekst.\n");

        Problem problem = onlyProblem(result);
        assertEquals(Problem.error(FILE, 4, 1, "the field 'title' is written twice (first on line 2)",
                "keep one 'title:' line and delete the other"), problem);
        assertEquals("Prvi", text(result.frontMatter(), "title"));
    }

    @Test
    void aFileWithoutFrontMatterIsAnErrorAtTheFirstLine() {
        FrontMatterParser.Result result = parse("# Naslov\n\nSamo tekst, bez polja.\n");

        assertFalse(result.hasFrontMatter());
        Problem problem = onlyProblem(result);
        assertEquals(FILE, problem.file());
        assertEquals(1, problem.line());
        assertEquals(1, problem.column());
        assertEquals("the file does not start with front matter", problem.message());
    }

    @Test
    void emptyFrontMatterHasNoFieldsAndNoProblemOfItsOwn() {
        FrontMatterParser.Result result = parse("---\n---\nTekst.\n");

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertTrue(result.hasFrontMatter());
        assertTrue(result.frontMatter().fields().isEmpty());
        assertEquals(2, result.frontMatter().endLine());
        assertEquals(3, result.frontMatter().bodyStartLine());
        assertEquals("Tekst.", result.frontMatter().body());
    }

    @Test
    void listsAreTextListsScalarsAreTextsAndMapsAreStructures() {
        FrontMatterParser.Result result = parse("""
                ---
                title: Vesti
                tags: [migracije, partnerstvo]
                blockTags:
                  - jedan
                  - dva
                menu: 3
                empty:
                nested:
                  a: b
                ---
                Tekst.
                """);

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        FrontMatter fm = result.frontMatter();
        assertEquals(new FrontMatter.Text("Vesti"), fm.field("title").orElseThrow().value());
        assertEquals(new FrontMatter.TextList(List.of("migracije", "partnerstvo")), fm.field("tags").orElseThrow().value());
        assertEquals(new FrontMatter.TextList(List.of("jedan", "dva")), fm.field("blockTags").orElseThrow().value());
        assertEquals(new FrontMatter.Text("3"), fm.field("menu").orElseThrow().value(), "numbers stay text");
        assertEquals(new FrontMatter.Text(""), fm.field("empty").orElseThrow().value(), "an empty value is empty text");
        assertInstanceOf(FrontMatter.Structure.class, fm.field("nested").orElseThrow().value());
        FrontMatter.Field block = fm.field("blockTags").orElseThrow();
        assertEquals(4, block.line());
        assertEquals(5, block.valueLine(), "a block list starts on the line of its first item");
    }

    @Test
    void theBodyStartsOnTheLineAfterTheClosingDelimiter() {
        FrontMatterParser.Result result = parse("---\ntitle: A\ndate: 2022-03-04\ntranslationKey: a\n---\n\nTekst.\n");

        FrontMatter fm = result.frontMatter();
        assertEquals(5, fm.endLine());
        assertEquals(6, fm.bodyStartLine());
        assertEquals("\nTekst.", fm.body());
    }

    @Test
    void threeDotsAlsoCloseYamlFrontMatter() {
        FrontMatterParser.Result result = parse("---\ntitle: A\n...\nTekst.\n");

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals(3, result.frontMatter().endLine());
        assertEquals("Tekst.", result.frontMatter().body());
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        FrontMatterParser.Result result = parse("---\n- a\n- b\n---\nTekst.\n");

        Problem problem = onlyProblem(result);
        assertEquals("the front matter must be a list of 'key: value' fields", problem.message());
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertFalse(result.hasFrontMatter(), "fields that cannot be read are not there at all");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS) // hang guard
    void anchorsAndAliasesAreRefusedBeforeAnyValueIsRepeated() {
        String yaml = "---\ntitle: T\nsummary: &a \"" + "x".repeat(10_000) + "\"\ntags: ["
                + String.join(", ", java.util.Collections.nCopies(10_000, "*a")) + "]\n---\n";

        Problem problem = onlyProblem(parse(yaml));

        assertEquals(FILE + ":3:10: error: '&' at the start of a value names it for repeating (a YAML anchor)",
                problem.headline());
    }

    @Test
    void anAliasAloneIsRefusedWithAHintToQuote() {
        Problem problem = onlyProblem(parse("---\ntitle: *vazno\n---\n"));

        assertEquals(2, problem.line());
        assertTrue(problem.hint().contains("put the whole value in quotes"), problem.hint());
    }

    @Test
    void frontMatterLongerThanTheLimitIsRefused() {
        Problem problem = onlyProblem(parse("---\nsummary: " + "x".repeat(FrontMatterParser.MAX_FRONT_MATTER)
                + "\n---\n"));

        assertTrue(problem.message().startsWith("the front matter is 65,545 characters long"), problem.message());
    }

    @Test
    void deeplyNestedListsAreRefused() {
        Problem problem = onlyProblem(parse("---\ntags: " + "[".repeat(50) + "]".repeat(50) + "\n---\n"));

        assertTrue(problem.message().contains("nested more than 10 levels"), problem.message());
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsAnErrorAtTheValue() {
        Problem problem = onlyProblem(parse("---\ntitle: \"O pro\\u0007jektu\"\n---\n"));

        assertEquals(FILE + ":2:8: error: the value of 'title' (through an escape such as \\u0007) contains an "
                + "invisible control character (U+0007)", problem.headline());
    }

    @Test
    void everyTabIsReportedInOneRunAndTheFieldsAreStillRead() {
        FrontMatterParser.Result result = parse("---\ntitle:\tVesti\ndate:\t2022-03-04\ntranslationKey: x\n---\nT.\n");

        assertEquals(List.of(2, 3), result.problems().stream().map(Problem::line).toList());
        assertTrue(result.problems().stream().allMatch(p -> p.message().equals(
                "the front matter contains a tab character")), result.problems()::toString);
        assertTrue(result.hasFrontMatter(), "the fields are read with the tabs as spaces");
        assertEquals(List.of("title", "date", "translationKey"),
                List.copyOf(result.frontMatter().fields().keySet()));
    }

    @Test
    void aFrontMatterThatCannotBeReadStillGivesTheTextBelowIt() {
        FrontMatterParser.Result result = parse("---\ntitle: Vesti\n[a, b\n---\n\nTekst [veza](x.md).\n");

        assertFalse(result.hasFrontMatter());
        assertEquals("\nTekst [veza](x.md).", result.textBelow().orElseThrow().body().stripTrailing());
        assertEquals(5, result.textBelow().orElseThrow().bodyStartLine());
    }
}
