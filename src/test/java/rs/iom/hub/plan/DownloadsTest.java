package rs.iom.hub.plan;

import org.junit.jupiter.api.Test;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.i18n.MessageFiles;
import rs.iom.hub.i18n.Messages;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.site.EditionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type and size after the text of links to documents in a rendered body (tokens not yet resolved): inside the
 * link, for documents of the site and (type only) of other sites; nothing for pictures, pages and other addresses.
 */
class DownloadsTest {
    private static final Downloads DOWNLOADS = new Downloads(Map.of("sr/vesti/2022/izvestaj.pdf", 1_258_291L,
            "media/plan-rada.docx", 45L * 1024, "sr/vesti/2022/slika.jpg", 1000L));

    private static EditionContext edition(Edition edition) {
        Path project = TestSites.projectDir();
        MessageFiles.Result files = MessageFiles.load(project, List.of("sr", "en"));
        assertTrue(files.problems().isEmpty(), files.problems()::toString);
        EditionContext context = EditionContext.of(edition, files.messages().get(edition.language()),
                Converters.standard(project).forEdition(edition));
        Messages overlay = files.editionOverlays().get(edition.id());
        return overlay == null ? context : context.withOverlay(overlay);
    }

    private static String serbian(String body) {
        return DOWNLOADS.body(edition(Edition.SERBIAN_LATIN), body);
    }

    @Test
    void aLinkToADocumentOfTheSiteEndsWithItsTypeAndSizeInsideTheLink() {
        assertEquals("<p>Preuzmite <a href=\"hub:path:sr/vesti/2022/izvestaj.pdf\">Izveštaj 2022 "
                        + "<span class=\"prose__file\">(PDF, 1,2 MB)</span></a>.</p>",
                serbian("<p>Preuzmite <a href=\"hub:path:sr/vesti/2022/izvestaj.pdf\">Izveštaj 2022</a>.</p>"));
        assertEquals("<li><a href=\"hub:path:media/plan-rada.docx\">Plan rada <span class=\"prose__file\">"
                        + "(DOCX, 45 kB)</span></a></li>",
                DOWNLOADS.body(edition(Edition.SERBIAN_CYRILLIC),
                        "<li><a href=\"hub:path:media/plan-rada.docx\">Plan rada</a></li>"));
        assertEquals("<a href=\"hub:path:sr/vesti/2022/izvestaj.pdf\">Report <span class=\"prose__file\">"
                        + "(PDF, 1.2 MB)</span></a>",
                DOWNLOADS.body(edition(Edition.ENGLISH), "<a href=\"hub:path:sr/vesti/2022/izvestaj.pdf\">Report</a>"));
    }

    @Test
    void aLinkWithATitleAFragmentOrMarkupInItsTextIsNotedToo() {
        assertEquals("<a href=\"hub:path:sr/vesti/2022/izvestaj.pdf#page=3\" title=\"Treće poglavlje\"><strong>"
                        + "Izveštaj</strong>, 3. strana <span class=\"prose__file\">(PDF, 1,2 MB)</span></a> i "
                        + "<a href=\"hub:path:media/plan-rada.docx\">plan <span class=\"prose__file\">(DOCX, 45 kB)"
                        + "</span></a>",
                serbian("<a href=\"hub:path:sr/vesti/2022/izvestaj.pdf#page=3\" title=\"Treće poglavlje\"><strong>"
                        + "Izveštaj</strong>, 3. strana</a> i <a href=\"hub:path:media/plan-rada.docx\">plan</a>"));
    }

    @Test
    void aDocumentOnAnotherSiteIsNotedWithItsTypeOnly() {
        assertEquals("<a href=\"https://example.org/files/smernice.PDF?v=2#strana-3\" rel=\"noopener noreferrer\">"
                        + "Smernice <span class=\"prose__file\">(PDF)</span></a>",
                serbian("<a href=\"https://example.org/files/smernice.PDF?v=2#strana-3\" rel=\"noopener noreferrer\">"
                        + "Smernice</a>"));
        assertEquals("<a href=\"hub:path:sr/nestao.xlsx\">Tabela <span class=\"prose__file\">(XLSX)</span></a>",
                serbian("<a href=\"hub:path:sr/nestao.xlsx\">Tabela</a>"), "a file whose size is not known");
    }

    @Test
    void linksToPicturesPagesAndOtherAddressesAreLeftAsTheyAre() {
        String body = "<p><a href=\"hub:path:sr/vesti/2022/slika.jpg\">slika</a> "
                + "<a href=\"hub:page:content/sr/dokumenti.md\">Dokumenti</a> "
                + "<a href=\"https://example.org/\">sajt</a> <a href=\"https://example.org\">sajt</a> "
                + "<a href=\"https://example.org/izvestaj.pdf/\">fascikla</a> "
                + "<a href=\"mailto:izvestaj.pdf@example.org\">pošta</a> "
                + "<a href=\"#izvestaj.pdf\" class=\"prose__heading-link\">naslov</a></p>";
        assertSame(body, serbian(body));
        String plain = "<p>Izveštaj.pdf, bez linka.</p>";
        assertSame(plain, serbian(plain));
    }

    @Test
    void textOfTheMessagesIsEscaped() {
        Downloads downloads = new Downloads(Map.of("a.pdf", 10L));
        Messages odd = Messages.of("test", Map.<String, Object>of("file", Map.of("typeAndSize", "<{type}> & {size}")));
        EditionContext ctx = edition(Edition.ENGLISH).withOverlay(odd);
        assertEquals("<a href=\"hub:path:a.pdf\">a <span class=\"prose__file\">&lt;PDF&gt; &amp; 10 B</span></a>",
                downloads.body(ctx, "<a href=\"hub:path:a.pdf\">a</a>"));
    }
}
