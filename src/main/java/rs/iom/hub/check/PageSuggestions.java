package rs.iom.hub.check;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a link to a missing page probably meant, written as the link must be written in the file that has it. Authors
 * copy a link from a page in another folder ({@code ../o-projektu.md} from {@code content/sr/} is right, from
 * {@code content/sr/vesti/2026/} it is not) or mistype a name ({@code o-projetku.md}): the page with that very name
 * elsewhere in the same language, or else the one whose name is closest, is offered with the relative path that
 * works from the linking file.
 */
final class PageSuggestions {
    /** A name this many edits away or more (a third of its length, at least 2) is not offered as a "did you mean". */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);
    private final List<String> pages;

    /** @param pages every Markdown file of the content, by its site-relative path */
    PageSuggestions(java.util.Collection<String> pages) {
        this.pages = Objects.requireNonNull(pages, "pages").stream().sorted().toList();
    }

    /**
     * The page {@code missing} (a site-relative path that does not exist) probably meant, as a path relative to
     * {@code from}, the file that links to it; empty when no page of the same language is near enough.
     */
    Optional<String> suggest(String from, String missing) {
        // the language of the page meant: a link may lead to the other language on purpose
        String language = languageFolder(missing).isEmpty() ? languageFolder(from) : languageFolder(missing);
        String name = fileName(missing);
        List<String> candidates = pages.stream().filter(p -> p.startsWith(language) && !p.equals(from)).toList();
        Optional<String> sameName = candidates.stream().filter(p -> fileName(p).equals(name)).findFirst();
        if (sameName.isPresent()) {
            return Optional.of(relative(from, sameName.get()));
        }
        int limit = Math.max(2, name.length() / 3);
        return candidates.stream()
                .map(p -> new Scored(p, distance(name, fileName(p))))
                .filter(s -> s.distance() >= 0 && s.distance() <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::page))
                .map(s -> relative(from, s.page()));
    }

    /** A page of the same language as {@code from}, as {@code from} must link to it: for the example in a hint. */
    Optional<String> example(String from) {
        String language = languageFolder(from);
        return pages.stream().filter(p -> p.startsWith(language) && !p.equals(from))
                .min(Comparator.comparingInt((String p) -> p.split("/").length).thenComparing(p -> p))
                .map(p -> relative(from, p));
    }

    /** {@code to} written relative to the folder of {@code from}, with forward slashes. */
    static String relative(String from, String to) {
        Path folder = Path.of(from).getParent();
        String path = (folder == null ? Path.of(to) : folder.relativize(Path.of(to))).toString();
        return path.replace('\\', '/');
    }

    private record Scored(String page, int distance) {
    }

    private static int distance(String a, String b) {
        return DISTANCE.apply(a, b); // -1 when more than the threshold apart
    }

    /** {@code content/sr/} of {@code content/sr/vesti/2026/x.md}: the folder of the file's language. */
    private static String languageFolder(String source) {
        String[] parts = source.split("/");
        return parts.length < 3 ? "" : parts[0] + "/" + parts[1] + "/";
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
