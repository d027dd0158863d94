package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;


import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Turns a link target written in a content file into what the site needs: external links stay as they are, links to
 * other Markdown files become page tokens, links to files (images, PDF documents) become site-path tokens.
 *
 * <p>Relative targets are resolved against the folder of the file that contains them, as in any Markdown editor:
 * in {@code content/sr/vesti/2022/sastanak.md}, {@code ../../o-projektu.md} is the page {@code content/sr/o-projektu.md}
 * and {@code slika.jpg} is the file {@code content/sr/vesti/2022/slika.jpg}. Files under {@code content/} are published
 * at the same path without {@code content/}; files under {@code assets/} at the site root.</p>
 */
public final class LinkTargets {
    private LinkTargets() {
    }

    /** What a target refers to. */
    public enum Kind { EXTERNAL, FRAGMENT, PAGE, FILE, OUTSIDE }

    /**
     * A resolved target.
     *
     * @param kind     what it is
     * @param path     for PAGE: the source path ({@code content/…md}); for FILE: the source path of the file
     *                 ({@code content/…} or {@code assets/…}) or, for absolute site paths, the path from the site root
     * @param fragment the part after {@code #}, without it (may be empty)
     * @param sitePath for FILE: path of the published file from the site root
     */
    public record Target(Kind kind, String path, String fragment, String sitePath) {
    }

    /**
     * Resolves {@code destination} written in the file {@code source} (site-relative path). Anything with a scheme
     * (as a browser reads it, see {@link UrlSchemes}) is EXTERNAL, whether or not the scheme is allowed.
     */
    public static Target resolve(SiteLayout layout, String source, String destination) {
        String dest = destination.strip();
        if (dest.isEmpty()) {
            return new Target(Kind.OUTSIDE, "", "", "");
        }
        if (dest.startsWith("#")) {
            return new Target(Kind.FRAGMENT, "", dest.substring(1), "");
        }
        if (UrlSchemes.schemeOf(dest).isPresent() || UrlSchemes.isProtocolRelative(dest)) {
            return new Target(Kind.EXTERNAL, dest, "", "");
        }
        dest = dest.replace("%20", " ");
        String fragment = "";
        int hash = dest.indexOf('#');
        if (hash >= 0) {
            fragment = dest.substring(hash + 1);
            dest = dest.substring(0, hash);
        }
        int query = dest.indexOf('?');
        if (query >= 0) {
            dest = dest.substring(0, query);
        }
        if (dest.startsWith("/")) {
            String sitePath = dest.substring(1);
            return new Target(Kind.FILE, sitePath, fragment, sitePath);
        }
        Optional<String> normalized = normalize(parentOf(source) + dest);
        if (normalized.isEmpty()) {
            return new Target(Kind.OUTSIDE, dest, fragment, "");
        }
        String path = normalized.get();
        if (path.endsWith(".md") && layout.isContent(path)) {
            return new Target(Kind.PAGE, path, fragment, "");
        }
        if (layout.isContent(path) || layout.isAsset(path)) {
            return new Target(Kind.FILE, path, fragment, layout.publishedPath(path));
        }
        return new Target(Kind.OUTSIDE, path, fragment, "");
    }

    /**
     * What replaces {@code destination} in the rendered body: a token for pages and files of the site, the address
     * itself for allowed external addresses, fragments and addresses outside the site (reported by the check), and
     * {@code #} for an address type that is not allowed, so that it never reaches a page.
     */
    public static String token(SiteLayout layout, String source, String destination) {
        return token(resolve(layout, source, destination), destination);
    }

    /** The token that replaces {@code destination}, already resolved to {@code target}. */
    static String token(Target target, String destination) {
        return switch (target.kind()) {
            case PAGE -> LinkTokens.page(target.path(), target.fragment());
            case FILE -> LinkTokens.path(target.sitePath()) + (target.fragment().isEmpty() ? "" : "#" + target.fragment());
            case EXTERNAL -> UrlSchemes.isAllowed(destination) ? destination : "#";
            default -> destination;
        };
    }

    private static String parentOf(String source) {
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash + 1);
    }

    private static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
