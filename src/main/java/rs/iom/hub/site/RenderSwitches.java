package rs.iom.hub.site;

import rs.iom.hub.problem.Problem;

import java.util.List;
import java.util.Locale;

/**
 * Which of the pages JBake's {@code render.*} settings name the site publishes. hub renders these pages itself (JBake's
 * own renderers are off), and honours the settings where they mean something for it: {@code render.feed} (the Atom
 * feeds), {@code render.archive} (the year archive), {@code render.tags} (tag pages), {@code render.tagsindex} (the
 * list of tags), {@code render.sitemap} (sitemap.xml) and {@code render.error404} (the pages shown for missing
 * addresses). A setting the site's jbake.properties does not write leaves the page on: JBake's defaults are for
 * JBake's own templates, not for this site. {@code render.index} cannot be switched off (the root page leads to each
 * edition's home page), and {@code render.encoding} and {@code template.encoding} can only be UTF-8.
 */
public record RenderSwitches(boolean feed, boolean archive, boolean tags, boolean tagsIndex, boolean sitemap,
                             boolean error404) {
    /** Every page on. */
    public static final RenderSwitches ALL = new RenderSwitches(true, true, true, true, true, true);

    static RenderSwitches read(SiteProperties properties, SettingsFile file, List<Problem> problems) {
        for (String encoding : List.of("render.encoding", "template.encoding")) {
            if (file.sets(encoding) && !properties.get(encoding, "UTF-8").strip().equalsIgnoreCase("UTF-8")) {
                problems.add(file.error(encoding, encoding + " can only be UTF-8 (every page and template is UTF-8)",
                        "remove the line, or write " + encoding + "=UTF-8"));
            }
        }
        if (!flag(properties, file, "render.index", problems)) {
            problems.add(file.error("render.index", "render.index=false would leave the site without home pages, "
                    + "where its root page leads", "remove the line"));
        }
        return new RenderSwitches(flag(properties, file, "render.feed", problems),
                flag(properties, file, "render.archive", problems), flag(properties, file, "render.tags", problems),
                flag(properties, file, "render.tagsindex", problems),
                flag(properties, file, "render.sitemap", problems),
                flag(properties, file, "render.error404", problems));
    }

    private static boolean flag(SiteProperties properties, SettingsFile file, String key, List<Problem> problems) {
        if (!file.sets(key)) {
            return true;
        }
        String value = properties.get(key, "true").strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(file.error(key, key + " must be true or false, not '" + value + "'",
                    "write " + key + "=true or " + key + "=false"));
            return true;
        }
        return value.equals("true");
    }
}
