package rs.iom.hub.check;

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

    static List<Problem> check(List<PageJob> plan, List<String> assets, List<String> attachments) {
        List<Problem> problems = new ArrayList<>();
        Map<String, PageJob> byFile = new HashMap<>();
        Set<String> reported = new HashSet<>();
        Map<String, List<String>> files = publishedSources(assets, attachments);
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
                                + ContentFiles.publishedPath(source) + ", the address of " + sources.get(0)
                                + ", and replace it",
                        "rename or move one of the two files: a file's path without assets/ or content/ is its "
                                + "web address"));
            }
        }
        return problems;
    }

    /**
     * Published path of every asset and attachment → its sources (assets first, so content/ is the second); without
     * the attachments of types content/ does not publish (they are reported as such).
     */
    static Map<String, List<String>> publishedSources(List<String> assets, List<String> attachments) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (List<String> folder : List.of(assets, attachments)) {
            for (String source : folder) {
                if (source.startsWith("content/") && !Attachments.isAllowed(source)) {
                    continue;
                }
                files.computeIfAbsent(ContentFiles.publishedPath(source), k -> new ArrayList<>()).add(source);
            }
        }
        return files;
    }

    private static String describe(PageJob job) {
        if (job.source() != null) {
            return job.source();
        }
        String kind = job.meta() == null ? "" : job.meta().kind();
        return switch (kind) {
            case "home" -> "the home page";
            case "news-list" -> "the news list";
            case "tags" -> "the list of tags";
            case "tag" -> "a tag page";
            case "archive" -> "the archive";
            case "year" -> "a page of the archive";
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
        String kind = job.meta() != null ? job.meta().kind() : file.endsWith("feed.xml") ? "feed"
                : file.equals("sitemap.xml") ? "sitemap" : file.equals("robots.txt") ? "robots" : "";
        return switch (kind) {
            case "home" -> "the " + edition + "home page";
            case "news-list" -> "the " + edition + "news list";
            case "tags" -> "the " + edition + "list of tags";
            case "tag" -> "a " + edition + "tag page";
            case "archive" -> "the " + edition + "archive";
            case "year" -> "a page of the " + edition + "archive";
            case "search" -> "the " + edition + "search page";
            case "not-found", "root-not-found" -> "the " + edition + "page shown for missing addresses";
            case "root" -> "the site's front page";
            case "feed" -> "the " + edition + "news feed";
            case "sitemap" -> "the sitemap";
            case "robots" -> "the instructions for search engines";
            default -> "the generated file " + file;
        };
    }
}
