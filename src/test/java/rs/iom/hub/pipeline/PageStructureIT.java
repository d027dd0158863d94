package rs.iom.hub.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every page of the real site has: language, one h1, skip link, one main, canonical URL; and its weight. */
@ExtendWith(RealSite.LeftUnchanged.class)
class PageStructureIT {
    /** Elements a keyboard user reaches with Tab (unless tabindex="-1"). */
    private static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, "
            + "iframe, summary, [tabindex], [contenteditable]";
    private static final int MAX_NEWS_PAGE_BYTES = 50 * 1024;

    static BakedSite site;

    @BeforeAll
    static void theRealSite() {
        site = RealSite.get();
    }

    private static List<String> failures(java.util.function.Function<String, String> check) {
        List<String> failures = new ArrayList<>();
        for (String page : site.htmlPages()) {
            String failure = check.apply(page);
            if (failure != null) {
                failures.add(page + ": " + failure);
            }
        }
        return failures;
    }

    private static void assertNoFailures(List<String> failures) {
        assertTrue(failures.isEmpty(), () -> failures.size() + " page(s):\n  " + String.join("\n  ", failures));
    }

    @Test
    void theLanguageOfEveryPageIsTheLanguageOfItsEdition() {
        assertNoFailures(failures(page -> {
            String lang = site.page(page).selectFirst("html").attr("lang");
            String expected = page.startsWith("sr-cyrl/") ? "sr-Cyrl" : page.startsWith("en/") ? "en" : "sr-Latn";
            return lang.equals(expected) ? null : "<html lang=\"" + lang + "\">, expected " + expected;
        }));
    }

