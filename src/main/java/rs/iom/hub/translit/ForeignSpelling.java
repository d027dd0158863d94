package rs.iom.hub.translit;

import java.util.Set;

/**
 * Spellings that Serbian Latin never produces, so a word written with them is a foreign word or name and stays in
 * Latin letters in the Cyrillic edition ("Smith", "Swiss", "Danish", "Cooperation"), by principle rather than by a
 * list.
 *
 * <p>Serbian spelling is phonetic: it writes each sound with one letter and does not double letters, except where a
 * prefix meets a stem ("poddirektor", "transseksualan", "protivvazdušni"). The rules below were chosen against the
 * 250,000 stems of the Serbian Latin Hunspell dictionary (hunspell-sr 7.5) and the site's Serbian texts: each one
 * hits no Serbian word except the listed prefix compounds, which are excepted. A word is foreign when, written in
 * small letters, it has (ignoring upper and lower case):
 * <ul>
 *   <li>a doubled consonant that no Serbian prefix produces: ll, ff, cc, gg, hh, kk, pp ("Support", "Office");
 *       ss except after "tran" ("Swiss", not "transsibirski"); tt except after "se" ("Scott", not "dvadesettri");
 *       mm except before "et" ("Programme", not "vakuummetar"); nn except in "vann…", "pann…"; rr except after
 *       "inter", "super", "hiper"; bb except in "subb…"; dd except after the prefixes od, pod, nad, pred
 *       ("Addis", not "poddirektor", "preddiplomski"); zz except in "nuzz…", "bezz…" ("Jazz"); vv except after
 *       "protiv";</li>
 *   <li>ee at the end of the word, or after a letter other than d, r, n, š ("Refugee", "Meeting"; not
 *       "deeskalacija", "preeksponiran", "neefikasan", "višeetažni");</li>
 *   <li>th at the start or end of a word ("Thomas", "Health"; not "othraniti"); sh, tz or ie at the end
 *       ("Danish", "Fritz", "Marie"; not "shvatiti"); gh at the start or end, or after u or i ("Hugh", "High");</li>
 *   <li>ch, except after l or r ("Children", "Zürich"; not "Alchajmer"); ph, except after o ("Philip"; not
 *       "neophodan", "ophoditi"); sch;</li>
 *   <li>ck at the end, except in "…jeck" ("Black"; not "Donjeck"), or cks;</li>
 *   <li>-tion or -tions after a vowel ("Migration", "Nations"; not "bastion" or "pankration");</li>
 *   <li>'s at the end ("Children's").</li>
 * </ul>
 * Not used, because Serbian has them: oo (koordinacija, zoološki), ou (poučiti), ea (realan), ng at the end
 * (marketing), -sion (pansion), a c before a, o, u (car). Words with č, ć, đ, š or ž are Serbian spellings and are
 * never foreign by these rules; neither are words in capitals (acronyms: "SSSR", "DDT").
 */
final class ForeignSpelling {

    /** Words of English (and French, Spanish and German) names that only join the words of a name. */
    private static final String[] NAME_JOINERS = {"of", "and", "for", "the", "with", "from", "at", "in", "into",
        "upon", "de", "del", "des", "du", "la", "le", "les", "los", "et", "und", "für", "der", "die", "das", "von"};

    /** The prefixes a "dd" may follow ("poddirektor", "nadživeti" has one d). */
    private static final Set<String> DD_PREFIXES = Set.of("od", "pod", "nad", "pred", "ispod", "iznad", "neod",
            "nepod", "nenad", "nepred", "naj");

    private ForeignSpelling() {
    }

