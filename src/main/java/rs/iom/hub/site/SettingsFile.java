package rs.iom.hub.site;

import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jbake.properties} as its author wrote it: which settings it sets, on which line, so that a mistake is reported
 * at its line, and a setting hub has no use for is refused instead of silently ignored. (The values themselves are
 * read by JBake's configuration, over JBake's defaults: {@link SiteProperties}.)
 */
final class SettingsFile {
    static final String FILE = "jbake.properties";

    /** JBake's settings hub honours. */
    static final Set<String> JBAKE_SETTINGS = Set.of("content.folder", "asset.folder", "template.folder",
            "data.folder", "site.host", "default.status", "render.index", "render.feed", "render.archive",
            "render.tags", "render.tagsindex", "render.sitemap", "render.error404", "render.encoding",
            "template.encoding");
    /** hub's own settings. */
    static final Set<String> HUB_SETTINGS = Set.of("hub.editions", "hub.edition.default", "hub.news.per-page",
            "hub.feed.size", "hub.edit.url", "hub.timezone", "hub.editor.auth-url");

    private final Map<String, Integer> lines;

    private SettingsFile(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The settings of {@code site}'s jbake.properties (none when there is no such file). */
    static SettingsFile read(Path site) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        Path file = site.resolve(FILE);
        List<String> text;
        try {
            text = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : List.of();
        } catch (IOException e) {
            text = List.of();
        }
        boolean continued = false;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            boolean startsSetting = !continued;
            continued = endsWithContinuation(line);
            String stripped = line.stripLeading();
            if (!startsSetting || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                if (startsSetting && (stripped.startsWith("#") || stripped.startsWith("!"))) {
                    continued = false; // a comment never continues
                }
                continue;
            }
            lines.putIfAbsent(keyOf(stripped), i + 1);
        }
        return new SettingsFile(lines);
    }

    /** True when the site's file sets {@code key} itself (not only JBake's defaults). */
    boolean sets(String key) {
        return lines.containsKey(key);
    }

    /** The line that sets {@code key}, or 0. */
    int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** An error at the line of {@code key} (the command line when {@code key} is null). */
    Problem error(String key, String message, String hint) {
        if (key == null) {
            return Problem.error("(command line)", 0, 0, message, hint);
        }
        return Problem.error(FILE, line(key), line(key) > 0 ? 1 : 0, message, hint);
    }

    /** One error per setting hub has no use for, each at its line, with the right name when it looks like a typo. */
    List<Problem> unknownSettings() {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : lines.entrySet()) {
            String key = entry.getKey();
            if (JBAKE_SETTINGS.contains(key) || HUB_SETTINGS.contains(key)) {
                continue;
            }
            Optional<String> near = nearest(key);
            String hint = near.map(n -> "did you mean '" + n + "'?").orElse(key.startsWith("hub.")
                    ? "hub's settings are " + String.join(", ", HUB_SETTINGS.stream().sorted().toList())
                    : "hub builds every page itself and uses only these JBake settings: "
                    + String.join(", ", JBAKE_SETTINGS.stream().sorted().toList()) + "; remove the line");
            problems.add(Problem.error(FILE, entry.getValue(), 1, "the setting '" + key + "' has no meaning for hub",
                    hint));
        }
        return problems;
    }

    private static Optional<String> nearest(String key) {
        String best = null;
        int bestDistance = 3;
        for (String known : concat()) {
            int distance = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance()
                    .apply(key, known);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> concat() {
        List<String> all = new ArrayList<>(JBAKE_SETTINGS);
        all.addAll(HUB_SETTINGS);
        all.sort(String::compareTo);
        return all;
    }

    /** The key of a properties line: up to the first unescaped '=', ':' or blank. */
    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
