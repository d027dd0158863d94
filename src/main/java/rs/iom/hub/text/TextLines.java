package rs.iom.hub.text;

import java.util.ArrayList;
import java.util.List;

/** Line splitting that treats LF, CRLF and lone CR alike and keeps a trailing empty line out. */
public final class TextLines {
    private TextLines() {
    }

    /** The lines of {@code text} without their line ends. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
