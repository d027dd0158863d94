package rs.iom.hub.content;

import org.apache.commons.text.similarity.LevenshteinDistance;
import rs.iom.hub.problem.Problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to the front matter fields of one file: each accessor returns the value (or a default) and records a
 * problem, with the field's line and column, for a field that is missing or malformed; unknown fields are reported
 * with a suggestion when they look like a known one ({@code titel} → {@code title}).
 */
final class FrontMatterFields {
    /** Front matter fields authors may write, in the order README documents them. */
    static final List<String> FIELDS = DocumentReader.FIELDS;

    /** JBake's native header names that mean one of our fields. */
    /** A date with a one-digit month or day, 2024-3-2. */
    private static final java.util.regex.Pattern UNPADDED_DATE =
            java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Map<String, String> JBAKE_ALIASES = Map.of("translation", "translationKey");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SERBIAN_DATE = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})\\.?");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final String source;
    private final FrontMatter fm;
    private final List<Problem> problems;
    private final Map<String, FrontMatter.Field> byName = new LinkedHashMap<>();
    private final List<FrontMatter.Field> unknown = new ArrayList<>();

    FrontMatterFields(String source, FrontMatter fm, List<Problem> problems) {
        this.source = source;
        this.fm = fm;
        this.problems = problems;
        for (FrontMatter.Field field : fm.fields().values()) {
            String key = field.key();
            if (fm.format() == FrontMatter.Format.JBAKE_HEADER) {
                key = JBAKE_ALIASES.getOrDefault(key, key);
            }
            if (FIELDS.contains(key) || fm.format() == FrontMatter.Format.JBAKE_HEADER && key.equals("lang")) {
                byName.putIfAbsent(key, field);
            } else {
                unknown.add(field);
            }
        }
    }

    String requiredText(String key, String explanation) {
        FrontMatter.Field field = byName.get(key);
        if (field == null) {
            problems.add(Problem.error(source, 1, 1, "the front matter has no '" + key + "'",
                    "add '" + key + ":' with " + explanation));
            return null;
        }
        String value = text(field);
        if (value != null && value.isBlank()) {
            problems.add(Problem.error(source, field.line(), field.column(), "'" + key + "' is empty",
                    "write " + explanation));
            return null;
        }
        return value;
    }

    String optionalText(String key) {
        FrontMatter.Field field = byName.get(key);
        return field == null ? null : text(field);
    }

    private String text(FrontMatter.Field field) {
        if (field.value() instanceof FrontMatter.Text t) {
            return t.text();
        }
        String shape = field.value() instanceof FrontMatter.TextList ? "a list" : "a group of fields";
        problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                "'" + field.key() + "' must be a single text, not " + shape,
                "write it on one line: " + field.key() + ": …"));
        return null;
    }

    LocalDate date() {
        FrontMatter.Field field = byName.get("date");
        if (field == null) {
            problems.add(Problem.error(source, 1, 1, "the front matter has no 'date'",
                    "add the publication date as 'date: YYYY-MM-DD', e.g. date: 2022-03-04"));
            return null;
        }
        String value = text(field);
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (value.isEmpty()) {
            problems.add(Problem.error(source, field.line(), field.column(), "'date' is empty",
                    "write the publication date as YYYY-MM-DD, e.g. date: 2022-03-04"));
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        if (!iso.matches()) {
            Matcher serbian = SERBIAN_DATE.matcher(value);
            String hint = "write dates as YYYY-MM-DD, e.g. date: 2022-03-04";
            java.util.regex.Matcher unpadded = UNPADDED_DATE.matcher(value);
            if (serbian.matches()) {
                hint = String.format("write dates as YYYY-MM-DD: date: %s-%02d-%02d", serbian.group(3),
                        Integer.parseInt(serbian.group(2)), Integer.parseInt(serbian.group(1)));
            } else if (unpadded.matches()) {
                hint = String.format("write month and day with two digits: date: %s-%02d-%02d", unpadded.group(1),
                        Integer.parseInt(unpadded.group(2)), Integer.parseInt(unpadded.group(3)));
            }
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "'" + value + "' is not a date in the form YYYY-MM-DD", hint));
            return null;
        }
        try {
            return LocalDate.parse(value, STRICT_DATE);
        } catch (DateTimeParseException e) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            String why = month < 1 || month > 12 ? "there is no month " + month
                    : YearMonth.of(year, month).getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    Locale.ENGLISH) + " " + year + " has " + YearMonth.of(year, month).lengthOfMonth() + " days";
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "the date " + value + " does not exist (" + why + ")",
                    "correct the date; it is written YYYY-MM-DD"));
            return null;
        }
    }

    DocumentType type(DocumentType fallback) {
        FrontMatter.Field field = byName.get("type");
        if (field == null) {
            return fallback;
        }
        String value = text(field);
        if (value == null) {
            return fallback;
        }
        String key = value.strip();
        if (fm.format() == FrontMatter.Format.JBAKE_HEADER && key.equals("post")) {
            return DocumentType.NEWS;
        }
        Optional<DocumentType> type = DocumentType.fromKey(key);
        if (type.isEmpty()) {
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "unknown type '" + key + "'", "write 'type: news' for a news item or 'type: page' for a "
                            + "project page" + suggestion(key, List.of("news", "page"))));
            return fallback;
        }
        return type.get();
    }

    /** The status, or {@code missing} (the site's default.status) when the file does not say. */
    DocumentStatus status(DocumentStatus missing) {
        FrontMatter.Field field = byName.get("status");
        if (field == null) {
            return missing;
        }
        String value = text(field);
        if (value == null) {
            return DocumentStatus.DRAFT;
        }
        String key = value.strip();
        if (fm.format() == FrontMatter.Format.JBAKE_HEADER && key.equals("published-date")) {
            return DocumentStatus.PUBLISHED;
        }
        Optional<DocumentStatus> status = DocumentStatus.fromKey(key);
        if (status.isEmpty()) {
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "unknown status '" + key + "'", "write 'status: draft' while writing and 'status: published' "
                            + "to publish" + suggestion(key, List.of("draft", "published"))));
            return DocumentStatus.DRAFT;
        }
        return status.get();
    }

    List<String> tags() {
        FrontMatter.Field field = byName.get("tags");
        if (field == null) {
            return List.of();
        }
        List<String> raw;
        if (field.value() instanceof FrontMatter.TextList list) {
            raw = list.items();
        } else if (field.value() instanceof FrontMatter.Text t) {
            raw = List.of(t.text().split(","));
        } else {
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "'tags' must be a list of words", "write tags: [migracije, partnerstvo]"));
            return List.of();
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String clean = tag.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (Slugs.slugify(clean).isEmpty()) {
                problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                        "the tag '" + clean + "' has no letters or digits", "remove it or write a word"));
                continue;
            }
            tags.add(clean);
        }
        return List.copyOf(tags);
    }

    Integer menu(DocumentType type) {
        FrontMatter.Field field = byName.get("menu");
        if (field == null) {
            return null;
        }
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            int order = Integer.parseInt(value.strip());
            if (type != DocumentType.PAGE) {
                problems.add(Problem.warning(source, field.line(), field.column(),
                        "'menu' only applies to project pages", "remove the 'menu:' line from this news item"));
                return null;
            }
            return order;
        } catch (NumberFormatException e) {
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "'menu' must be a whole number, not '" + value.strip() + "'",
                    "write the position in the menu, e.g. menu: 2 (lower numbers come first)"));
            return null;
        }
    }

    void checkLanguage(String folderLanguage) {
        FrontMatter.Field field = byName.get("lang");
        if (field != null && field.value() instanceof FrontMatter.Text t
                && !t.text().strip().equals(folderLanguage)) {
            problems.add(Problem.error(source, field.valueLine(), field.valueColumn(),
                    "the header says lang=" + t.text().strip() + " but the file is in content/" + folderLanguage
                            + "/", "move the file to content/" + t.text().strip() + "/ or correct 'lang'"));
        }
    }

    void reportUnknown() {
        for (FrontMatter.Field field : unknown) {
            problems.add(Problem.warning(source, field.line(), field.column(),
                    "unknown field '" + field.key() + "' is ignored",
                    "the fields are " + String.join(", ", FIELDS) + suggestion(field.key(), FIELDS)));
        }
    }

    private static String suggestion(String written, List<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int score = distance.apply(written.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (score < bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        int allowed = Math.max(2, written.length() / 3);
        return best != null && bestScore <= allowed ? "; did you mean '" + best + "'?" : "";
    }
}
