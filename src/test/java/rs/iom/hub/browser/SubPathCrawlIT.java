package rs.iom.hub.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site published under a sub-path (as GitHub Pages publishes a project site) works: a real HTTP server serves
 * the baked folder under {@code /hub/}, and a crawler follows every link, stylesheet, script and image from the
 * root, including the search index files the search page loads.
 */
class SubPathCrawlIT {
    private static PublishedSite site;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void publish() {
        site = PublishedSite.get();
    }

    @Test
    void everyLinkReachableFromTheRootAnswers200UnderTheSubPath() throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(site.url()));
        Set<String> seen = new LinkedHashSet<>(queue);
        List<String> broken = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<String> response = get(url);
            if (response.statusCode() != 200) {
                broken.add(response.statusCode() + " " + url);
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(response.body(), url);
            for (Element element : doc.select("a[href], link[href], img[src], script[src], form[action]")) {
                String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
                enqueue(element.absUrl(attribute), seen, queue);
            }
            for (Element results : doc.select("[data-index]")) {
                String index = results.absUrl("data-index");
                enqueue(index + "meta.json", seen, queue);
            }
        }
        assertTrue(broken.isEmpty(), "broken addresses:\n" + String.join("\n", broken));
        assertTrue(pages > 30, "crawled only " + pages + " pages");
        assertTrue(seen.stream().anyMatch(u -> u.endsWith("/search-index/meta.json")), "search index not reached");
    }

    @Test
    void aMissingAddressAtAnyDepthGetsTheNotFoundPageWhoseLinksWork() throws Exception {
        HttpResponse<String> response = get(site.url("sr/a/b/c/nema-ove-strane/"));
        assertEquals(404, response.statusCode());
        Document doc = Jsoup.parse(response.body(), site.url("sr/a/b/c/nema-ove-strane/"));
        List<String> broken = new ArrayList<>();
        for (Element element : doc.select("a[href], link[href], img[src], script[src], form[action]")) {
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
            if (element.attr(attribute).startsWith("#")) {
                continue; // within the page itself (the skip link)
            }
            String target = element.absUrl(attribute);
            if (target.startsWith("http://127.0.0.1") && get(stripFragment(target)).statusCode() != 200) {
                broken.add(target);
            }
        }
        assertTrue(broken.isEmpty(), "links of the 404 page that do not work from a deep address: " + broken);
        assertTrue(doc.select("link[rel=stylesheet]").attr("href").startsWith(PublishedSite.PREFIX),
                "stylesheet must be addressed from the site root, with the sub-path");
    }

    @Test
    void theSiteRootLeadsToTheDefaultEditionWithoutJavaScript() throws Exception {
        Document root = Jsoup.parse(get(site.url()).body(), site.url());
        Element refresh = root.selectFirst("meta[http-equiv=refresh]");
        assertTrue(refresh != null && refresh.attr("content").endsWith("url=" + PublishedSite.PREFIX + "sr/"),
                "meta refresh to the default edition: " + refresh);
        assertEquals(200, get(site.url("sr/")).statusCode());
    }

    private void enqueue(String target, Set<String> seen, Deque<String> queue) {
        if (!target.startsWith(site.url())) {
            return;
        }
        String clean = stripFragment(target);
        if (seen.add(clean)) {
            queue.add(clean);
        }
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