    /**
     * Whether the word {@code [from, to)} of {@code text} (letters only) is spelt as Serbian never is; see the class
     * description for the rules.
     */
    static boolean cannotBeSerbian(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        boolean lower = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSerbianOnly(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        if (!lower || !hasVowel(text, from, to)) {
            return false;
        }
        for (int i = from; i + 1 < to; i++) {
            char a = lower(text, i);
            char b = lower(text, i + 1);
            if (a == b ? doubled(text, from, to, i, a) : pair(text, from, to, i, a, b)) {
                return true;
            }
        }
        return endsWith(text, from, to, "tion", 1) || endsWith(text, from, to, "tions", 1);
    }

    private static boolean doubled(String text, int from, int to, int i, char letter) {
        switch (letter) {
            case 'l', 'f', 'c', 'g', 'h', 'k', 'p':
                return true;
            case 's':
                return !precededBy(text, from, i, "tran");
            case 't':
                return !precededBy(text, from, i, "se") && !precededBy(text, from, i, "pos")
                        && !precededBy(text, from, i, "he");
            case 'm':
                return !(i + 3 < to && lower(text, i + 2) == 'e' && lower(text, i + 3) == 't');
            case 'n':
                return !(i - from == 2 && (precededBy(text, from, i, "va") || precededBy(text, from, i, "pa")));
            case 'r':
                return !precededBy(text, from, i, "inte") && !precededBy(text, from, i, "supe")
                        && !precededBy(text, from, i, "hipe") && !precededBy(text, from, i, "kultu");
            case 'b':
                return !precededBy(text, from, i, "su");
            case 'd':
                return !DD_PREFIXES.contains(lowerCase(text, from, i + 1));
            case 'z':
                return !precededBy(text, from, i, "nu") && !precededBy(text, from, i, "be");
            case 'v':
                return !precededBy(text, from, i, "proti");
            case 'e':
                return i + 2 == to || i == from || "bdjnrvš".indexOf(lower(text, i - 1)) < 0;
            default:
                return false;
        }
    }

    private static boolean pair(String text, int from, int to, int i, char a, char b) {
        boolean atStart = i == from;
        boolean atEnd = i + 2 == to;
        char before = atStart ? ' ' : lower(text, i - 1);
        if (a == 't' && b == 'h') {
            return atStart || atEnd;
        }
        if (b == 'h' && (a == 's')) {
            return atEnd;
        }
        if (a == 'g' && b == 'h') {
            return atStart || atEnd || before == 'u' || before == 'i';
        }
        if (a == 'c' && b == 'h') {
            return before != 'l' && before != 'r';
        }
        if (a == 'p' && b == 'h') {
            return before != 'o';
        }
        if (a == 'c' && b == 'k') {
            return atEnd && !precededBy(text, from, i, "je") || i + 2 < to && lower(text, i + 2) == 's';
        }
        if (atEnd && (a == 't' && b == 'z' || a == 'i' && b == 'e')) {
            return true;
        }
        return false;
    }

    /** Whether the word ends in {@code ending} (small letters) after at least {@code before} letters, a vowel first. */
    private static boolean endsWith(String text, int from, int to, String ending, int before) {
        int start = to - ending.length();
        if (start - before < from) {
            return false;
        }
        for (int k = 0; k < ending.length(); k++) {
            if (lower(text, start + k) != ending.charAt(k)) {
                return false;
            }
        }
        return "aeiou".indexOf(lower(text, start - 1)) >= 0 && !precededBy(text, from, start, "kra");
    }

    /** A word of English, French, Spanish or German that only joins the words of a name ("of", "the", "de"). */
    static boolean isNameJoiner(String text, int from, int to) {
        if (to - from < 2 || to - from > 4) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        for (String joiner : NAME_JOINERS) { // compared in place: this runs for every short word of the text
            if (joiner.length() == to - from && joiner.charAt(0) == lower(text, from) && sameRest(joiner, text, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameRest(String joiner, String text, int from) {
        for (int k = 1; k < joiner.length(); k++) {
            if (joiner.charAt(k) != text.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a capitalised word reads as a Serbian word form: it has a letter only Serbian writes (č ć đ š ž), a j
     * after its first letter ("Srbije", "Njujork"), or a Serbian case ending (-a, -i, -o, -u, -om, -em, -og, -oj,
     * -ih, -im: "Beogradu", "Novom").
     */
    static boolean readsSerbian(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSerbianOnly(c) || i > from && (c == 'j' || c == 'J')) {
                return true;
            }
        }
        char last = lower(text, to - 1);
        if ("aiou".indexOf(last) >= 0) {
            return true;
        }
        if (to - from >= 4) {
            char penult = lower(text, to - 2);
            return (penult == 'o' || penult == 'e') && last == 'm' || penult == 'o' && (last == 'g' || last == 'j')
                    || penult == 'i' && (last == 'h' || last == 'm');
        }
        return false;
    }

    /**
     * Weak signs of a foreign word, not enough to keep it in Latin: ou, oo, ee, ie, th, ph, ck, gh or sh inside it
     * ("Council", "Relief"). {@code hub check} asks about capitalised words with one.
     */
    static boolean looksForeign(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isSerbianOnly(text.charAt(i))) {
                return false;
            }
        }
        for (int i = from; i + 1 < to; i++) {
            char a = lower(text, i);
            char b = lower(text, i + 1);
            if (a == 'o' && (b == 'u' || b == 'o') || a == 'e' && b == 'e' || a == 'i' && b == 'e'
                    || b == 'h' && "tpgs".indexOf(a) >= 0 || a == 'c' && b == 'k') {
                return true;
            }
        }
        return false;
    }

    /** č ć đ š ž (and Ð): letters that only Serbian and its neighbours write. */
    static boolean isSerbianOnly(char c) {
        return c > 0x7F && Letters.isSerbianLatinLetter(c) && "èÈìÌ".indexOf(c) < 0;
    }

    private static boolean hasVowel(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("aeiouy".indexOf(lower(text, i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededBy(String text, int from, int i, String prefix) {
        int start = i - prefix.length();
        if (start < from) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (lower(text, start + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(String text, int i) {
        char c = text.charAt(i);
        return c < 0x80 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
    }

    private static String lowerCase(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(lower(text, i));
        }
        return sb.toString();
    }
}
