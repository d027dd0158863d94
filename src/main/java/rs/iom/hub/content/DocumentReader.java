package rs.iom.hub.content;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.text.ControlCharacters;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.text.Utf8;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.markdown.MarkdownRenderer;
import rs.iom.hub.markdown.RenderedMarkdown;
import rs.iom.hub.markdown.Typographer;
import rs.iom.hub.translit.MixedScriptFinder;
import rs.iom.hub.translit.MixedScriptWord;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Reads one content file into a {@link Document}: checks the encoding, parses and validates the front matter, and
 * renders the Markdown body. Every problem found is returned with its line and column; the document is only produced
 * when the file has no errors. Thread-safe.
 */
public final class DocumentReader {

    /** Front matter fields authors may write, in the order README documents them. */
    public static final List<String> FIELDS = List.of("title", "date", "type", "status", "translationKey", "summary",
            "tags", "image", "imageAlt", "imageCaption", "imageCredit", "menu");



    private static final MixedScriptFinder MIXED_SCRIPT = new MixedScriptFinder();

    private final List<String> languages;
    private final Map<String, String> newsFolders;
    private final Map<String, MarkdownRenderer> markdown = new LinkedHashMap<>();
    private final Map<String, Typographer> typographers = new LinkedHashMap<>();
    private final LongSupplier clock;
    private final SiteLayout layout;
    private final DocumentStatus defaultStatus;
    private final LanguageRule languageRule;

    /**
     * @param layout      the site's folders
     * @param languages   content languages (folders under the content folder)
     * @param newsFolders per language, the folder whose files are news by default ({@code vesti}, {@code news}); the
     *                    first language's folder is also a news folder in every other language, published under that
     *                    language's own name ({@code content/en/vesti/2026/a.md} → {@code en/news/2026/a/}), so
     *                    that the browser editor, which names one folder for all languages, can write news
     */
    public DocumentReader(SiteLayout layout, List<String> languages, Map<String, String> newsFolders,
                          DocumentStatus defaultStatus) {
        this(layout, languages, newsFolders, defaultStatus, System::nanoTime);
    }

    /** A reader for a site with JBake's default folders, where a file without a status is published. */
    public DocumentReader(List<String> languages, Map<String, String> newsFolders) {
        this(SiteLayout.DEFAULT, languages, newsFolders, DocumentStatus.PUBLISHED, System::nanoTime);
    }

