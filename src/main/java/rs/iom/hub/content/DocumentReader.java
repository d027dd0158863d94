package rs.iom.hub.content;

import rs.iom.hub.text.ControlCharacters;
import rs.iom.hub.problem.Problem;
import org.apache.commons.text.similarity.LevenshteinDistance;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.markdown.MarkdownRenderer;
import rs.iom.hub.markdown.RenderedMarkdown;
import rs.iom.hub.translit.MixedScriptFinder;
import rs.iom.hub.translit.MixedScriptWord;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one content file into a {@link Document}: checks the encoding, parses and validates the front matter, and
 * renders the Markdown body. Every problem found is returned with its line and column; the document is only produced
 * when the file has no errors. Thread-safe.
 */
public final class DocumentReader {

    /** Front matter fields authors may write, in the order README documents them. */
    public static final List<String> FIELDS = List.of("title", "date", "type", "status", "translationKey", "summary",
            "tags", "image", "imageAlt", "menu");

    /** JBake's native header names that mean one of our fields. */
    private static final Map<String, String> JBAKE_ALIASES = Map.of("translation", "translationKey");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SERBIAN_DATE = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})\\.?");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final MixedScriptFinder MIXED_SCRIPT = new MixedScriptFinder();

    private final List<String> languages;
    private final Map<String, String> newsFolders;
    private final Map<String, MarkdownRenderer> markdown = new LinkedHashMap<>();
    private final LongSupplier clock;

    /**
     * @param languages   content languages (folders under {@code content/})
     * @param newsFolders per language, the folder whose files are news by default ({@code vesti}, {@code news})
     */
    public DocumentReader(List<String> languages, Map<String, String> newsFolders) {
        this(languages, newsFolders, System::nanoTime);
    }

    /** @param clock nanoseconds, for the {@linkplain #TIME_BUDGET_NANOS time budget} of a file (tests fake it) */
    DocumentReader(List<String> languages, Map<String, String> newsFolders, LongSupplier clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        this.newsFolders = Map.copyOf(Objects.requireNonNull(newsFolders, "newsFolders"));
        for (String language : languages) {
            markdown.put(language, MarkdownRenderer.forLanguage(language));
        }
    }

    /**
     * What reading one file gave.
     *
     * @param document the document, when the file has no errors
     * @param links    links and images in the body, for checking against the whole site
     * @param problems everything wrong with the file
     */
    public record Result(Optional<Document> document, List<MarkdownLink> links, List<Problem> problems) {
        public Result {
            links = List.copyOf(links);
            problems = List.copyOf(problems);
        }
    }

    /** Reads the file at site-relative path {@code source} whose bytes are {@code bytes}. */
    public Result read(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        long started = clock.getAsLong();
        List<Problem> problems = new ArrayList<>();
        Optional<String> language = ContentLayout.languageOf(source, languages);
        if (language.isEmpty()) {
            problems.add(Problem.error(source, 0, 0, "this file is not inside a language folder",
                    "move it to " + String.join(" or ", languages.stream().map(l -> "content/" + l + "/").toList())));
            return new Result(Optional.empty(), List.of(), problems);
        }
        checkPath(source, problems);
        String text = decode(source, bytes, problems);
        if (text == null) {
            return new Result(Optional.empty(), List.of(), problems);
        }
        if (text.startsWith("\uFEFF")) {
            problems.add(Problem.warning(source, 1, 1, "the file starts with an invisible byte-order mark (BOM)",
                    "run 'hub check --fix', or save the file as UTF-8 without BOM"));
            text = text.substring(1);
        }
        text = withoutControlCharacters(source, text, problems);
        for (MixedScriptWord word : MIXED_SCRIPT.find(text)) {
            problems.add(Problem.warning(source, word.line(), word.column(),
                    "the word „" + word.word() + "“ mixes alphabets: " + word.description(),
                    "write „" + word.corrected() + "“ (hub check --fix corrects every such word)"));
        }
        FrontMatterParser.Result parsed = FrontMatterParser.parse(source, text);
        problems.addAll(parsed.problems());
        if (!parsed.hasFrontMatter() || parsed.problems().stream().anyMatch(Problem::isError)) {
            // fields cannot be trusted (or found) before the front matter itself is fixed
            return new Result(Optional.empty(), List.of(), problems);
        }
        FrontMatter fm = parsed.frontMatter();
        Fields fields = new Fields(source, fm, problems);
        String lang = language.get();

        String title = fields.requiredText("title", "the page title, e.g. title: Sastanak Upravnog odbora");
        LocalDate date = fields.date();
        String translationKey = fields.requiredText("translationKey",
                "the same key in every language version, e.g. translationKey: sastanak-upravnog-odbora-2022");
        DocumentType type = fields.type(defaultType(source, lang));
        DocumentStatus status = fields.status();
        String summary = fields.optionalText("summary");
        List<String> tags = fields.tags();
        String image = fields.optionalText("image");
        String imageAlt = fields.optionalText("imageAlt");
        Integer menu = fields.menu(type);
        fields.checkLanguage(lang);
        fields.reportUnknown();
        if (image != null && !image.isBlank() && (imageAlt == null || imageAlt.isBlank())) {
            FrontMatter.Field at = fm.field("image").orElseThrow();
            problems.add(Problem.error(source, at.line(), at.column(), "the image has no alternative text",
                    "add 'imageAlt:' describing what the image shows, for readers who cannot see it"));
        }

        String body = fm.body();
        if (isEmptyText(body)) {
            String message = "the page has no text" + (status == DocumentStatus.DRAFT ? " yet" : "");
            String hint = "write the text of the page below the closing '---' line";
            problems.add(status == DocumentStatus.DRAFT ? Problem.warning(source, fm.endLine(), 1, message, hint)
                    : Problem.error(source, fm.endLine(), 1, message, hint));
        }
        if (overBudget(started, source, problems)) {
            return new Result(Optional.empty(), List.of(), problems);
        }
        RenderedMarkdown rendered = markdown.get(lang).render(source, body, fm.bodyStartLine());
        problems.addAll(rendered.problems());
        if (overBudget(started, source, problems)) {
            return new Result(Optional.empty(), List.of(), problems);
        }
        List<MarkdownLink> links = new ArrayList<>(rendered.links());
        if (image != null && !image.isBlank()) {
            FrontMatter.Field at = fm.field("image").orElseThrow();
            links.add(new MarkdownLink(true, image.strip(), imageAlt == null ? "" : imageAlt, at.valueLine(),
                    at.valueColumn(), MarkdownLink.Part.TARGET));
        }
        for (int[] at : rendered.rawHtml()) {
            problems.add(Problem.warning(source, at[0], at[1], "HTML code in the text is shown as plain text",
                    "use Markdown instead: **bold**, *italic*, [link text](address), ![image description](file.jpg)"));
        }
        if ((summary == null || summary.isBlank()) && !body.isBlank()) {
            summary = shorten(rendered.firstParagraph(), 200);
        }
        boolean hasErrors = problems.stream().anyMatch(Problem::isError);
        if (hasErrors) {
            return new Result(Optional.empty(), links, problems);
        }
        int keyLine = fm.field(fm.format() == FrontMatter.Format.YAML ? "translationKey" : "translation")
                .or(() -> fm.field("translationKey")).map(FrontMatter.Field::line).orElse(1);
        Document document = new Document(source, lang, ContentLayout.editionPath(source), type, status,
                title.strip(), date, translationKey.strip(), keyLine, summary == null ? "" : summary.strip(), tags,
                image, imageAlt, menu, rendered.html(), rendered.text(), sha256(bytes));
        return new Result(Optional.of(document), links, problems);
    }

    /** At most this many lines with control characters are reported per file (one problem per line). */
    private static final int MAX_CONTROL_CHARACTER_LINES = 20;

    /**
     * Reports every line with a {@linkplain ControlCharacters forbidden control character} and returns the text with
     * each replaced by a space, so that the rest of the file is still checked with its lines and columns.
     */
    private static String withoutControlCharacters(String source, String text, List<Problem> problems) {
        int at = ControlCharacters.indexOf(text, 0);
        if (at < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        int lastLine = 0;
        int reported = 0;
        while (at >= 0) {
            for (int i = scanned; i < at; i++) {
                if (chars[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            scanned = at;
            if (line != lastLine && reported < MAX_CONTROL_CHARACTER_LINES) {
                problems.add(ControlCharacters.problem(source, line, at - lineStart + 1, chars[at], "the line"));
                reported++;
                lastLine = line;
            }
            chars[at] = ' ';
            at = ControlCharacters.indexOf(text, at + 1);
        }
        return new String(chars);
    }

    /** Longest a single file may take to read; past it the file is refused instead of holding up the whole run. */
    static final long TIME_BUDGET_NANOS = 20_000_000_000L;

    private boolean overBudget(long started, String source, List<Problem> problems) {
        long seconds = (clock.getAsLong() - started) / 1_000_000_000L;
        if (clock.getAsLong() - started <= TIME_BUDGET_NANOS) {
            return false;
        }
        problems.add(Problem.error(source, 0, 0, "reading this file took " + seconds + " seconds, longer than the "
                + TIME_BUDGET_NANOS / 1_000_000_000L + " a file may take",
                "the file is too long or too complicated: split it into several pages, or simplify its text"));
        return true;
    }

    /** Blank, or nothing but HTML comments (the instructions {@code hub new} leaves in new files). */
    static boolean isEmptyText(String body) {
        return body.replaceAll("(?s)<!--.*?-->", "").isBlank();
    }

    private DocumentType defaultType(String source, String language) {
        List<String> segments = ContentLayout.segments(source);
        String newsFolder = newsFolders.get(language);
        return segments.size() > 1 && segments.get(0).equals(newsFolder) ? DocumentType.NEWS : DocumentType.PAGE;
    }

    private static void checkPath(String source, List<Problem> problems) {
        List<String> segments = ContentLayout.segments(source);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (!Slugs.isSlug(segment)) {
                // the file's own name is shown with its .md: renamed without it, the file would no longer be a page
                boolean file = i == segments.size() - 1;
                String extension = file ? ".md" : "";
                String suggestion = Slugs.slugify(segment);
                problems.add(Problem.error(source, 0, 0,
                        "the " + (file ? "file" : "folder") + " name '" + segment + extension
                                + "' may only use lowercase letters a-z, digits and hyphens "
                                + "(it becomes part of the web address)",
                        suggestion.isEmpty() ? "rename it using only a-z, 0-9 and '-'"
                                : "rename it to '" + suggestion + extension + "'"));
            }
        }
    }

    private static String decode(String source, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
            int column = prefix.codePointCount(0, prefix.length()) + 1;
            problems.add(Problem.error(source, line, column,
                    String.format("the file is not UTF-8 text (byte 0x%02X cannot be read)", bytes[offset] & 0xff),
                    "save the file with the encoding UTF-8 (in most editors: Save As… › Encoding › UTF-8)"));
            return null;
        }
    }

    /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length;
            int min;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int cp = b & (0xff >> (length + 1));
            for (int k = 1; k < length; k++) {
                int c = bytes[i + k] & 0xff;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += length;
        }
        return Math.max(0, bytes.length - 1);
    }

    static String shorten(String text, int max) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (clean.length() <= max) {
            return clean;
        }
        String cut = clean.substring(0, max);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.–—-]+$", "") + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Typed access to front matter fields that records a problem for each missing or malformed one. */
    private static final class Fields {
        private final String source;
        private final FrontMatter fm;
        private final List<Problem> problems;
        private final Map<String, FrontMatter.Field> byName = new LinkedHashMap<>();
        private final List<FrontMatter.Field> unknown = new ArrayList<>();

        Fields(String source, FrontMatter fm, List<Problem> problems) {
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
                if (serbian.matches()) {
                    hint = String.format("write dates as YYYY-MM-DD: date: %s-%02d-%02d", serbian.group(3),
                            Integer.parseInt(serbian.group(2)), Integer.parseInt(serbian.group(1)));
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

        DocumentStatus status() {
            FrontMatter.Field field = byName.get("status");
            if (field == null) {
                return DocumentStatus.PUBLISHED;
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
}
