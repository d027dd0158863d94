package rs.iom.hub.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.cli.Converters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hub serve} at work on a copy of the real site, as an author and a browser see it: files are saved on disk,
 * the watcher notices, the site is re-baked, and the browser's event stream ({@code /__hub/events}) says
 * {@code reload} — or {@code problems}, while the last good page stays served. The steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewSessionIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PAGE = "content/sr/o-projektu.md";

    @TempDir
    static Path temp;
    static Path source;
    static PreviewSession session;
    static HttpClient http;
    static EventStream browser;
    static final StringWriter out = new StringWriter();
    static final StringWriter err = new StringWriter();

    /** One server-sent event. */
    record Event(String name, String data) {
    }

    /** A browser's connection to {@code /__hub/events}, read on a thread of its own. */
    static final class EventStream {
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        EventStream(HttpClient http, String url) throws IOException, InterruptedException {
            HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofLines());
            assertEquals(200, response.statusCode());
            assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type")
                    .orElse(""));
            Thread reader = new Thread(() -> {
                String name = "message";
                StringBuilder data = null;
                try (Stream<String> lines = response.body()) {
                    for (String line : (Iterable<String>) lines::iterator) {
                        if (line.startsWith("event: ")) {
                            name = line.substring("event: ".length());
                        } else if (line.startsWith("data: ")) {
                            data = data == null ? new StringBuilder() : data.append('\n');
                            data.append(line.substring("data: ".length()));
                        } else if (line.isEmpty()) {
                            events.add(new Event(name, data == null ? "" : data.toString()));
                            name = "message";
                            data = null;
                        }
                    }
                } catch (RuntimeException closed) {
                    // the server went away
                }
            }, "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event named {@code name} that matches; other events before it are skipped. */
        Event await(String name, Predicate<Event> matching) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            StringBuilder skipped = new StringBuilder();
            while (System.nanoTime() < deadline) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    break;
                }
                if (event.name().equals(name) && matching.test(event)) {
                    return event;
                }
                skipped.append(event).append('\n');
            }
            throw new AssertionError("no '" + name + "' event within " + TIMEOUT.toSeconds() + " s; skipped:\n"
                    + skipped + "terminal:\n" + out + err);
        }

        Event await(String name) throws InterruptedException {
            return await(name, e -> true);
        }
    }

    @BeforeAll
    static void startThePreviewAndConnectABrowser() throws IOException, InterruptedException {
        source = TestSites.copyOfRealSite(temp.resolve("site"));
        session = new PreviewSession(source, temp.resolve("preview"), 0, false, new rs.iom.hub.jbake.JBakeEngine(),
                Converters.standard(source),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(session.lastResult().success(), err::toString);
        session.watch();
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        browser = new EventStream(http, url("/__hub/events"));
        Event hello = browser.await("hello");
        assertEquals("", hello.data(), "no problems to show at first");
    }

    @AfterAll
    static void stopThePreview() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    /** The texts of array {@code name} in the overlay JSON {@code json} (ProblemOverlay). */
    static List<String> strings(String json, String name) throws IOException {
        List<String> values = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser parser = new com.fasterxml.jackson.core.JsonFactory()
                .createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        && parser.currentName().equals(name) && parser.getParsingContext().getParent().inRoot()) {
                    parser.nextToken();
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                        values.add(parser.getText());
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no '" + name + "' in " + json);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + session.server().port() + path;
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** Saves a file the way editors do: written beside it, then moved over it in one step. */
    static void save(String file, String text) throws IOException {
        Path target = source.resolve(file);
        Files.createDirectories(target.getParent());
        Path written = target.resolveSibling("." + target.getFileName() + ".saving");
        Files.writeString(written, text, StandardCharsets.UTF_8);
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void replaceIn(String file, String from, String to) throws IOException {
        String text = Files.readString(source.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " contains " + from);
        save(file, text.replace(from, to));
    }

    /** Waits for reloads until the page at {@code path} satisfies {@code ready} (a save may take two re-bakes). */
    static String reloadUntil(String path, Predicate<String> ready) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            browser.await("reload");
            String body = get(path).body();
            if (ready.test(body)) {
                return body;
            }
            assertTrue(System.nanoTime() < deadline, () -> path + " never showed the change:\n" + body);
        }
    }

    @Test
    @Order(1)
    void theServerServesTheSiteWithTheLiveReloadScriptAndA404Page() throws IOException, InterruptedException {
        String home = page("/sr/");
        assertTrue(home.contains("<script src=\"/__hub/live-reload.js\"></script></body>"), "the script is added");
        assertTrue(page("/__hub/live-reload.js").contains("new EventSource('/__hub/events')"));
        HttpResponse<String> missing = get("/sr/nema-takve-stranice/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"sr-Latn\""), "the site's own 404 page");
    }

    @Test
    @Order(2)
    void savingAContentFileReloadsTheBrowserAndTheServedPageShowsTheChange() throws Exception {
        replaceIn(PAGE, "Projekat „Jačanje kapaciteta", "Prva izmena: projekat „Jačanje kapaciteta");

        String body = reloadUntil("/sr/o-projektu/", b -> b.contains("Prva izmena: projekat"));

        assertTrue(body.contains("Prva izmena: projekat „Jačanje kapaciteta"), body);
        assertTrue(page("/sr-cyrl/o-projektu/").contains("Прва измена: пројекат „Јачање капацитета"),
                "the Cyrillic edition follows");
        assertTrue(out.toString().contains("Rebuilt after " + PAGE + " in "), out::toString);
    }

    @Test
    @Order(3)
    void brokenFrontMatterSendsTheProblemWithFileLineAndColumnWhileTheLastGoodPageStaysServed() throws Exception {
        replaceIn(PAGE, "title: O projektu\n", "title: O projektu: cilj\n");

        Event problems = browser.await("problems");

        assertEquals(List.of(PAGE + ":2:18: error: a value contains ': ' which YAML reads as a new field\n"
                        + "    hint: put the whole value in double quotes, e.g. title: \"Sastanak: zaključci\""),
                strings(problems.data(), "errors"));
        assertEquals(List.of(), strings(problems.data(), "warnings"));
        String served = page("/sr/o-projektu/");
        assertTrue(served.contains("Prva izmena: projekat"), "the last good page");
        assertTrue(served.contains("<h1") && served.contains(">O projektu</h1>"), "with its last good title");
        assertTrue(err.toString().contains("Not rebuilt after " + PAGE + ": 1 error in " + PAGE + ". The preview "
                + "keeps the last good version; fix the problem above and save again."), err::toString);

        EventStream laterBrowser = new EventStream(http, url("/__hub/events"));
        assertEquals(problems.data(), laterBrowser.await("hello").data(),
                "a page opened now shows the problems too");
    }

    @Test
    @Order(4)
    void fixingTheMistakeReloadsAgainWithTheFixedPage() throws Exception {
        replaceIn(PAGE, "title: O projektu: cilj\n", "title: \"O projektu: cilj\"\n");

        String body = reloadUntil("/sr/o-projektu/", b -> b.contains("O projektu: cilj</h1>"));

        assertTrue(body.contains("Prva izmena: projekat"), body);
        EventStream laterBrowser = new EventStream(http, url("/__hub/events"));
        assertEquals("", laterBrowser.await("hello").data(), "no problems any more");
    }

    @Test
    @Order(5)
    void anAddedNewsItemAppearsOnTheListsAndInTheFeeds() throws Exception {
        save("content/sr/vesti/2024/obuka-u-subotici.md", "---\ntitle: Obuka u Subotici\ndate: 2024-10-01\n"
                + "translationKey: obuka-subotica-2024\ntags: [obuke]\n---\n\nObuka za pružaoce usluga.\n");

        String list = reloadUntil("/sr/vesti/", b -> b.contains("Obuka u Subotici"));

        assertTrue(list.indexOf("Obuka u Subotici") < list.indexOf("Švajcarska podržava"), "newest first");
        assertTrue(page("/sr/").contains("Obuka u Subotici"), "on the home page");
        assertTrue(page("/sr/feed.xml").contains("<title>Obuka u Subotici</title>"), "in the feed");
        assertTrue(page("/sr-cyrl/vesti/").contains("Обука у Суботици"), "on the Cyrillic list");
        assertTrue(page("/sr-cyrl/feed.xml").contains("<title>Обука у Суботици</title>"), "in the Cyrillic feed");
        assertTrue(page("/sr/vesti/2024/obuka-u-subotici/").contains("Obuka za pružaoce usluga."));
    }

    @Test
    @Order(6)
    void deletingANewsItemAndAddingAnotherShowsOnTheListsFeedsAndAddresses() throws Exception {
        Files.delete(source.resolve("content/sr/vesti/2024/obuka-u-subotici.md"));
        save("content/sr/vesti/2024/konferencija-u-beogradu.md", "---\ntitle: Konferencija u Beogradu\n"
                + "date: 2024-11-20\ntranslationKey: konferencija-2024\n---\n\nKonferencija o migracijama.\n");

        String list = reloadUntil("/sr/vesti/",
                b -> b.contains("Konferencija u Beogradu") && !b.contains("Obuka u Subotici"));

        assertTrue(list.contains("Švajcarska podržava"), list);
        String feed = page("/sr/feed.xml");
        assertTrue(feed.contains("<title>Konferencija u Beogradu</title>"), feed);
        assertFalse(feed.contains("Obuka u Subotici"), feed);
        String cyrillicFeed = page("/sr-cyrl/feed.xml");
        assertTrue(cyrillicFeed.contains("<title>Конференција у Београду</title>"), cyrillicFeed);
        assertFalse(cyrillicFeed.contains("Обука у Суботици"), cyrillicFeed);
        assertFalse(page("/sr/").contains("Obuka u Subotici"), "not on the home page");
        assertEquals(404, get("/sr/vesti/2024/obuka-u-subotici/").statusCode(), "its page is gone");
        assertEquals(404, get("/sr-cyrl/vesti/2024/obuka-u-subotici/").statusCode(), "in every edition");
        assertEquals(404, get("/sr/oznake/obuke/").statusCode(), "and its tag, used by no other item");
        assertNotNull(page("/sr/vesti/2024/konferencija-u-beogradu/"));
    }
}
