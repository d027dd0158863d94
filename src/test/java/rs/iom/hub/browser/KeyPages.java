package rs.iom.hub.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages every edition is checked on in the browser: home, news list, news item, a project page, the search page
 * with results, and the 404 page.
 */
final class KeyPages {
    private KeyPages() {
    }

    static List<String> all() {
        List<String> pages = new ArrayList<>();
        pages.addAll(of("sr", "vesti", "vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/",
                "o-projektu/", "pretraga/?q=upravljanje"));
        pages.addAll(of("sr-cyrl", "vesti",
                "vesti/2022/svajcarska-podrzava-jacanje-kapaciteta-za-upravljanje-migracijama/", "o-projektu/",
                "pretraga/?q=upravljanje"));
        pages.addAll(of("en", "news", "news/2022/switzerland-supports-capacity-building-for-migration-management/",
                "about/", "search/?q=migration"));
        pages.add("404.html");
        return pages;
    }

    private static List<String> of(String edition, String news, String item, String page, String search) {
        return List.of(edition + "/", edition + "/" + news + "/", edition + "/" + item, edition + "/" + page,
                edition + "/" + search, edition + "/404.html");
    }
}