    /** @param clock nanoseconds, for the {@linkplain #TIME_BUDGET_NANOS time budget} of a file (tests fake it) */
    DocumentReader(SiteLayout layout, List<String> languages, Map<String, String> newsFolders,
                   DocumentStatus defaultStatus, LongSupplier clock) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.defaultStatus = Objects.requireNonNull(defaultStatus, "defaultStatus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        this.newsFolders = Map.copyOf(Objects.requireNonNull(newsFolders, "newsFolders"));
        this.languageRule = new LanguageRule(this.languages);
        for (String language : languages) {
            markdown.put(language, MarkdownRenderer.forLanguage(language, layout));
            typographers.put(language, Typographer.forLanguage(language));
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
        Optional<String> language = ContentLayout.languageOf(layout, source, languages);
        if (language.isEmpty()) {
            problems.add(Problem.error(source, 0, 0, "this file is not inside a language folder",
                    "move it to " + String.join(" or ", languages.stream().map(l -> layout.contentPrefix() + l + "/").toList())));
            return new Result(Optional.empty(), List.of(), problems);
        }
        checkPath(source, problems);
        String text = Utf8.decode(source, bytes, problems);
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
        if (!parsed.hasFrontMatter()) {
            // the fields cannot be read before the front matter itself is fixed; the text below it can
            return parsed.textBelow().map(fm -> textOnly(source, language.get(), fm, started, problems))
                    .orElseGet(() -> new Result(Optional.empty(), List.of(), problems));
        }
        FrontMatter fm = parsed.frontMatter();
        FrontMatterFields fields = new FrontMatterFields(source, fm, problems);
        String lang = language.get();

        String title = fields.requiredText("title", "the page title, e.g. title: Sastanak Upravnog odbora");
        LocalDate date = fields.date();
        String translationKey = fields.requiredText("translationKey",
                "the same key in every language version, e.g. translationKey: sastanak-upravnog-odbora-2022");
        DocumentType type = fields.type(defaultType(source, lang));
        DocumentStatus status = fields.status(defaultStatus);
        String summary = fields.optionalText("summary");
        if (summary != null && summary.isBlank() && status != DocumentStatus.DRAFT) {
            // a draft made by 'hub new' has an empty summary to fill in: said once it is to be published
            FrontMatter.Field at = fm.field("summary").orElseThrow();
            problems.add(Problem.warning(source, at.line(), at.column(), "the summary is empty",
                    "write one or two sentences after 'summary:' saying what the page is about (news lists, search "
                            + "results and shared links show them), or remove the line to show the start of the text"));
        }
        List<String> tags = fields.tags();
        String image = fields.optionalText("image");
        String imageAlt = fields.optionalText("imageAlt");
        String imageCaption = fields.optionalText("imageCaption");
        String imageCredit = fields.optionalText("imageCredit");
        Integer menu = fields.menu(type);
        fields.checkLanguage(lang);
        fields.reportUnknown();
        if (lang.equals("sr")) {
            problems.addAll(SerbianSlips.find(source, fm));
            problems.addAll(OldDjSpelling.problems(source, fm, text));
        }
        if (image != null && !image.isBlank() && (imageAlt == null || imageAlt.isBlank())) {
            FrontMatter.Field at = fm.field("image").orElseThrow();
            problems.add(Problem.error(source, at.line(), at.column(), "the image has no alternative text",
                    "add 'imageAlt:' describing what the image shows, for readers who cannot see it"));
        }
        if (image == null || image.isBlank()) {
            for (String field : List.of("imageCaption", "imageCredit")) {
                fm.field(field).ifPresent(at -> problems.add(Problem.warning(source, at.line(), at.column(),
                        "'" + field + "' is given, but there is no 'image:' it could belong to",
                        "add 'image:' with the picture's file name, or remove '" + field + "'")));
            }
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
            links.add(MarkdownLink.in(layout, source, true, image.strip(), imageAlt == null ? "" : imageAlt, at.valueLine(),
                    at.valueColumn(), MarkdownLink.Part.FRONT_MATTER));
        }
        rawHtmlWarnings(source, rendered, problems);
        languageRule.check(source, lang, title == null ? "" : title, summary, rendered.text(), line(fm, "title"),
                firstTextLine(body, fm.bodyStartLine())).ifPresent(problems::add);
        if (summary != null && !summary.isBlank()) {
            summary = typographers.get(lang).apply(summary.strip());
        } else if (!body.isBlank()) {
            summary = shorten(rendered.firstParagraph(), 200); // set as the body is
        }
        boolean hasErrors = problems.stream().anyMatch(Problem::isError);
        if (hasErrors) {
            return new Result(Optional.empty(), links, problems);
        }
        int keyLine = fm.field(fm.format() == FrontMatter.Format.YAML ? "translationKey" : "translation")
                .or(() -> fm.field("translationKey")).map(FrontMatter.Field::line).orElse(1);
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        fm.fields().forEach((key, field) -> fieldLines.put(key, field.line()));
        // the plain texts get the body's typography (quotes, dashes, ellipses): they are shown in lists, <title>,
        // meta tags, feeds and the search index
        Typographer typographer = typographers.get(lang);
        Document document = new Document(source, lang, editionPath(source, lang), type, status,
                typographer.apply(title.strip()), date, translationKey.strip(), keyLine,
                summary == null ? "" : summary.strip(), tags, image,
                imageAlt == null ? null : typographer.apply(imageAlt), typeset(typographer, strip(imageCaption)),
                typeset(typographer, strip(imageCredit)), menu, rendered.html(), rendered.text(),
                fingerprint(bytes), links, fieldLines);
        return new Result(Optional.of(document), links, problems);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String typeset(Typographer typographer, String text) {
        return text == null ? null : typographer.apply(text);
    }

    private static int line(FrontMatter fm, String field) {
        return fm.field(field).map(FrontMatter.Field::line).orElse(1);
    }

    /** The line of the first non-blank line of {@code body}, which starts at line {@code startLine}. */
    private static int firstTextLine(String body, int startLine) {
        int line = startLine;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c)) {
                return line;
            }
        }
        return startLine;
    }

    /** The mistakes of the text below a front matter whose fields cannot be read: its links, images and Markdown. */
    private Result textOnly(String source, String language, FrontMatter fm, long started, List<Problem> problems) {
        RenderedMarkdown rendered = markdown.get(language).render(source, fm.body(), fm.bodyStartLine());
        problems.addAll(rendered.problems());
        if (overBudget(started, source, problems)) {
            return new Result(Optional.empty(), List.of(), problems);
        }
        rawHtmlWarnings(source, rendered, problems);
        return new Result(Optional.empty(), rendered.links(), problems);
    }

    private static void rawHtmlWarnings(String source, RenderedMarkdown rendered, List<Problem> problems) {
        for (int[] at : rendered.rawHtml()) {
            problems.add(Problem.warning(source, at[0], at[1], "HTML code in the text is shown as plain text",
                    "use Markdown instead: **bold**, *italic*, [link text](address), ![image description](file.jpg)"));
        }
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
        return body.contains("<!--") ? COMMENT.matcher(body).replaceAll("").isBlank() : body.isBlank();
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.–—-]+$");

    private DocumentType defaultType(String source, String language) {
        List<String> segments = ContentLayout.segments(layout, source);
        String newsFolder = newsFolders.get(language);
        return segments.size() > 1 && (segments.get(0).equals(newsFolder) || segments.get(0).equals(sharedNewsFolder()))
                ? DocumentType.NEWS : DocumentType.PAGE;
    }

    /** The first language's news folder ({@code vesti}): a news folder in every language (see the constructor). */
    private String sharedNewsFolder() {
        return languages.isEmpty() ? null : newsFolders.get(languages.get(0));
    }

    /**
     * The path of {@code source} inside its edition: {@link ContentLayout#editionPath}, with the shared news folder
     * renamed to the language's own ({@code content/en/vesti/2026/a.md} → {@code news/2026/a/}).
     */
    String editionPath(String source, String language) {
        String path = ContentLayout.editionPath(layout, source);
        String shared = sharedNewsFolder();
        String own = newsFolders.get(language);
        if (shared != null && own != null && !shared.equals(own) && path.startsWith(shared + "/")
                && ContentLayout.segments(layout, source).size() > 1) {
            return own + path.substring(shared.length());
        }
        return path;
    }

    private void checkPath(String source, List<Problem> problems) {
        List<String> segments = ContentLayout.segments(layout, source);
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

    static String shorten(String text, int max) {
        String clean = SPACES.matcher(text).replaceAll(" ").strip();
        if (clean.length() <= max) {
            return clean;
        }
        String cut = clean.substring(0, max);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return TRAILING_PUNCTUATION.matcher(cut).replaceAll("") + "…";
    }

    /** The fingerprint a document read from {@code bytes} has: their SHA-256, in hexadecimal. */
    public static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
