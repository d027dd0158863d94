package rs.iom.hub.check;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.plan.PageJob;
import rs.iom.hub.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two things at one address: two pages (e.g. content/sr/vesti.md and the news list), a file of assets/ or content/ at
 * the address of a page, or two such files at one address. The second would overwrite the first, so each clash is an
 * error naming the source files.
 */
final class CollisionRule {
    private CollisionRule() {
    }

    static List<Problem> check(SiteLayout layout, List<PageJob> plan, List<String> assets, List<String> attachments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, PageJob> byFile = new HashMap<>();
        Set<String> reported = new HashSet<>();
        Map<String, List<String>> files = publishedSources(layout, assets, attachments);
        for (PageJob job : plan) {
            PageJob first = byFile.putIfAbsent(job.file(), job);
            if (first != null) {
                String source = job.source();
                String other = first.source();
                String file = source != null ? source : other != null ? other : job.file();
                if (!reported.add(file + " = " + (source != null ? describe(first) : describe(job)))) {
                    continue; // the same clash in another edition (sr/… and sr-cyrl/…): one mistake, one error
                }
                problems.add(Problem.error(file, 0, 0,
                        "this page has the same address (" + job.file().replace("index.html", "") + ") as "
                                + (other != null && source != null ? other : describe(first)),
                        "rename the file (or folder): its name is its web address"));
            } else if (files.containsKey(job.file())) {
                for (String source : files.get(job.file())) {
                    problems.add(Problem.error(source, 0, 0, "this file would be published at "
                                    + job.file() + ", the address of " + publishedAs(job) + ", and replace it",
                            "rename or move the file: its path without " + source.substring(0,
                                    source.indexOf('/') + 1) + " is its web address"));
                }
            }
        }
        for (List<String> sources : files.values()) {
            for (String source : sources.subList(1, sources.size())) {
                problems.add(Problem.error(source, 0, 0, "this file would be published at "
                                + layout.publishedPath(source) + ", the address of " + sources.get(0)
                                + ", and replace it",
                        "rename or move one of the two files: a file's path without " + layout.assetsPrefix()
                                + " or " + layout.contentPrefix() + " is its web address"));
            }
        }
        return problems;
    }

    /**
     * Published path of every asset and attachment → its sources (assets first, so content/ is the second); without
     * the attachments of types content/ does not publish (they are reported as such).
     */
    static Map<String, List<String>> publishedSources(SiteLayout layout, List<String> assets,
                                                      List<String> attachments) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (List<String> folder : List.of(assets, attachments)) {
            for (String source : folder) {
                if (layout.isContent(source) && !Attachments.isAllowed(source)) {
                    continue;
                }
                files.computeIfAbsent(layout.publishedPath(source), k -> new ArrayList<>()).add(source);
            }
        }
        return files;
    }

    private static String describe(PageJob job) {
        if (job.source() != null) {
            return job.source();
        }
        return switch (job.kind()) {
            case HOME, NEWS_LIST, TAGS, TAG, ARCHIVE, YEAR -> job.kind().description();
            default -> "the generated file " + job.file();
        };
    }

    /** What the page {@code job} is, with its edition, for a file about to replace it. */
    private static String publishedAs(PageJob job) {
        if (job.source() != null) {
            return "the page made from " + job.source();
        }
        String file = job.file();
        String edition = switch (file.contains("/") ? file.substring(0, file.indexOf('/')) : "") {
            case "sr" -> "Serbian (Latin) ";
            case "sr-cyrl" -> "Serbian (Cyrillic) ";
            case "en" -> "English ";
            default -> "";
        };
        return switch (job.kind()) {
            case HOME, NEWS_LIST, TAGS, ARCHIVE, SEARCH, NOT_FOUND, ROOT_NOT_FOUND, FEED ->
                    "the " + edition + job.kind().description().substring("the ".length());
            case TAG -> "a " + edition + "tag page";
            case YEAR -> "a page of the " + edition + "archive";
            case ROOT, SITEMAP, ROBOTS -> job.kind().description();
            default -> "the generated file " + file;
        };
    }
}
