package rs.iom.hub.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typography of the body for the plain texts of a page — title, summary, image description — which are shown in
 * lists, {@code <title>}, meta and Open Graph tags, feeds and the search index: quotes in the conventions of the
 * language (Serbian „…“ with ‚…‘ inside, English “…” with ‘…’), apostrophes, {@code ...} → …, {@code --} → –,
 * {@code ---} → —, and an en dash between the years of a range (2020-2023 → 2020–2023).
 *
 * <p>flexmark's typographic extension does the work, as it does for the body: the text is read as one Markdown
 * paragraph whose syntax characters are escaped (a title is not Markdown: {@code *} and {@code [} stay as written).
 * Thread-safe.
 */
public final class Typographer {
    /** ASCII punctuation Markdown may read as syntax; quotes, apostrophes, dots and hyphens are left to typography. */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\`*_{}\\[\\]()#+!<>|~&=^$@%:;,?/]");
    /** A range of years written with a hyphen, not part of a longer run of digits and hyphens (a phone number). */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<![\\d\\-–])((?:1[89]|20)\\d\\d)-((?:1[89]|20)\\d\\d)(?![\\d\\-])");

    private final Parser parser;
    private final HtmlRenderer renderer;

    private Typographer(String language) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TypographicExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        MarkdownRenderer.typography(language, options);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** The typographer of {@code language} ({@code sr}: Serbian conventions; any other: English ones). */
    public static Typographer forLanguage(String language) {
        return new Typographer(Objects.requireNonNull(language, "language"));
    }

    /** {@code text} with typographic quotes, dashes and ellipses (and, where it changed, single spaces). */
    public String apply(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || !needsWork(text)) {
            return text;
        }
        String escaped = SYNTAX.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()))
                .replaceAll("(?m)^(\\s*)(\\d+)\\.", "$1$2\\\\.") // "2022. godina" is not a numbered list
                .replaceAll("(?m)^(\\s*)-(\\s)", "$1\\\\-$2"); // nor "- tekst" a bulleted one
        String html = renderer.render(parser.parse(escaped.strip()));
        String typeset = Jsoup.parseBodyFragment(html).body().text();
        return YEAR_RANGE.matcher(typeset).replaceAll("$1–$2");
    }

    private static boolean needsWork(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.contains("..") || text.contains("--")
                || YEAR_RANGE.matcher(text).find();
    }
}
