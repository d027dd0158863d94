package rs.iom.hub.site;

import org.junit.jupiter.api.Test;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static rs.iom.hub.content.Documents.document;
import static rs.iom.hub.content.Documents.news;
import static rs.iom.hub.content.Documents.page;

class SiteContentTest {
    private static final List<String> LANGUAGES = List.of("sr", "en");
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

    private final Document march = news("content/sr/vesti/2022/mart.md", "2022-03-04", "mart");
    private final Document mayB = news("content/sr/vesti/2022/maj-b.md", "2022-05-10", "maj-b");
    private final Document mayA = news("content/sr/vesti/2022/maj-a.md", "2022-05-10", "maj-a");
    private final Document december = news("content/sr/vesti/2021/decembar.md", "2021-12-20", "decembar");
    private final Document english = news("content/en/news/2022/march.md", "2022-03-04", "mart");

    private static SiteContent content(boolean drafts, Document... documents) {
        return SiteContent.of(List.of(documents), LANGUAGES, TODAY, drafts);
    }

    private static List<String> sources(List<Document> documents) {
        return documents.stream().map(Document::source).toList();
    }

    @Test
    void newsAreNewestFirstAndTheSameDayIsOrderedBySourcePath() {
        SiteContent content = content(false, march, mayB, december, mayA, english);

        assertEquals(List.of(mayA.source(), mayB.source(), march.source(), december.source()),
                sources(content.news("sr")));
        assertEquals(List.of(english.source()), sources(content.news("en")));
    }

