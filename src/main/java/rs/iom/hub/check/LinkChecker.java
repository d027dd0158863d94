package rs.iom.hub.check;

import rs.iom.hub.content.Attachments;
import rs.iom.hub.content.Document;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.markdown.UrlSchemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks every link and image written in the content against what the site will contain: other pages (by their
 * Markdown file), attachments and assets, and the pages the tool generates (news lists, tags, …). Also asks for
 * alternative text on images.
 */
public final class LinkChecker {
    private final Map<String, Document> published;
    private final Set<String> allSources;
    private final Set<String> sitePaths;
    private final Set<String> unreadable;
    /** Made when a link to a missing page first needs a hint (sorting every page's name is not free). */
    private PageSuggestions suggestions;

    /**
     * @param published  the documents this bake publishes, by source path
     * @param allSources every Markdown file, published or not (to tell "draft" from "missing")
     * @param sitePaths  every file path of the baked site (pages, attachments, assets), from the site root
     */
    public LinkChecker(Map<String, Document> published, Set<String> allSources, Set<String> sitePaths) {
        this(published, allSources, sitePaths, Set.of());
    }

    /**
     * @param unreadable Markdown files that have errors of their own: links to them are not reported (the file's own
     *                   errors say what is wrong, and it is neither missing nor a draft)
     */
    public LinkChecker(Map<String, Document> published, Set<String> allSources, Set<String> sitePaths,
                       Set<String> unreadable) {
        this.published = Objects.requireNonNull(published, "published");
        this.allSources = Objects.requireNonNull(allSources, "allSources");
        this.sitePaths = Objects.requireNonNull(sitePaths, "sitePaths");
        this.unreadable = Objects.requireNonNull(unreadable, "unreadable");
    }

    /** Problems with the links of the file {@code source}. */
    public List<Problem> check(String source, List<MarkdownLink> links) {
        List<Problem> problems = new ArrayList<>();
        for (MarkdownLink link : links) {
            if (link.image() && link.text().isBlank() && link.part() != MarkdownLink.Part.TARGET
                    && link.part() != MarkdownLink.Part.FRONT_MATTER) {
                problems.add(Problem.error(source, link.line(), link.column(), "the image has no description",
                        "write what the image shows between the brackets: ![Učesnici sastanka]("
                                + (link.part() == MarkdownLink.Part.TEXT ? "…" : link.destination()) + ")"));
            }
            if (link.part() == MarkdownLink.Part.TEXT) {
                continue; // its target is checked where it is defined
            }
            if (!link.image() && link.part() == MarkdownLink.Part.BOTH) {
                checkTypeInText(source, link, problems);
            }
            LinkTargets.Target target = link.target();
            String what = link.image() ? "image" : "link";
            switch (target.kind()) {
                case EXTERNAL -> checkScheme(source, link, problems);
                case FRAGMENT -> { }
                case PAGE -> {
                    if (!published.containsKey(target.path()) && !unreadable.contains(target.path())) {
                        boolean exists = allSources.contains(target.path());
                        problems.add(Problem.error(source, link.line(), link.column(), exists
                                        ? "the " + what + " points to " + target.path() + ", which is not published "
                                        + "(a draft, or dated in the future)"
                                        : "the " + what + " points to " + target.path() + ", which does not exist",
                                exists ? "publish that page first, or remove the link"
                                        : missingPageHint(source, link, target)));
                    }
                }
                case FILE -> {
                    String path = target.sitePath();
                    if (!sitePaths.contains(path) && !sitePaths.contains(path + "index.html")
                            && !sitePaths.contains(path + "/index.html")) {
                        problems.add(Problem.error(source, link.line(), link.column(),
                                "the " + what + " points to '" + link.destination() + "', which does not exist",
                                link.image() ? "put the image next to this file (or in assets/) and check the "
                                        + "spelling of its name" : "check the address; files are linked relative to "
                                        + "this file, pages by their .md file"));
                    }
                }
                case OUTSIDE -> problems.add(Problem.error(source, link.line(), link.column(),
                        "the " + what + " '" + link.destination() + "' points outside the site",
                        "link to files inside content/ or assets/, or to a full address starting with https://"));
            }
        }
        return problems;
    }

    /** A "did you mean" written as this file must link it, or else an example of a link that works from it. */
    private String missingPageHint(String source, MarkdownLink link, LinkTargets.Target target) {
        String fragment = target.fragment().isEmpty() ? "" : "#" + target.fragment();
        java.util.Optional<String> meant = suggestions().suggest(source, target.path());
        if (meant.isPresent()) {
            return "did you mean " + meant.get() + fragment + "? Links to pages are written relative to this file: ["
                    + exampleText(link) + "](" + meant.get() + fragment + ")";
        }
        return "check the file name, or add the page " + target.path() + "; links to pages are written relative to "
                + "this file" + suggestions().example(source).map(e -> ", e.g. [" + exampleText(link) + "](" + e + ")")
                .orElse("");
    }

    private synchronized PageSuggestions suggestions() {
        if (suggestions == null) {
            suggestions = new PageSuggestions(allSources);
        }
        return suggestions;
    }

    private static String exampleText(MarkdownLink link) {
        String text = link.text().strip().replaceAll("\\s+", " ");
        return text.isEmpty() || text.length() > 40 || text.contains("]") ? "…" : text;
    }

    /**
     * A link to a document whose text ends with its type, "[Izveštaj (PDF)](izvestaj.pdf)": the page adds the type and
     * size itself ({@code plan.Downloads}), so readers would read "Izveštaj (PDF) (PDF, 1,2 MB)".
     */
    private static void checkTypeInText(String source, MarkdownLink link, List<Problem> problems) {
        LinkTargets.Kind kind = link.target().kind();
        if (kind != LinkTargets.Kind.FILE && kind != LinkTargets.Kind.EXTERNAL) {
            return;
        }
        String address = link.destination().replaceFirst("[?#].*", "");
        java.util.Optional<String> type = Attachments.documentType(address);
        if (type.isEmpty()) {
            return;
        }
        java.util.regex.Matcher note = java.util.regex.Pattern.compile("\\s*[(\\[]\\s*" + type.get()
                + "\\b[^()\\[\\]]*[)\\]]\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(link.text());
        if (note.find()) {
            String text = link.text().substring(0, note.start());
            problems.add(Problem.warning(source, link.line(), link.column(), "the link text ends with '"
                            + note.group().strip() + "': the page adds the type" + (kind == LinkTargets.Kind.FILE
                            ? " and size" : "") + " of a document after its link itself, so readers would see it twice",
                    "leave it out: [" + (text.isBlank() ? "…" : text) + "](" + link.destination() + ")"));
        }
    }

    private static void checkScheme(String source, MarkdownLink link, List<Problem> problems) {
        String what = link.image() ? "image" : "link";
        if (!UrlSchemes.isAllowed(link.destination())) {
            problems.add(Problem.error(source, link.line(), link.column(),
                    "the " + what + " '" + link.destination() + "' uses an address type the site does not allow",
                    link.image() ? "save the picture next to this file and write its file name, e.g. slika.jpg"
                            : "use an address starting with https://, mailto: or tel:"));
        } else if (link.image()) {
            // the Content-Security-Policy of every page (templates/layout.ftl) allows only the site's own images
            problems.add(Problem.warning(source, link.line(), link.column(),
                    "the image '" + link.destination() + "' is on another site and will not be shown: pages show "
                            + "only pictures that are part of the site",
                    "save the picture next to this file and write its file name instead, e.g. slika.jpg"));
        }
    }
}
