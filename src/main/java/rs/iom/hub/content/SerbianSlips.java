package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import rs.iom.hub.text.TextLines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips a careful editor of Serbian text corrects, reported as warnings with the corrected text: a year before
 * "godine" without the dot of an ordinal number ("2022 godine" → "2022. godine"), a range of years with a hyphen
 * ("2020-2023" → "2020–2023", as the titles and summaries are set anyway), two spaces between words. Read in the
 * text readers see: the title and summary, and the body outside code, link addresses and web addresses.
 */
final class SerbianSlips {
    private static final Pattern YEAR_WITHOUT_DOT =
            Pattern.compile("(?<![\\d.])((?:1[89]|20)\\d\\d)(\\s+)(godine|godini|godinu|године|години|годину)\\b");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("(?<![\\d\\-–])((?:1[89]|20)\\d\\d)-((?:1[89]|20)\\d\\d)(?![\\d\\-])");
    private static final Pattern DOUBLE_SPACE = Pattern.compile("(?<=\\S)( {2,})(?=\\S)");
    /** Code spans, link and image addresses, autolinks and bare web addresses: not text. */
    private static final Pattern NOT_TEXT = Pattern.compile("`[^`]*`|\\]\\([^)]*\\)|<[^>\\s]+>|https?://\\S+");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "summary", "imageAlt");

    private SerbianSlips() {
    }

    /**
     * The slips in {@code fm}'s text fields and body.
     *
     * @param source the file, for the problems
     * @param fm     its front matter and body
     */
    static List<Problem> find(String source, FrontMatter fm) {
        List<Problem> problems = new ArrayList<>();
        for (FrontMatter.Field field : fm.fields().values()) {
            if (TEXT_FIELDS.contains(field.key()) && field.value() instanceof FrontMatter.Text text
                    && field.valueLine() == field.line()) {
                // a one-line value: its columns are known (a slip in a folded value is found in the page's text)
                checkLine(source, field.valueLine(), field.valueColumn() - 1, text.text(), false, problems);
            }
        }
        List<String> lines = TextLines.split(fm.body());
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || line.startsWith("    ") || line.startsWith("\t") || stripped.startsWith("|")) {
                continue; // code, or a table whose columns are aligned with spaces
            }
            if (mayHoldASlip(line)) {
                checkLine(source, fm.bodyStartLine() + i, 0, blankOut(line), true, problems);
            }
        }
        return problems;
    }

    /**
     * Whether {@code line} holds what a slip needs: two spaces in a row, or a digit with "god"/"год" or a hyphen.
     * Most lines have neither, and the patterns' look-behinds make them try every position of a line.
     */
    private static boolean mayHoldASlip(String line) {
        return line.contains("  ") || hasDigit(line) && (mayHoldYearWithoutDot(line) || line.indexOf('-') >= 0);
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldYearWithoutDot(String text) {
        return text.contains("god") || text.contains("год");
    }

    private static void checkLine(String source, int line, int offset, String text, boolean body,
                                  List<Problem> problems) {
        if (mayHoldYearWithoutDot(text)) {
            Matcher year = YEAR_WITHOUT_DOT.matcher(text);
            while (year.find()) {
                problems.add(Problem.warning(source, line, offset + year.start() + 1,
                        "'" + year.group() + "': a year read as an ordinal number takes a dot",
                        "write '" + year.group(1) + ". " + year.group(3) + "'"));
            }
        }
        if (body && text.indexOf('-') >= 0) {
            Matcher range = YEAR_RANGE.matcher(text);
            while (range.find()) {
                problems.add(Problem.warning(source, line, offset + range.start() + 1,
                        "'" + range.group() + "': a range of years is written with a dash, not a hyphen",
                        "write '" + range.group(1) + "–" + range.group(2) + "' (the en dash –; on a keyboard "
                                + "without it, copy it from here)"));
            }
        }
        if (body && text.contains("  ")) {
            Matcher spaces = DOUBLE_SPACE.matcher(text);
            while (spaces.find()) {
                problems.add(Problem.warning(source, line, offset + spaces.start() + 1,
                        "two spaces between words", "leave one space"));
            }
        }
    }

    private static String blankOut(String line) {
        Matcher m = NOT_TEXT.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, '_');
            }
        }
        return out.toString();
    }
}
