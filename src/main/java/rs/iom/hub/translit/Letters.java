package rs.iom.hub.translit;

/**
 * Character classes used by the transliterators: which script a letter belongs to, which Latin
 * letters belong to the Serbian alphabet, and the letter tables for both directions.
 */
final class Letters {

    /** Latin letters of the Serbian alphabet (gajica), plus the accepted variants listed below. */
    private static final boolean[] SERBIAN_LATIN = new boolean[0x250];

    /** Latin → Cyrillic for single letters; 0 where there is none. Digraphs are handled by the converter. */
    private static final char[] LATIN_TO_CYRILLIC = new char[0x250];

    /** Cyrillic → Latin for single Serbian letters (used for homoglyph clean-up, not for {@code toLatin}). */
    private static final String[] CYRILLIC_TO_LATIN = new String[0x60];

    static {
        String latin = "abcčćdđefghijklmnoprsštuvzž" + "ABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ";
        String cyrillic = "абцчћдђефгхијклмнопрсштувзж" + "АБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ";
        for (int i = 0; i < latin.length(); i++) {
            SERBIAN_LATIN[latin.charAt(i)] = true;
            LATIN_TO_CYRILLIC[latin.charAt(i)] = cyrillic.charAt(i);
            CYRILLIC_TO_LATIN[cyrillic.charAt(i) - 0x400] = String.valueOf(latin.charAt(i));
        }
        // Digraph ligatures (Latin Extended-B): Ǆ ǅ ǆ Ǉ ǈ ǉ Ǌ ǋ ǌ.
        String ligatures = "\u01C4\u01C5\u01C6\u01C7\u01C8\u01C9\u01CA\u01CB\u01CC";
        String ligatureCyrillic = "ЏЏџЉЉљЊЊњ";
        for (int i = 0; i < ligatures.length(); i++) {
            SERBIAN_LATIN[ligatures.charAt(i)] = true;
            LATIN_TO_CYRILLIC[ligatures.charAt(i)] = ligatureCyrillic.charAt(i);
        }
        // Ð (U+00D0, Icelandic eth) is a common stand-in for Đ (U+0110); they look the same.
        SERBIAN_LATIN['\u00D0'] = true;
        LATIN_TO_CYRILLIC['\u00D0'] = 'Ђ';
        // Accents that the Pravopis uses to tell words apart: sè (сѐ "everything") and ì (ѝ "her").
        String accented = "èÈìÌ";
        String accentedCyrillic = "ѐЀѝЍ";
        for (int i = 0; i < accented.length(); i++) {
            SERBIAN_LATIN[accented.charAt(i)] = true;
            LATIN_TO_CYRILLIC[accented.charAt(i)] = accentedCyrillic.charAt(i);
            CYRILLIC_TO_LATIN[accentedCyrillic.charAt(i) - 0x400] = String.valueOf(accented.charAt(i));
        }
        CYRILLIC_TO_LATIN['љ' - 0x400] = "lj";
        CYRILLIC_TO_LATIN['њ' - 0x400] = "nj";
        CYRILLIC_TO_LATIN['џ' - 0x400] = "dž";
        CYRILLIC_TO_LATIN['Љ' - 0x400] = "Lj";
        CYRILLIC_TO_LATIN['Њ' - 0x400] = "Nj";
        CYRILLIC_TO_LATIN['Џ' - 0x400] = "Dž";
    }

    private Letters() {
    }

    /** A letter or a combining mark: the characters a word is made of. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || isMark(c);
    }

    /** A letter, combining mark or digit: a character that does not end a word. */
    static boolean isWordCharOrDigit(char c) {
        return isWordChar(c) || (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c));
    }

    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isLatinLetter(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        if (c < 0x250) {
            return Character.isLetter(c) && c != 0xAA && c != 0xBA && c != 0xB5;
        }
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    static boolean isCyrillicLetter(char c) {
        if (c < 0x400) {
            return false;
        }
        if (c <= 0x52F) {
            return Character.isLetter(c);
        }
        return c >= 0x1C80 && Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    /** A Latin letter of the Serbian alphabet (including the digraph ligatures and Ð). */
    static boolean isSerbianLatinLetter(char c) {
        return c < 0x250 && SERBIAN_LATIN[c];
    }

    /** A Latin letter outside the Serbian alphabet, such as q, w, x, y, é or ü. */
    static boolean isForeignLatinLetter(char c) {
        return !isSerbianLatinLetter(c) && isLatinLetter(c);
    }

    /** The Cyrillic letter for a single Serbian Latin letter, or 0. */
    static char latinToCyrillic(char c) {
        return c < 0x250 ? LATIN_TO_CYRILLIC[c] : 0;
    }

    /** The Latin spelling of a single Serbian Cyrillic letter, or {@code null}. */
    static String cyrillicToLatin(char c) {
        return c >= 0x400 && c < 0x460 ? CYRILLIC_TO_LATIN[c - 0x400] : null;
    }

    static boolean containsLatinLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isLatinLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean containsCyrillicLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x400 && isCyrillicLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Uppercase letter test that also knows the Title-case digraph ligatures. */
    static boolean isUpperCase(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
