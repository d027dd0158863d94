package rs.iom.hub.site;

import rs.iom.hub.content.Document;
import rs.iom.hub.i18n.Edition;
import rs.iom.hub.i18n.Messages;

import java.util.Objects;

/**
 * The site paths (from the site root, no leading slash) of every page of one edition. Section names come from the
 * language's message file ({@code path.news: vesti}), so that Serbian addresses read in Serbian; they are ASCII.
 */
public final class EditionPaths {
    private final Edition edition;
    private final String news;
    private final String tags;
    private final String archive;
    private final String page;
    private final String search;
    /**
     * Document paths made before, by {@link Document#path()}: the plan asks for each document's path several times
     * (its page, the alternates and language switcher of its translations, the search index, cards on lists).
     */
    private final java.util.Map<String, String> documents = new java.util.concurrent.ConcurrentHashMap<>();

    public EditionPaths(Edition edition, Messages messages) {
        this.edition = Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(messages, "messages");
        this.news = messages.text("path.news");
        this.tags = messages.text("path.tags");
        this.archive = messages.text("path.archive");
        this.page = messages.text("path.page");
        this.search = messages.text("path.search");
    }

    public Edition edition() {
        return edition;
    }

    /** The folder name of news in this language ({@code vesti}). */
    public String newsFolder() {
        return news;
    }

    public String home() {
        return edition.prefix();
    }

    /** Page {@code number} (1-based) of the news list. */
    public String newsList(int number) {
        return number <= 1 ? edition.prefix() + news + "/" : edition.prefix() + news + "/" + page + "/" + number + "/";
    }

    public String document(Document doc) {
        String path = documents.get(doc.path());
        if (path == null) {
            path = edition.prefix() + doc.path();
            documents.put(doc.path(), path);
        }
        return path;
    }

    public String tagIndex() {
        return edition.prefix() + tags + "/";
    }

    public String tag(Tag tag) {
        return edition.prefix() + tags + "/" + tag.slug() + "/";
    }

    public String archive() {
        return edition.prefix() + archive + "/";
    }

    public String year(int year) {
        return edition.prefix() + archive + "/" + year + "/";
    }

    public String feed() {
        return edition.prefix() + "feed.xml";
    }

    public String notFound() {
        return edition.prefix() + "404.html";
    }

    public String search() {
        return edition.prefix() + search + "/";
    }

    /** Folder of the search index files. */
    public String searchIndex() {
        return edition.prefix() + "search-index/";
    }

    /** The file that holds the page at {@code sitePath}: folders get {@code index.html}. */
    public static String file(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
    }
}
