package rs.iom.hub.content;

import rs.iom.hub.problem.Severity;
import rs.iom.hub.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rs.iom.hub.content.Documents.news;
import static rs.iom.hub.content.Documents.page;

class TranslationIndexTest {
    private static final List<String> LANGUAGES = List.of("sr", "en");

    private final Document srAbout = page("content/sr/o-projektu.md", "about", 5);
    private final Document enAbout = page("content/en/about.md", "about", 6);

    @Test
    void languageVersionsAreLinkedByTheirKey() {
        TranslationIndex index = TranslationIndex.of(List.of(enAbout, srAbout), LANGUAGES);

        assertTrue(index.problems().isEmpty(), () -> index.problems().toString());
        assertSame(enAbout, index.translation(srAbout, "en").orElseThrow());
        assertSame(srAbout, index.translation(enAbout, "sr").orElseThrow());
        assertSame(srAbout, index.translation(srAbout, "sr").orElseThrow(), "a document is its own version");
        assertEquals(Map.of("sr", srAbout, "en", enAbout), index.versions("about"));
    }

    @Test
    void lookupsOfUnknownKeysAndLanguagesAreEmpty() {
        TranslationIndex index = TranslationIndex.of(List.of(srAbout, enAbout), LANGUAGES);
        Document stranger = page("content/sr/nepoznato.md", "unknown", 4);

        assertEquals(Optional.empty(), index.translation(stranger, "en"));
        assertEquals(Optional.empty(), index.translation(srAbout, "de"));
        assertEquals(Map.of(), index.versions("unknown"));
    }

    @Test
    void aKeyUsedTwiceInOneLanguageIsAnErrorNamingTheFirstFileAtTheLineOfTheKey() {
        Document second = page("content/sr/projekat.md", "about", 7);

        TranslationIndex index = TranslationIndex.of(List.of(second, enAbout, srAbout), LANGUAGES);

        List<Problem> errors = index.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> index.problems().toString());
        Problem error = errors.get(0);
        assertEquals("content/sr/projekat.md", error.file(), "reported in the file that comes second (by path)");
        assertEquals(7, error.line(), "the line of its translationKey");
        assertEquals(1, error.column());
        assertEquals("the translationKey 'about' is already used by content/sr/o-projektu.md", error.message());
        assertSame(srAbout, index.translation(enAbout, "sr").orElseThrow(), "the first file keeps the key");
    }

    @Test
    void aMissingTranslationIsAWarningInTheFileThatHasNone() {
        Document onlySerbian = page("content/sr/samo-srpski.md", "samo-srpski", 4);

        TranslationIndex index = TranslationIndex.of(List.of(srAbout, enAbout, onlySerbian), LANGUAGES);

        assertEquals(1, index.problems().size(), () -> index.problems().toString());
        Problem warning = index.problems().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("content/sr/samo-srpski.md", warning.file());
        assertEquals(4, warning.line());
        assertEquals("there is no 'en' version of this page (translationKey 'samo-srpski')", warning.message());
        assertTrue(warning.hint().contains("content/en/"), warning.hint());
        assertEquals(Optional.empty(), index.translation(onlySerbian, "en"));
    }

    @Test
    void aTranslationWhoseFileHasErrorsIsNotReportedMissing() {
        Document onlySerbian = page("content/sr/samo-srpski.md", "samo-srpski", 4);
        TranslationIndex.Unpublished broken = new TranslationIndex.Unpublished("content/en/only-serbian.md", "en",
                "samo-srpski", true);

        TranslationIndex index = TranslationIndex.of(List.of(srAbout, enAbout, onlySerbian), LANGUAGES,
                List.of(broken));

        assertEquals(List.of(), index.problems(), "the broken file reports its own errors");
        assertEquals(Optional.empty(), index.translation(onlySerbian, "en"));
    }

    @Test
    void aTranslationThatIsADraftIsReportedAsNotPublishedYetNamingItsFile() {
        Document onlySerbian = page("content/sr/samo-srpski.md", "samo-srpski", 4);
        TranslationIndex.Unpublished draft = new TranslationIndex.Unpublished("content/en/only-serbian.md", "en",
                "samo-srpski", false);

        TranslationIndex index = TranslationIndex.of(List.of(srAbout, enAbout, onlySerbian), LANGUAGES,
                List.of(draft));

        assertEquals(List.of(Problem.warning("content/sr/samo-srpski.md", 4, 1,
                "the 'en' version of this page (content/en/only-serbian.md) is not published yet",
                "until it is published (status: published, dated today or earlier) the language switcher leads to "
                        + "the en home page")), index.problems());
    }

    @Test
    void versionsOfDifferentTypesAreAWarning() {
        Document srNews = news("content/sr/vesti/2022/sastanak.md", "2022-03-04", "meeting");
        Document enPage = page("content/en/meeting.md", "meeting", 9);

        TranslationIndex index = TranslationIndex.of(List.of(srNews, enPage), LANGUAGES);

        assertEquals(1, index.problems().size(), () -> index.problems().toString());
        Problem warning = index.problems().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("content/sr/vesti/2022/sastanak.md", warning.file(), "reported in the file that comes second");
        assertEquals(3, warning.line());
        assertEquals("this news and its translation content/en/meeting.md (a page) should have the same type",
                warning.message());
        assertSame(enPage, index.translation(srNews, "en").orElseThrow(), "they are still linked");
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheDocuments() {
        Document second = page("content/sr/projekat.md", "about", 7);
        Document lonely = page("content/en/only-english.md", "only-english", 3);

        TranslationIndex a = TranslationIndex.of(List.of(srAbout, second, enAbout, lonely), LANGUAGES);
        TranslationIndex b = TranslationIndex.of(List.of(lonely, enAbout, second, srAbout), LANGUAGES);

        assertEquals(a.problems(), b.problems());
        assertEquals(a.versions("about"), b.versions("about"));
    }
}
