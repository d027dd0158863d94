package rs.iom.hub.pipeline;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Checks the links of every page of a baked site, as a browser would follow them. */
public final class SiteLinks {
    private SiteLinks() {
    }

    /** What checking found: how many internal links were followed, and the broken ones. */
    public record Report(int checked, List<String> broken) {
        public String describe() {
            return broken.size() + " broken of " + checked + ":\n  " + String.join("\n  ", broken);
        }
    }

    /** Every URL attribute that makes a browser fetch or go somewhere. */
    public static List<Element> linking(org.jsoup.nodes.Document page) {
        return page.select("a[href], link[href], img[src], script[src]");
    }

    public static String url(Element e) {
        return e.hasAttr("href") ? e.attr("href") : e.attr("src");
    }

    /** Internal links (a, link, img, script) that leave the base path or lead to no file of the site. */
    public static Report files(BakedSite site) {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : site.htmlPages()) {
            for (Element e : linking(site.page(page))) {
                String url = url(e);
                BakedSite.Target target = site.resolve(url, page);
                switch (target.kind()) {
                    case EXTERNAL -> { }
                    case OUTSIDE_BASE_PATH -> broken.add(page + ": " + e.tagName() + " '" + url
                            + "' leaves the base path " + site.basePath());
                    case INTERNAL -> {
                        checked++;
                        if (!site.exists(target.file())) {
                            broken.add(page + ": " + e.tagName() + " '" + url + "' → " + target.file()
                                    + " does not exist");
                        }
                    }
                }
            }
        }
        return new Report(checked, broken);
    }

    /** Internal links with a fragment whose target page has no element with that id. */
    public static Report fragments(BakedSite site) {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : site.htmlPages()) {
            for (Element e : linking(site.page(page))) {
                BakedSite.Target target = site.resolve(url(e), page);
                if (target.kind() != BakedSite.Kind.INTERNAL || target.fragment().isEmpty()
                        || !target.file().endsWith(".html") || !site.exists(target.file())) {
                    continue;
                }
                checked++;
                if (site.page(target.file()).getElementById(target.fragment()) == null) {
                    broken.add(page + ": '" + url(e) + "' → no id '" + target.fragment() + "' in " + target.file());
                }
            }
        }
        return new Report(checked, broken);
    }
}