    @Test
    void everyPageSharesAPictureWithItsSizeAndAlternativeTextAndTheDefaultCardIsThatSize() throws Exception {
        java.awt.image.BufferedImage card = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(site.bytes("images/share-card.png")));
        assertEquals(List.of(1200, 630), List.of(card.getWidth(), card.getHeight()), "assets/images/share-card.png");
        assertNoFailures(failures(page -> {
            Document doc = site.page(page);
            String image = doc.select("meta[property=og:image]").attr("content");
            String width = doc.select("meta[property=og:image:width]").attr("content");
            String height = doc.select("meta[property=og:image:height]").attr("content");
            String alt = doc.select("meta[property=og:image:alt]").attr("content");
            if (image.endsWith("/images/share-card.png") && !(width.equals("1200") && height.equals("630"))) {
                return "the default card is said to be " + width + " × " + height;
            }
            if (!width.matches("[1-9][0-9]*") || !height.matches("[1-9][0-9]*") || alt.isBlank()) {
                return "og:image " + image + " is " + width + " × " + height + ", alt „" + alt + "“";
            }
            return alt.equals(doc.select("meta[name=twitter:image:alt]").attr("content")) ? null
                    : "twitter:image:alt differs from og:image:alt";
        }));
    }

    @Test
    void noPagesHeadingRepeatsTheNameInItsHeader() {
        assertNoFailures(failures(page -> {
            Document doc = site.page(page);
            String name = doc.select(".site-header__brand").text();
            return !name.isBlank() && !doc.select("h1").text().equals(name) ? null
                    : "the h1 repeats the header's name „" + name + "“";
        }));
        assertEquals("Jačanje kapaciteta i partnerstava za upravljanje migracijama u Srbiji",
                site.page("sr/index.html").select("h1").text(), "the home page's heading is the project's name");
    }

    @Test
    void everyPageHasExactlyOneH1() {
        assertNoFailures(failures(page -> {
            Elements h1 = site.page(page).select("h1");
            return h1.size() == 1 && !h1.text().isBlank() ? null : h1.size() + " h1 elements: " + h1.eachText();
        }));
    }

    @Test
    void theFirstFocusableElementOfEveryPageIsASkipLinkToMain() {
        assertNoFailures(failures(page -> {
            Document doc = site.page(page);
            Element first = doc.body().select(FOCUSABLE).stream()
                    .filter(e -> !e.attr("tabindex").strip().startsWith("-")).findFirst().orElse(null);
            if (first == null || !first.tagName().equals("a") || !first.attr("href").equals("#main")) {
                return "the first focusable element is " + first;
            }
            if (first.text().isBlank()) {
                return "the skip link has no text";
            }
            Element target = doc.getElementById("main");
            return target != null && target.tagName().equals("main") ? null : "#main is " + target;
        }));
    }

    @Test
    void everyPageHasExactlyOneMain() {
        assertNoFailures(failures(page -> {
            int mains = site.page(page).select("main").size();
            return mains == 1 ? null : mains + " <main> elements";
        }));
    }

    @Test
    void everyIndexablePageHasACanonicalLinkToItsOwnUrl() {
        assertNoFailures(failures(page -> {
            Elements canonical = site.page(page).select("link[rel=canonical]");
            if (page.endsWith("404.html")) {
                return canonical.isEmpty() ? null : "a 404 page is served at any address and has no canonical URL";
            }
            if (canonical.size() != 1) {
                return canonical.size() + " canonical links";
            }
            String href = canonical.attr("href");
            return href.equals(site.urlOf(page)) ? null : "canonical " + href + ", expected " + site.urlOf(page);
        }));
    }

    @Test
    void everyPageHasATitleAndADescription() {
        assertNoFailures(failures(page -> {
            Document doc = site.page(page);
            if (doc.title().isBlank()) {
                return "no <title>";
            }
            Element description = doc.selectFirst("head meta[name=description]");
            return description != null && !description.attr("content").isBlank() ? null : "no description";
        }));
    }

    @Test
    void pagesRunNoScriptExceptTheSearchScriptOnTheSearchPages() {
        assertNoFailures(failures(page -> {
            List<String> wrong = new ArrayList<>();
            boolean searchPage = page.matches("(sr|sr-cyrl)/pretraga/index\\.html|en/search/index\\.html");
            for (Element script : site.page(page).select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    if (script.data().contains("<")) {
                        wrong.add("structured data containing '<'");
                    }
                } else if (!(searchPage && script.attr("src").equals(site.basePath() + "js/search.js")
                        && script.data().isBlank())) {
                    wrong.add(script.outerHtml());
                }
            }
            return wrong.isEmpty() ? null : "scripts " + wrong;
        }));
    }

    @Test
    void pagesLoadNothingFromOtherOrigins() {
        assertNoFailures(failures(page -> {
            List<String> foreign = new ArrayList<>();
            for (Element e : site.page(page).select("link[href], script[src], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                BakedSite.Target target = site.resolve(url, page);
                if (target.kind() != BakedSite.Kind.INTERNAL) {
                    foreign.add(e.tagName() + " " + url);
                }
            }
            return foreign.isEmpty() ? null : "third-party URLs " + foreign;
        }));
    }

    @Test
    void everyNewsPageWithItsStylesheetsWeighsAtMostFiftyKilobytes() {
        List<String> news = site.htmlPages().stream()
                .filter(p -> p.matches("(sr/vesti|sr-cyrl/vesti|en/news)/\\d{4}/[^/]+/index\\.html")).toList();
        assertEquals(3, news.size(), () -> "the seed report in the three editions: " + news);
        for (String page : news) {
            long bytes = site.bytes(page).length;
            Set<String> stylesheets = new java.util.LinkedHashSet<>();
            for (Element link : site.page(page).select("link[rel~=stylesheet]")) {
                BakedSite.Target css = site.resolve(link.attr("href"), page);
                assertEquals(BakedSite.Kind.INTERNAL, css.kind(), page + ": " + link);
                assertTrue(site.exists(css.file()), page + ": " + link);
                stylesheets.add(css.file());
            }
            assertFalse(stylesheets.isEmpty(), page + " links its stylesheet");
            for (String css : stylesheets) {
                bytes += site.bytes(css).length;
            }
            long total = bytes;
            assertTrue(total <= MAX_NEWS_PAGE_BYTES, () -> page + " with " + stylesheets + " weighs " + total
                    + " bytes, more than " + MAX_NEWS_PAGE_BYTES);
        }
    }
}
