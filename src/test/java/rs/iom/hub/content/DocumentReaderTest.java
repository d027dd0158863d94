package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private static final String NEWS = "content/sr/vesti/2022/sastanak.md";
    private static final String PAGE = "content/sr/o-projektu.md";

    private final DocumentReader reader = new DocumentReader(List.of("sr", "en"),
            Map.of("sr", "vesti", "en", "news"));

    private DocumentReader.Result read(String source, String text) {
        return reader.read(source, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    private static final String VALID = """
            title: Sastanak Upravnog odbora
            date: 2022-03-04
            translationKey: sastanak-2022
            """;

    private static List<Problem> errors(DocumentReader.Result result) {
        return result.problems().stream().filter(Problem::isError).toList();
    }

    private static List<Problem> warnings(DocumentReader.Result result) {
        return result.problems().stream().filter(p -> !p.isError()).toList();
    }

    private static Problem onlyError(DocumentReader.Result result) {
        List<Problem> errors = errors(result);
        assertEquals(1, errors.size(), () -> "expected exactly one error but got " + result.problems());
        assertTrue(result.document().isEmpty(), "a file with errors gives no document");
        return errors.get(0);
    }

    private static Problem onlyWarning(DocumentReader.Result result) {
        assertTrue(errors(result).isEmpty(), () -> "expected no errors but got " + result.problems());
        List<Problem> warnings = warnings(result);
        assertEquals(1, warnings.size(), () -> "expected exactly one warning but got " + result.problems());
        return warnings.get(0);
    }

    @Test
    void theLeadImageMayHaveACaptionAndACredit() {
        DocumentReader.Result result = read(NEWS, file(VALID + "image: sala.jpg\nimageAlt: Sala za sastanke\n"
                + "imageCaption: Sastanak u Beogradu\nimageCredit: ' IOM / Ana Anić '\n", "Tekst.\n"));
        Document doc = result.document().orElseThrow(() -> new AssertionError(result.problems()));
        assertEquals("Sastanak u Beogradu", doc.imageCaption());
        assertEquals("IOM / Ana Anić", doc.imageCredit());
    }

    @Test
    void aCaptionWithoutAnImageIsAWarningAtItsLine() {
        Problem warning = onlyWarning(read(NEWS, file(VALID + "imageCaption: Sastanak u Beogradu\n", "Tekst.\n")));
        assertEquals(5, warning.line());
        assertTrue(warning.message().contains("'imageCaption' is given, but there is no 'image:'"), warning.message());
    }

    @Test
    void aCompleteFileGivesATypedDocument() {
        DocumentReader.Result result = read(NEWS, file(VALID + """
                tags: [upravni odbor, migracije, upravni odbor]
                summary: Kratak opis.
                """, "Prvi pasus.\n"));

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        Document doc = result.document().orElseThrow();
        assertEquals("sr", doc.language());
        assertEquals("vesti/2022/sastanak/", doc.path());
        assertEquals("Sastanak Upravnog odbora", doc.title());
        assertEquals(LocalDate.of(2022, 3, 4), doc.date());
        assertEquals("sastanak-2022", doc.translationKey());
        assertEquals(4, doc.translationKeyLine());
        assertEquals(DocumentStatus.PUBLISHED, doc.status());
        assertEquals(List.of("upravni odbor", "migracije"), doc.tags(), "tags in order, without duplicates");
        assertEquals("Kratak opis.", doc.summary());
        assertEquals("<p>Prvi pasus.</p>\n", doc.body());
    }

    @Test
    void englishNewsInTheSharedSerbianNewsFolderKeepTheirEnglishAddress() {
        DocumentReader.Result result = read("content/en/vesti/2022/meeting.md",
                file(VALID.replace("Sastanak Upravnog odbora", "Steering Board meeting"), "The board met.\n"));

        Document doc = result.document().orElseThrow(() -> new AssertionError(result.problems()));
        assertEquals(DocumentType.NEWS, doc.type(), "a file in the shared news folder is news without 'type:'");
        assertEquals("news/2022/meeting/", doc.path(), "published under the English news address");
    }

    @Test
    void englishNewsInTheirOwnFolderAndPagesNamedLikeTheSharedFolderAreUnchanged() {
        Document news = read("content/en/news/2022/meeting.md", file(VALID, "Text.\n")).document().orElseThrow();
        Document page = read("content/en/vesti.md", file(VALID, "Text.\n")).document().orElseThrow();

        assertEquals("news/2022/meeting/", news.path());
        assertEquals(DocumentType.NEWS, news.type());
        assertEquals("vesti/", page.path(), "a page is never renamed");
        assertEquals(DocumentType.PAGE, page.type());
    }

    @Test
    void everyMissingRequiredFieldIsAnErrorAtTheFirstLineWithItsOwnMessage() {
        DocumentReader.Result result = read(NEWS, file("summary: Samo sažetak.\n", "Tekst.\n"));

        assertTrue(result.document().isEmpty());
        assertEquals(List.of(
                        "1:1 the front matter has no 'title'",
                        "1:1 the front matter has no 'date'",
                        "1:1 the front matter has no 'translationKey'"),
                errors(result).stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList());
        assertTrue(errors(result).get(1).hint().contains("date: 2022-03-04"), errors(result).get(1).hint());
    }

    @Test
    void aYamlSyntaxErrorIsTheOnlyErrorOfItsFile() {
        Problem problem = onlyError(read(PAGE, file("""
                title: O projektu: cilj
                date: 2022-03-04
                translationKey: about
                """, "Tekst.\n")));

        assertEquals(Problem.error(PAGE, 2, 18, "a value contains ': ' which YAML reads as a new field",
                problem.hint()), problem, "the title, date and key are written: they are not missing");
    }

    @Test
    void frontMatterThatIsNotKeyValueFieldsIsTheOnlyErrorOfItsFile() {
        Problem problem = onlyError(read(PAGE, file("- title\n- date\n", "Tekst.\n")));

        assertEquals("the front matter must be a list of 'key: value' fields", problem.message());
    }

    @Test
    void anEmptyRequiredFieldIsAnErrorOnItsOwnLine() {
        Problem problem = onlyError(read(NEWS, file("""
                title: Vesti
                date: 2022-03-04
                translationKey: ""
                """, "Tekst.\n")));

        assertEquals(Problem.error(NEWS, 4, 1, "'translationKey' is empty", problem.hint()), problem);
    }

    @Test
    void aDayThatDoesNotExistIsExplainedWithTheLengthOfTheMonth() {
        Problem problem = onlyError(read(NEWS, file("""
                title: Vesti
                date: 2022-02-30
                translationKey: vesti
                """, "Tekst.\n")));

        assertEquals("the date 2022-02-30 does not exist (February 2022 has 28 days)", problem.message());
        assertEquals(3, problem.line());
        assertEquals(7, problem.column());
    }

    @Test
    void aThirteenthMonthIsExplainedToo() {
        Problem problem = onlyError(read(NEWS, file("title: Vesti\ndate: 2022-13-01\ntranslationKey: v\n", "T.\n")));

        assertEquals("the date 2022-13-01 does not exist (there is no month 13)", problem.message());
    }

    @Test
    void aDateWrittenTheSerbianWayGetsAHintWithTheIsoDate() {
        Problem problem = onlyError(read(NEWS, file("""
                title: Vesti
                date: 04.03.2022.
                translationKey: vesti
                """, "Tekst.\n")));

        assertEquals("'04.03.2022.' is not a date in the form YYYY-MM-DD", problem.message());
        assertEquals("write dates as YYYY-MM-DD: date: 2022-03-04", problem.hint());
        assertEquals(3, problem.line());
        assertEquals(7, problem.column());
    }

    @Test
    void anUnknownTypeSuggestsTheClosestOne() {
        Problem problem = onlyError(read(PAGE, file(VALID + "type: nws\n", "Tekst.\n")));

        assertEquals("unknown type 'nws'", problem.message());
        assertEquals(5, problem.line());
        assertEquals(7, problem.column());
        assertTrue(problem.hint().endsWith("did you mean 'news'?"), problem.hint());
    }

    @Test
    void anUnknownStatusSuggestsTheClosestOne() {
        Problem problem = onlyError(read(PAGE, file(VALID + "status: publised\n", "Tekst.\n")));

        assertEquals("unknown status 'publised'", problem.message());
        assertEquals(5, problem.line());
        assertTrue(problem.hint().endsWith("did you mean 'published'?"), problem.hint());
    }

    @Test
    void aFarFetchedTypeGetsNoSuggestion() {
        Problem problem = onlyError(read(PAGE, file(VALID + "type: blogpost\n", "Tekst.\n")));

        assertEquals("unknown type 'blogpost'", problem.message());
        assertFalse(problem.hint().contains("did you mean"), problem.hint());
    }

    @Test
    void aMisspelledKeyIsAWarningThatSuggestsTheField() {
        DocumentReader.Result result = read(PAGE, file(VALID + "titel: Drugi naslov\n", "Tekst.\n"));

        Problem problem = onlyWarning(result);
        assertEquals(Problem.warning(PAGE, 5, 1, "unknown field 'titel' is ignored", problem.hint()), problem);
        assertTrue(problem.hint().endsWith("did you mean 'title'?"), problem.hint());
        assertEquals("Sastanak Upravnog odbora", result.document().orElseThrow().title());
    }

    @Test
    void aTitleWrittenAsAListIsAnErrorAtTheList() {
        Problem problem = onlyError(read(PAGE, file("""
                title:
                  - Prvi
                  - Drugi
                date: 2022-03-04
                translationKey: vesti
                """, "Tekst.\n")));

        assertEquals("'title' must be a single text, not a list", problem.message());
        assertEquals(3, problem.line());
        assertEquals(3, problem.column());
    }

    @Test
    void aMenuThatIsNotANumberIsAnError() {
        Problem problem = onlyError(read(PAGE, file(VALID + "menu: prvi\n", "Tekst.\n")));

        assertEquals("'menu' must be a whole number, not 'prvi'", problem.message());
        assertEquals(5, problem.line());
    }

    @Test
    void anImageWithoutAlternativeTextIsAnErrorAtTheImageField() {
        Problem problem = onlyError(read(PAGE, file(VALID + "image: slika.jpg\n", "Tekst.\n")));

        assertEquals(Problem.error(PAGE, 5, 1, "the image has no alternative text", problem.hint()), problem);
        assertTrue(problem.hint().contains("imageAlt"), problem.hint());
    }

    @Test
    void anImageWithAlternativeTextIsAccepted() {
        DocumentReader.Result result = read(PAGE, file(VALID + "image: slika.jpg\nimageAlt: Učesnici sastanka\n",
                "Tekst.\n"));

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        assertEquals("Učesnici sastanka", result.document().orElseThrow().imageAlt());
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLineAndColumn() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("---\ntitle: Šta je ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE8); // 'č' in Windows-1250
        bytes.writeBytes("ak\ndate: 2022-03-04\n---\nTekst.\n".getBytes(StandardCharsets.UTF_8));

        DocumentReader.Result result = reader.read(NEWS, bytes.toByteArray());

        Problem problem = onlyError(result);
        assertEquals("the file is not UTF-8 text (byte 0xE8 cannot be read)", problem.message());
        assertEquals(2, problem.line());
        assertEquals(15, problem.column(), "counted in characters, so 'Š' counts once");
        assertTrue(problem.hint().contains("UTF-8"), problem.hint());
    }

    @Test
    void aByteOrderMarkIsAWarningAndTheFileIsStillRead() {
        DocumentReader.Result result = read(NEWS, "\uFEFF" + file(VALID, "Tekst.\n"));

        Problem problem = onlyWarning(result);
        assertEquals(1, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().contains("byte-order mark"), problem.message());
        assertEquals("Sastanak Upravnog odbora", result.document().orElseThrow().title());
    }

    @Test
    void aPageWithoutTextIsAnErrorAtTheClosingLine() {
        Problem problem = onlyError(read(NEWS, file(VALID, "\n   \n")));

        assertEquals(Problem.error(NEWS, 5, 1, "the page has no text", problem.hint()), problem);
    }

    @Test
    void aFileNameWithNonAsciiLettersIsAnErrorThatSuggestsTheSlug() {
        String source = "content/sr/vesti/2022/Šef kancelarije.md";

        Problem problem = onlyError(read(source, file(VALID, "Tekst.\n")));

        assertEquals(source, problem.file());
        assertEquals("the file name 'Šef kancelarije.md' may only use lowercase letters a-z, digits and hyphens "
                + "(it becomes part of the web address)", problem.message());
        assertEquals("rename it to 'sef-kancelarije.md'", problem.hint(), "with .md: without it, it is no page");
    }

    @Test
    void aFolderNameWithCapitalLettersIsAnErrorThatSuggestsTheSlug() {
        String source = "content/sr/Vesti/2022/sastanak.md";

        Problem problem = onlyError(read(source, file(VALID, "Tekst.\n")));

        assertEquals("the folder name 'Vesti' may only use lowercase letters a-z, digits and hyphens "
                + "(it becomes part of the web address)", problem.message());
        assertEquals("rename it to 'vesti'", problem.hint());
    }

    @Test
    void aFileOutsideTheLanguageFoldersIsAnError() {
        Problem problem = onlyError(read("content/de/seite.md", file(VALID, "Text.\n")));

        assertEquals("this file is not inside a language folder", problem.message());
        assertEquals("move it to content/sr/ or content/en/", problem.hint());
    }

    @Test
    void filesUnderTheNewsFolderAreNewsUnlessTheySayOtherwise() {
        assertEquals(DocumentType.NEWS, read(NEWS, file(VALID, "T.\n")).document().orElseThrow().type());
        assertEquals(DocumentType.NEWS, read("content/en/news/2022/meeting.md", file(VALID, "T.\n"))
                .document().orElseThrow().type());
        assertEquals(DocumentType.PAGE, read(PAGE, file(VALID, "T.\n")).document().orElseThrow().type());
        assertEquals(DocumentType.PAGE, read("content/sr/news/2022/sastanak.md", file(VALID, "T.\n"))
                .document().orElseThrow().type(), "'news' is the news folder of English only");
        assertEquals(DocumentType.PAGE, read(NEWS, file(VALID + "type: page\n", "T.\n"))
                .document().orElseThrow().type());
    }

    @Test
    void withoutASummaryTheFirstParagraphIsTheSummary() {
        DocumentReader.Result result = read(NEWS, file(VALID, """
                ## Naslov odeljka

                Prvi pasus sa *naglaskom* i [linkom](https://example.org/)
                u dva reda.

                Drugi pasus.
                """));

        assertEquals("Prvi pasus sa naglaskom i linkom u dva reda.", result.document().orElseThrow().summary());
    }

    @Test
    void theSummaryFromTheFirstParagraphKeepsItsQuotationMarksAndDashes() {
        String serbian = read(NEWS, file(VALID, "\"Projekat je važan\", rekla je Lidija Marković -- šefica "
                + "kancelarije...\n")).document().orElseThrow().summary();
        String english = read("content/en/news/2022/meeting.md", file(VALID, "\"The project is important,\" said "
                + "Lidija Marković -- Head of Office.\n")).document().orElseThrow().summary();

        assertEquals("„Projekat je važan“, rekla je Lidija Marković – šefica kancelarije…", serbian,
                "the summary reads like the text it summarises: a quote stays a quote");
        assertEquals("“The project is important,” said Lidija Marković – Head of Office.", english);
    }

    @Test
    void aLongFirstParagraphIsShortenedAtAWordForTheSummary() {
        String paragraph = "Reč ".repeat(80).strip() + ".";

        String summary = read(NEWS, file(VALID, paragraph + "\n")).document().orElseThrow().summary();

        assertTrue(summary.length() <= 201, summary);
        assertTrue(summary.endsWith("Reč…"), summary);
    }

    @Test
    void rawHtmlInTheTextIsAWarningAtItsPositionAndIsShownAsText() {
        DocumentReader.Result result = read(NEWS, file(VALID, "Prvi red.\n\nTekst sa <b>HTML</b> oznakom.\n"));

        List<Problem> warnings = warnings(result);
        assertFalse(warnings.isEmpty());
        Problem first = warnings.get(0);
        assertEquals("HTML code in the text is shown as plain text", first.message());
        assertEquals(8, first.line());
        assertEquals(10, first.column());
        String body = result.document().orElseThrow().body();
        assertTrue(body.contains("&lt;b&gt;HTML&lt;/b&gt;"), body);
        assertFalse(body.contains("<b>"), body);
    }

    @Test
    void jbakeHeaderNamesMapToOurFields() {
        DocumentReader.Result result = read(NEWS, """
                title=Sastanak
                date=2022-03-04
                type=post
                status=published
                translation=sastanak-2022
                lang=sr
                ~~~~~~
                Tekst.
                """);

        assertTrue(result.problems().isEmpty(), () -> result.problems().toString());
        Document doc = result.document().orElseThrow();
        assertEquals(DocumentType.NEWS, doc.type());
        assertEquals("sastanak-2022", doc.translationKey());
        assertEquals(5, doc.translationKeyLine());
    }

    @Test
    void aControlCharacterIsAnErrorAtItsLineAndColumnWhereverItIs() {
        DocumentReader.Result result = read(PAGE, file("title: O pro\u0007jektu\ndate: 2022-03-04\n"
                + "translationKey: about\n", "\nTekst\u0085 i\u000C tekst.\n"));

        assertEquals(List.of(PAGE + ":2:13: error: the line contains an invisible control character (U+0007)",
                        PAGE + ":7:6: error: the line contains an invisible control character (U+0085)"),
                errors(result).stream().map(Problem::headline).toList());
        assertTrue(result.document().isEmpty());
    }

    @Test
    void theFrontMatterImageIsALinkToCheckAtItsValue() {
        DocumentReader.Result result = read(PAGE, file("title: O projektu\ndate: 2022-03-04\ntranslationKey: about\n"
                + "image: https://example.org/a.jpg\nimageAlt: Slika\n", "\nTekst.\n"));

        assertEquals(List.of(rs.iom.hub.markdown.MarkdownLink.in(rs.iom.hub.layout.SiteLayout.DEFAULT, PAGE, true, "https://example.org/a.jpg", "Slika", 5, 8,
                rs.iom.hub.markdown.MarkdownLink.Part.FRONT_MATTER)), result.links());
        assertEquals(rs.iom.hub.markdown.LinkTargets.Kind.EXTERNAL,
                result.document().orElseThrow().imageLink().orElseThrow().target().kind(),
                "resolved once, carried on the document");
    }

    @Test
    void aFileThatTakesLongerThanItsBudgetIsRefused() {
        long[] now = {0};
        DocumentReader slow = new DocumentReader(rs.iom.hub.layout.SiteLayout.DEFAULT, List.of("sr", "en"),
                Map.of("sr", "vesti", "en", "news"), DocumentStatus.PUBLISHED, () -> now[0] += DocumentReader.TIME_BUDGET_NANOS);

        DocumentReader.Result result = slow.read(PAGE, file(VALID, "\nTekst.\n").getBytes(StandardCharsets.UTF_8));

        assertTrue(result.document().isEmpty());
        assertTrue(errors(result).get(0).message().startsWith("reading this file took "), errors(result).toString());
    }
}
