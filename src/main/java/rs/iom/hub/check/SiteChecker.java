package rs.iom.hub.check;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.Document;
import rs.iom.hub.plan.PagePlan;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.site.IndexedSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The check stage's rules: pure functions of the indexed site and its page plan, which read no file and write
 * nothing. Two things at one address ({@link CollisionRule}); links and images that lead nowhere, to drafts, outside
 * the site or to a scheme the site does not allow ({@link LinkChecker}); pictures that cannot be read, are too large
 * or described by their file name ({@link ImageRule}). What each file says about itself (front
 * matter, encoding, Markdown) was checked when it was read.
 */
public final class SiteChecker {
    private SiteChecker() {
    }

    /** Every problem the rules find, in report order. */
    public static List<Problem> check(IndexedSite site, PagePlan plan) {
        return check(site, plan, new LinkMemory());
    }

    /**
     * Every problem the rules find, in report order; the links of a file that did not change since the previous check
     * with {@code memory} are not checked again when the site has the same files (the preview's re-bakes).
     */
    public static List<Problem> check(IndexedSite site, PagePlan plan, LinkMemory memory) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(memory, "memory");
        List<Problem> problems = new ArrayList<>(CollisionRule.check(site.config().layout(), plan.jobs(),
                site.assets(), site.attachments()));
        problems.addAll(links(site, plan, memory));
        problems.addAll(ImageRule.check(site));
        problems.sort(Problem.REPORT_ORDER);
        return problems;
    }

    private static List<Problem> links(IndexedSite site, PagePlan plan, LinkMemory memory) {
        Set<String> sitePaths = plan.files();
        // attachments content/ refuses to publish count as present: a link to one is not reported a second time
        SiteLayout layout = site.config().layout();
        sitePaths.addAll(CollisionRule.publishedSources(layout, site.assets(), site.attachments()).keySet());
        site.attachments().forEach(p -> sitePaths.add(layout.publishedPath(p)));
        Map<String, Document> published = new HashMap<>();
        site.content().documents().forEach(d -> published.put(d.source(), d));
        Set<String> allSources = new HashSet<>(site.links().keySet());
        Set<String> unreadable = new HashSet<>(allSources);
        site.allDocuments().forEach(d -> unreadable.remove(d.source()));
        LinkChecker checker = new LinkChecker(published, allSources, sitePaths, unreadable);
        memory.useFor(published.keySet(), allSources, sitePaths, unreadable);
        List<Problem> problems = new ArrayList<>();
        // the links of a file include its front matter's image
        site.links().forEach((source, links) -> problems.addAll(memory.check(source, links, checker)));
        return problems;
    }
}
