package rs.iom.hub.i18n;

import rs.iom.hub.layout.SiteLayout;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.content.SourceFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the per-language message files {@code data/i18n/<language>.yaml} and checks that they all have the same keys,
 * so that no edition shows a missing text. A message file that is a link out of {@code data/} is never read
 * ({@link SourceFiles#check}).
 */
public final class MessageFiles {
    /** The folder of the message files inside the data folder. */
    public static final String FOLDER = "i18n/";

    private MessageFiles() {
    }

    /**
     * The messages by language, optional overlays by edition ({@code data/i18n/sr-cyrl.yaml}: texts of one edition
     * that differ from its language's file after conversion, such as its own name), and the problems found (missing
     * files, YAML errors, keys missing in one file, overlay keys the language file does not have).
     */
    public record Result(Map<String, Messages> messages, Map<String, Messages> editionOverlays,
                         List<Problem> problems) {
    }

    /** The message files of a site with JBake's default folders. */
    public static Result load(Path siteFolder, List<String> languages) {
        return load(siteFolder, SiteLayout.DEFAULT, languages);
    }

    /** The message files in {@code layout}'s data folder. */
    public static Result load(Path siteFolder, SiteLayout layout, List<String> languages) {
        Objects.requireNonNull(siteFolder, "siteFolder");
        String folder = layout.dataPrefix() + FOLDER;
        Objects.requireNonNull(languages, "languages");
        Map<String, Messages> messages = new LinkedHashMap<>();
        List<Problem> problems = new java.util.ArrayList<>();
        for (String language : languages) {
            String name = folder + language + ".yaml";
            Path file = siteFolder.resolve(name);
            Optional<Problem> unsafe = SourceFiles.check(siteFolder, layout, name);
            if (unsafe.isPresent()) {
                problems.add(unsafe.get());
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error(name, 0, 0, "the message file for '" + language + "' is missing",
                        "copy " + folder + languages.get(0) + ".yaml to " + name + " and translate its texts"));
                continue;
            }
            parse(name, file, true, problems).ifPresent(m -> messages.put(language, m));
        }
        if (messages.size() > 1) {
            Set<String> all = new TreeSet<>();
            messages.values().forEach(m -> all.addAll(m.keys()));
            messages.forEach((language, m) -> {
                for (String key : all) {
                    if (!m.has(key)) {
                        problems.add(Problem.error(m.source(), 0, 0, "the message '" + key + "' is missing",
                                "add '" + key + "' (other languages have it)"));
                    }
                }
            });
        }
        Map<String, Messages> overlays = new LinkedHashMap<>();
        for (rs.iom.hub.i18n.Edition edition : rs.iom.hub.i18n.Edition.KNOWN) {
            String name = folder + edition.id() + ".yaml";
            if (languages.contains(edition.id()) || !languages.contains(edition.language())
                    || !Files.exists(siteFolder.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<Problem> unsafe = SourceFiles.check(siteFolder, layout, name);
            if (unsafe.isPresent()) {
                problems.add(unsafe.get());
                continue;
            }
            if (!Files.isRegularFile(siteFolder.resolve(name))) {
                continue;
            }
            parse(name, siteFolder.resolve(name), false, problems).ifPresent(overlay -> {
                Messages base = messages.get(edition.language());
                for (String key : overlay.keys()) {
                    if (base != null && !base.has(key)) {
                        problems.add(Problem.warning(name, 0, 0, "'" + key + "' is not a message of "
                                + folder + edition.language() + ".yaml and is ignored", "check the spelling"));
                    }
                }
                overlays.put(edition.id(), overlay);
            });
        }
        return new Result(messages, overlays, problems);
    }

    /**
     * A text with a count is an ICU message ({@code {count, plural, one {# vest} other {# vesti}}}): one that ICU
     * cannot read would stop the build half-way, so it is reported here, with its key, and the file is not used.
     */
    private static boolean countsAreValid(Messages messages, List<Problem> problems) {
        boolean valid = true;
        for (String key : messages.keys()) {
            String text;
            try {
                text = messages.text(key);
            } catch (MissingMessageException e) {
                continue; // a list of texts (month names)
            }
            if (!text.contains(", plural,") && !text.contains(", select,")) {
                continue;
            }
            try {
                new com.ibm.icu.text.MessagePattern(text);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(messages.source(), 0, 0, "the message '" + key + "' is not a valid "
                        + "count: " + e.getMessage(), "write it as {count, plural, one {# vest} few {# vesti} "
                        + "other {# vesti}}: every { closed by }, '#' for the number"));
                valid = false;
            }
        }
        return valid;
    }

    /** What parsing one message file gave: its messages (none when it has errors) and its problems. */
    private record Parsed(Optional<Messages> messages, List<Problem> problems) {
    }

    /** At most this many parsed files are remembered (a bound, not a policy: when reached, all are forgotten). */
    private static final int REMEMBERED_FILES = 32;
    /**
     * Message files parsed before, by name, counts checked or not, and text: the preview reads them on every re-bake
     * and YAML parsing was about 5 % of a re-bake (2,000 documents). The key is the whole text, so a remembered result
     * is the one parsing would give again (no file time involved); {@link Messages} are immutable, safe to share.
     */
    private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The messages of message file {@code name}, with ICU counts checked when {@code checkCounts}; its problems go to
     * {@code problems}.
     */
    private static Optional<Messages> parse(String name, Path file, boolean checkCounts, List<Problem> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(Problem.error(name, 0, 0, "the message file cannot be read: " + e.getMessage(),
                    "save it as UTF-8 YAML"));
            return Optional.empty();
        }
        String key = name + '\u0000' + checkCounts + '\u0000' + text;
        Parsed parsed = PARSED.get(key);
        if (parsed == null) {
            List<Problem> found = new java.util.ArrayList<>();
            Optional<Messages> messages = parse(name, text, found);
            if (checkCounts) {
                messages = messages.filter(m -> countsAreValid(m, found));
            }
            parsed = new Parsed(messages, List.copyOf(found));
            if (PARSED.size() >= REMEMBERED_FILES) {
                PARSED.clear();
            }
            PARSED.put(key, parsed);
        }
        problems.addAll(parsed.problems());
        return parsed.messages();
    }

    @SuppressWarnings("unchecked")
    private static java.util.Optional<Messages> parse(String name, String text, List<Problem> problems) {
        try {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (!(tree instanceof Map<?, ?> map)) {
                problems.add(Problem.error(name, 1, 1, "the message file must be a list of 'key: text' entries",
                        "see data/i18n/en.yaml for the format"));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Messages.of(name, (Map<String, Object>) map));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            problems.add(Problem.error(name, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "the message file is not valid YAML: " + e.getProblem(),
                    "write each text as 'key: text'; quote texts that contain ':' or '#'"));
        } catch (YAMLException e) {
            problems.add(Problem.error(name, 0, 0, "the message file cannot be read: " + e.getMessage(),
                    "save it as UTF-8 YAML"));
        }
        return java.util.Optional.empty();
    }
}
