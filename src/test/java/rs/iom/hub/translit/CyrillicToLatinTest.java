package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The letter table of {@link CyrillicToLatin} is ICU's Serbian-Latin/BGN, apart from the documented corrections. */
class CyrillicToLatinTest {

    private static final Transliterator ICU = Transliterator.getInstance(CyrillicToLatin.ICU_ID);

    private static String table(String cyrillic) {
        StringBuilder out = new StringBuilder();
        CyrillicToLatin.convert(cyrillic, 0, cyrillic.length(), out);
        return out.toString();
    }

    private static String icu(String cyrillic) {
        return Normalizer.normalize(ICU.transliterate(cyrillic), Normalizer.Form.NFC);
    }

    /**
     * A capital Љ, Њ, Џ neither next to a capital nor followed by a lower-case Serbian letter: the
     * one place the table differs from ICU (which writes "LJ" there, also before a non-Serbian
     * lower-case letter such as й).
     */
    private static boolean hasLoneCapitalDigraph(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'Љ' || c == 'Њ' || c == 'Џ')
                    && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)))
                    && !(i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1)))
                    && !(i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))
                        && Letters.cyrillicToLatin(text.charAt(i + 1)) != null)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void agreesWithIcuOnEveryPairOfLetters() {
        List<Character> letters = new ArrayList<>();
        for (char c = 0x400; c < 0x460; c++) {
            letters.add(c);
        }
        letters.add(' ');
        letters.add('.');
        int compared = 0;
        for (char first : letters) {
            for (char second : letters) {
                String text = "" + first + second;
                if (hasLoneCapitalDigraph(text) || text.indexOf('ѐ') >= 0 || text.indexOf('ѝ') >= 0
                        || text.indexOf('Ѐ') >= 0 || text.indexOf('Ѝ') >= 0) {
                    continue;
                }
                assertEquals(icu(text), table(text), text);
                compared++;
            }
        }
        assertEquals(true, compared > 8000, "compared " + compared);
    }

    @Test
    void agreesWithIcuOnTheCorpus() {
        for (String sentence : CyrillicRoundTripTest.sentences()) {
            if (!hasLoneCapitalDigraph(sentence) && sentence.indexOf('ѝ') < 0) {
                assertEquals(icu(sentence), table(sentence), sentence);
            }
        }
    }

    @Test
    void correctsTheLoneCapitalDigraphsAndTheGraveAccents() {
        assertEquals("LJ. NJ. DŽ.", icu("Љ. Њ. Џ."));
        assertEquals("Lj. Nj. Dž.", table("Љ. Њ. Џ."));
        assertEquals("ѝ ѐ", icu("ѝ ѐ"));
        assertEquals("ì è Ì È", table("ѝ ѐ Ѝ Ѐ"));
    }

    @Test
    void composesTheCWithAcuteThatIcuWritesDecomposed() {
        assertEquals("c\u0301erka C\u0301UPRIJA", ICU.transliterate("ћерка ЋУПРИЈА"));
        assertEquals("\u0107erka \u0106UPRIJA", table("ћерка ЋУПРИЈА"));
    }
}
