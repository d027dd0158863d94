package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.text.TextLines;
import rs.iom.hub.translit.DjSpelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old spelling of đ as "dj" in Serbian text ("gradjani" for "građani"), found for {@code hub check} and repaired by
 * {@code hub check --fix} where the word list of {@link DjSpelling} says the word is written with đ and no other
 * reading is a Serbian word. Why in the source and not only in the Cyrillic edition: the Latin edition shows the
 * source as written, and a search for "građani" does not find "gradjani".
 *
 * <p>Read where readers see text: the one-line title, summary, image description, caption and credit, and the body
 * outside code, link addresses, web addresses, file names and {@code -{…}-} marks (written as they must stay).
 */
public final class OldDjSpelling {
    private static final Set<String> TEXT_FIELDS = Set.of("title", "summary", "imageAlt", "imageCaption",
            "imageCredit");
    /** Code spans, link and image addresses, autolinks, web addresses and keep marks: not text to correct. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "`[^`]*`|\\]\\([^)]*\\)|<[^>\\s]+>|(?:https?|ftp)://\\S+|www\\.\\S+|\\S+@\\S+|-\\{.*?}-");

    private OldDjSpelling() {
    }

    /**
     * A word written the old way.
     *
     * @param line      1-based line in the file
     * @param column    1-based column of the word's first character (counted in UTF-16 characters)
     * @param word      as written
     * @param corrected with đ
     * @param certain   whether {@code corrected} is the only reading (else "nadje" may be nađe or nadje)
     */
    public record Finding(int line, int column, String word, String corrected, boolean certain) {
        public Finding {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(corrected, "corrected");
        }
    }

    /** The words written the old way in the text of {@code text}, the whole file whose front matter is {@code fm}. */
    public static List<Finding> find(FrontMatter fm, String text) {
        Objects.requireNonNull(fm, "fm");
        Objects.requireNonNull(text, "text");
        List<Finding> found = new ArrayList<>();
        List<String> lines = TextLines.split(text);
        for (FrontMatter.Field field : fm.fields().values()) {
            if (TEXT_FIELDS.contains(field.key()) && field.value() instanceof FrontMatter.Text
                    && field.valueLine() == field.line() && field.valueLine() <= lines.size()) {
                String line = lines.get(field.valueLine() - 1);
                if (!hasDj(line, 0, line.length())) {
                    continue;
                }
                int from = Math.min(Math.max(field.valueColumn() - 1, 0), line.length());
                scan(field.valueLine(), blankOut(line, from), found);
            }
        }
        boolean fenced = false;
        for (int n = fm.bodyStartLine(); n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ") || line.startsWith("\t")) {
                continue; // code
            }
            if (hasDj(line, 0, line.length())) { // most lines have none: no need to blank anything out
                scan(n, blankOut(line, 0), found);
            }
        }
        return found;
    }

    /** The findings of {@link #find} as warnings of {@code source}. */
    static List<Problem> problems(String source, FrontMatter fm, String text) {
        List<Problem> problems = new ArrayList<>();
        for (Finding f : find(fm, text)) {
            problems.add(f.certain()
                    ? Problem.warning(source, f.line(), f.column(),
                            "„" + f.word() + "“ is the old spelling of „" + f.corrected() + "“ (dj for đ)",
                            "write „" + f.corrected() + "“ (hub check --fix corrects every such word)")
                    : Problem.warning(source, f.line(), f.column(),
                            "„" + f.word() + "“ may be the old spelling of „" + f.corrected() + "“ (dj for đ)",
                            "if „" + f.corrected() + "“ is meant, write it so; the Cyrillic edition shows „"
                                    + f.word() + "“ with д and ј, and hub check --fix leaves it as it is"));
        }
        return problems;
    }

    /**
     * {@code text}, a whole Serbian content file, with every word that is certainly written the old way corrected;
     * {@code text} itself when there is none (or the front matter cannot be read).
     */
    public static String fix(String source, String text) {
        FrontMatterParser.Result parsed = FrontMatterParser.parse(source, text);
        if (!parsed.hasFrontMatter()) {
            return text;
        }
        List<Finding> certain = find(parsed.frontMatter(), text).stream().filter(Finding::certain).toList();
        if (certain.isEmpty()) {
            return text;
        }
        List<Integer> lineStarts = lineStarts(text);
        StringBuilder out = new StringBuilder(text);
        for (int i = certain.size() - 1; i >= 0; i--) {
            Finding f = certain.get(i);
            int at = lineStarts.get(f.line() - 1) + f.column() - 1;
            out.replace(at, at + f.word().length(), f.corrected());
        }
        return out.toString();
    }

    /** How many words {@link #fix} corrects. */
    public static int countFixable(String source, String text) {
        FrontMatterParser.Result parsed = FrontMatterParser.parse(source, text);
        return parsed.hasFrontMatter()
                ? (int) find(parsed.frontMatter(), text).stream().filter(Finding::certain).count() : 0;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** {@code line} with what is not text to correct (and everything before {@code from}) replaced by spaces. */
    private static String blankOut(String line, int from) {
        StringBuilder out = new StringBuilder(line);
        for (int i = 0; i < from; i++) {
            out.setCharAt(i, ' ');
        }
        Matcher m = NOT_TEXT.matcher(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static void scan(int lineNumber, String line, List<Finding> found) {
        int i = 0;
        while (i < line.length()) {
            if (!Character.isLetter(line.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < line.length() && Character.isLetter(line.charAt(end))) {
                end++;
            }
            if (hasDj(line, i, end) && isPlainWord(line, i, end)) {
                DjSpelling.Reading reading = DjSpelling.standard().read(line.substring(i, end));
                if (reading.verdict() == DjSpelling.Verdict.OLD_SPELLING
                        || reading.verdict() == DjSpelling.Verdict.AMBIGUOUS) {
                    found.add(new Finding(lineNumber, i + 1, line.substring(i, end), reading.corrected(),
                            reading.verdict() == DjSpelling.Verdict.OLD_SPELLING));
                }
            }
            i = end;
        }
    }

    /** A file name's ending: a dot and two to five letters or digits at the end of a chunk ("plan-2024.pdf"). */
    private static final Pattern FILE_NAME = Pattern.compile(".*[\\p{L}\\d]\\.[A-Za-z0-9]{2,5}");

    /**
     * Not part of a file name, a path or an identifier: the run of non-space characters around the word holds no
     * digit, "_", "/", "\\" or "@" and does not end in a file name's extension.
     */
    private static boolean isPlainWord(String line, int start, int end) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(line.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < line.length() && !Character.isWhitespace(line.charAt(to))) {
            to++;
        }
        String chunk = line.substring(from, to);
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isDigit(c) || c == '_' || c == '/' || c == '\\' || c == '@') {
                return false;
            }
        }
        return !FILE_NAME.matcher(chunk.replaceAll("[)\\]}>,;:!?.…“”\"']+$", "")).matches();
    }

    private static boolean hasDj(String line, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if ((line.charAt(i) | 0x20) == 'j' && (line.charAt(i - 1) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }
}