    @Test
    void theOrderDoesNotDependOnTheOrderTheFilesWereRead() {
        List<Document> all = new ArrayList<>(List.of(march, mayB, december, mayA, english));
        List<String> expected = sources(SiteContent.of(all, LANGUAGES, TODAY, false).news("sr"));
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(all, new java.util.Random(i));
            assertEquals(expected, sources(SiteContent.of(all, LANGUAGES, TODAY, false).news("sr")));
        }
    }

    @Test
    void draftsAndFutureNewsAreLeftOutOfAnOrdinaryBake() {
        Document draft = document("content/sr/vesti/2022/nacrt.md", DocumentType.NEWS, DocumentStatus.DRAFT,
                "2022-04-01", "nacrt", 3);
        Document scheduled = news("content/sr/vesti/2022/jun.md", "2022-06-02", "jun");
        Document dueToday = news("content/sr/vesti/2022/danas.md", "2022-06-01", "danas");
        Document draftPage = document("content/sr/nacrt-stranice.md", DocumentType.PAGE, DocumentStatus.DRAFT,
                "2022-01-01", "nacrt-stranice", 3);

        SiteContent published = content(false, march, draft, scheduled, dueToday, draftPage);

        assertEquals(List.of(dueToday.source(), march.source()), sources(published.news("sr")));
        assertEquals(List.of(), published.pages("sr"));
        assertEquals(Optional.empty(), published.bySource(draft.source()));
        assertTrue(SiteContent.isPublishedBy(dueToday, TODAY), "a news item dated today is published");
    }

    @Test
    void draftsAndFutureNewsAreIncludedInAPreview() {
        Document draft = document("content/sr/vesti/2022/nacrt.md", DocumentType.NEWS, DocumentStatus.DRAFT,
                "2022-04-01", "nacrt", 3);
        Document scheduled = news("content/sr/vesti/2022/jun.md", "2022-06-02", "jun");

        SiteContent preview = content(true, march, draft, scheduled);

        assertEquals(List.of(scheduled.source(), draft.source(), march.source()), sources(preview.news("sr")));
    }

    @Test
    void olderAndNewerStayWithinTheLanguageInListOrder() {
        SiteContent content = content(false, march, mayB, december, mayA, english);

        assertEquals(Optional.empty(), content.newer(mayA));
        assertEquals(Optional.of(mayB), content.older(mayA));
        assertEquals(Optional.of(mayA), content.newer(mayB));
        assertEquals(Optional.of(march), content.older(mayB));
        assertEquals(Optional.of(december), content.older(march));
        assertEquals(Optional.empty(), content.older(december));
        assertEquals(Optional.empty(), content.older(english), "the only English item has no neighbours");
        assertEquals(Optional.empty(), content.newer(english));
    }

    @Test
    void pagesHaveNoNeighbours() {
        Document about = page("content/sr/o-projektu.md", "about", 3);
        SiteContent content = content(false, march, about);

        assertEquals(Optional.empty(), content.older(about));
        assertEquals(Optional.empty(), content.newer(about));
    }

    @Test
    void tagsWithTheSameSlugAreOneTagWithAllTheirNewsNewestFirst() {
        Document a = news("content/sr/vesti/2022/a.md", "2022-01-10", "a", "Švajcarska", "migracije");
        Document b = news("content/sr/vesti/2022/b.md", "2022-02-10", "b", "švajcarska");
        Document c = news("content/sr/vesti/2022/c.md", "2022-03-10", "c", "Svajcarska", "Migracije");
        Document en = news("content/en/news/2022/a.md", "2022-01-10", "a", "Switzerland");

        SiteContent content = content(false, a, b, c, en);

        List<Tag> tags = content.tags("sr");
        assertEquals(List.of("migracije", "svajcarska"), tags.stream().map(Tag::slug).toList());
        Tag swiss = tags.get(1);
        assertEquals(List.of(c, b, a), swiss.documents());
        assertTrue(List.of("Švajcarska", "švajcarska", "Svajcarska").contains(swiss.name()), swiss.name());
        assertEquals(List.of(c, a), tags.get(0).documents());
        assertEquals(List.of("switzerland"), content.tags("en").stream().map(Tag::slug).toList());
    }

    @Test
    void theNameOfAMergedTagDoesNotDependOnTheOrderTheFilesWereRead() {
        Document a = news("content/sr/vesti/2022/a.md", "2022-01-10", "a", "Švajcarska");
        Document b = news("content/sr/vesti/2022/b.md", "2022-01-10", "b", "švajcarska");

        String first = SiteContent.of(List.of(a, b), LANGUAGES, TODAY, false).tags("sr").get(0).name();
        String second = SiteContent.of(List.of(b, a), LANGUAGES, TODAY, false).tags("sr").get(0).name();

        assertEquals(first, second);
    }

    @Test
    void aDocumentWithTheSameTagTwiceIsListedOnce() {
        Document a = news("content/sr/vesti/2022/a.md", "2022-01-10", "a", "Migracije", "migracije");

        Tag tag = content(false, a).tags("sr").get(0);

        assertEquals(List.of(a), tag.documents());
    }

    @Test
    void yearsAreNewestFirstWithTheirNewsNewestFirst() {
        SiteContent content = content(false, march, mayB, december, mayA, english);

        Map<Integer, List<Document>> years = content.years("sr");
        assertEquals(List.of(2022, 2021), List.copyOf(years.keySet()));
        assertEquals(List.of(mayA, mayB, march), years.get(2022));
        assertEquals(List.of(december), years.get(2021));
        assertEquals(List.of(2022), List.copyOf(content.years("en").keySet()));
    }

    @Test
    void theHomeTextAndMenuPagesAreKeptApartFromOtherPages() {
        Document home = page("content/sr/index.md", "home", 3);
        Document second = withMenu(page("content/sr/partneri.md", "partners", 3), 2);
        Document first = withMenu(page("content/sr/o-projektu.md", "about", 3), 1);
        Document hidden = page("content/sr/impresum.md", "imprint", 3);

        SiteContent content = content(false, home, second, hidden, first);

        assertEquals(Optional.of(home), content.home("sr"));
        assertEquals(List.of(first, second, hidden), content.pages("sr"));
        assertEquals(List.of(first, second), content.menu("sr"));
        assertEquals(Optional.empty(), content.home("en"));
    }

    @Test
    void documentsOfOtherLanguagesAreIgnored() {
        Document german = news("content/de/news/2022/a.md", "2022-01-10", "a");

        SiteContent content = content(false, march, german);

        assertEquals(List.of(march), content.documents());
    }

    private static Document withMenu(Document d, int menu) {
        return new Document(d.source(), d.language(), d.path(), d.type(), d.status(), d.title(), d.date(),
                d.translationKey(), d.translationKeyLine(), d.summary(), d.tags(), d.image(), d.imageAlt(), menu,
                d.body(), d.text(), d.fingerprint());
    }
}
