package rs.iom.hub.check;

import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.problem.Problem;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The link check's findings for each file in the previous bake of the preview, kept so that a re-bake after one edit
 * checks the links of the edited files only (checking every link of 2,000 documents was a tenth of a re-bake). What a
 * file's links lead to depends on nothing but its links and what the site has: the published documents, every
 * Markdown file, every published path and the files with errors. When any of those differs from the previous bake,
 * everything is checked again; otherwise a file whose links are the very list of the previous bake (the document
 * cache hands out the same one for a file that did not change) keeps its findings.
 */
public final class LinkMemory {
    private record Findings(List<MarkdownLink> links, List<Problem> problems) {
    }

    private List<Object> site;
    private Map<String, Findings> previous = Map.of();
    private Map<String, Findings> current = new ConcurrentHashMap<>();

    /** Starts a check of a site that has these files: the previous findings are kept only when they are the same. */
    synchronized void useFor(Set<String> published, Set<String> allSources, Set<String> sitePaths,
                             Set<String> unreadable) {
        List<Object> now = List.of(published, allSources, sitePaths, unreadable);
        previous = now.equals(site) ? current : Map.of();
        current = new ConcurrentHashMap<>();
        site = now;
    }

    /** The problems with {@code links} of the file {@code source}: the previous bake's, or {@code checker}'s. */
    List<Problem> check(String source, List<MarkdownLink> links, LinkChecker checker) {
        Findings known = previous.get(source);
        Findings findings = known != null && known.links() == links ? known
                : new Findings(links, checker.check(source, links));
        current.put(source, findings);
        return findings.problems();
    }

    /** Forgets every finding. */
    public synchronized void clear() {
        site = null;
        previous = Map.of();
        current = new ConcurrentHashMap<>();
    }
}
