package rs.iom.hub.plan;

/**
 * What sort of file a {@link PageJob} is. The {@link #id} is what templates see ({@code meta.kind}) and what the page's
 * CSS class says ({@code page--news}).
 */
public enum PageKind {
    HOME("home", "the home page"),
    NEWS_LIST("news-list", "the news list"),
    NEWS("news", "a news item"),
    PAGE("page", "a project page"),
    TAGS("tags", "the list of tags"),
    TAG("tag", "a tag page"),
    ARCHIVE("archive", "the archive"),
    YEAR("year", "a page of the archive"),
    SEARCH("search", "the search page"),
    NOT_FOUND("not-found", "the page shown for missing addresses"),
    ROOT_NOT_FOUND("root-not-found", "the page shown for missing addresses"),
    ROOT("root", "the site's front page"),
    FEED("feed", "the news feed"),
    SEARCH_INDEX("search-index", "the search index"),
    SITEMAP("sitemap", "the sitemap"),
    ROBOTS("robots", "the instructions for search engines");

    private final String id;
    private final String description;

    PageKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name templates and CSS use: {@code news-list}. */
    public String id() {
        return id;
    }

    /** What it is, in words for messages: "the news list". */
    public String description() {
        return description;
    }
}
