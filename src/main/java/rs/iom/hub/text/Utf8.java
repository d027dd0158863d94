package rs.iom.hub.text;

import rs.iom.hub.problem.Problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reading files as UTF-8, the one encoding of the site's sources: strictly (a file in another encoding is refused,
 * not guessed), with the position of the first byte that cannot be read.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** True when {@code bytes} are valid UTF-8. */
    public static boolean isValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The text of the file {@code source}, or null when its bytes are not UTF-8: then a problem names the line and
     * column of the first byte that cannot be read.
     */
    public static String decode(String source, byte[] bytes, List<Problem> problems) {
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
    public static int firstInvalidUtf8(byte[] bytes) {
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
}
