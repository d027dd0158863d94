package rs.iom.hub.plan;

import rs.iom.hub.plan.view.Alternate;
import rs.iom.hub.plan.view.DocumentView;
import rs.iom.hub.plan.view.EditionView;
import rs.iom.hub.plan.view.MenuItem;
import rs.iom.hub.plan.view.NewsCard;
import rs.iom.hub.plan.view.PageMeta;
import rs.iom.hub.plan.view.Pagination;
import rs.iom.hub.plan.view.SiteView;
import rs.iom.hub.plan.view.TagSummary;
import rs.iom.hub.plan.view.YearSummary;

import java.util.List;
import java.util.Map;

/**
 * The models templates are rendered with, one record per sort of file. An HTML page's model is a {@link Page}: what
 * every page has ({@link Common}: {@code site}, {@code t}, {@code meta}, {@code edition}, {@code menu},
 * {@code jsonLd}) and what its own template needs (e.g. {@link Home}: {@code doc}, {@code news}); templates see the
 * components of both by name, as top-level variables.
 */
public final class PageModels {
    private PageModels() {
    }

    /** The model of an HTML page. */
    public record Page(Common common, Record own) {
    }

    /**
     * What every HTML page shows.
     *
     * @param t      the edition's UI strings (the message tree of {@code data/i18n/})
     * @param jsonLd     the page's structured data, as markup (a Freemarker markup value), or null
     * @param supporters the donor and partners the footer shows (data/partners.yaml), logos as site addresses
     */
    public record Common(SiteView site, Map<String, Object> t, PageMeta meta, EditionView edition,
                         List<MenuItem> menu, Object jsonLd, rs.iom.hub.site.Supporters supporters) {
    }

    /** home.ftl: the introduction of the edition (or null) and the latest news. */
    public record Home(DocumentView doc, List<NewsCard> news) {
    }

    /** news-list.ftl: one page of the news list. */
    public record NewsList(List<NewsCard> news, Pagination pagination) {
    }

    /** news.ftl and page.ftl: one document. */
    public record Article(DocumentView doc) {
    }

    /** tags.ftl: every tag with its number of news items. */
    public record TagIndex(List<TagSummary> tags) {
    }

    /** tag.ftl: the news items of one tag. */
    public record TagNews(String tag, List<NewsCard> news) {
    }

    /** archive.ftl: every year with its number of news items. */
    public record Archive(List<YearSummary> years) {
    }

    /** year.ftl: the news items of one year. */
    public record YearNews(int year, List<NewsCard> news) {
    }

    /**
     * search.ftl: where the search index and the search script are, and the result count's forms by plural category
     * ({@code one}, {@code few}, {@code other}; {@code {0}} the number, {@code {1}} the query).
     */
    public record Search(String indexUrl, String scriptUrl, Map<String, String> count) {
    }

    /** not-found.ftl: for the site's root 404 page, the message in every edition (empty for an edition's own). */
    public record NotFound(List<NotFoundText> editions) {
    }

    /** The 404 message of one edition, for the root 404 page. */
    public record NotFoundText(String lang, String title, String text, String homeLabel, String homeUrl) {
    }

    /** root.ftl: the editions a reader can choose. */
    public record Root(List<EditionChoice> choices) {
    }

    /** One edition on the root page. */
    public record EditionChoice(String lang, String label, String title, String url) {
    }

    /** feed.ftl: an edition's Atom feed. */
    public record Feed(Map<String, Object> t, String lang, String feedUrl, String homeUrl, String updated,
                       List<FeedEntry> entries) {
    }

    /** One news item in a feed. */
    public record FeedEntry(String title, String url, String updated, String summary, List<String> tags) {
    }

    /** sitemap.ftl: every indexable page with its equivalents in the other editions. */
    public record Sitemap(List<SitemapUrl> urls) {
    }

    /** One page in the sitemap. */
    public record SitemapUrl(String loc, List<Alternate> alternates) {
    }

    /** robots.ftl. */
    public record Robots(String sitemapUrl) {
    }

    /** A file the tool writes itself, without a template (the search index). */
    public record Text(String text) {
    }
}
