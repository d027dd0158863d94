package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SerbianTransliteratorTest {

    /** The real source text, with the Cyrillic ј (U+0458) in "upravlјanje" and "zapošlјavanje". */
    static final String SOURCE = "„Ovaj projekat je deo Migracionog partnerstva koje Švajcarska ima sa Srbijom od 2009. "
            + "godine. Posebno je značajan jer se problemu migracija pristupa iz ugla različitih sektora, slično "
            + "„whole-of-government“ pristupu koji i Švajcarska zastupa.“, rekao je Richard Kohli, direktor "
            + "Švajcarske kancelarije za saradnju u Srbiji. Projekat „Jačanje kapaciteta i partnerstava za "
            + "upravl\u0458anje migracijama u Srbiji“ sprovode Međunarodna organizacija za migracije (IOM), "
            + "Komesarijat za izbeglice i migracije Republike Srbije, Ministarstvo za rad, zapošl\u0458avanje, "
            + "boračka i socijalna pitanja, i Ministarstvo unutrašnjih poslova.";

    static final String SOURCE_IN_CYRILLIC = "„Овај пројекат је део Миграционог партнерства које Швајцарска има са "
            + "Србијом од 2009. године. Посебно је значајан јер се проблему миграција приступа из угла различитих "
            + "сектора, слично „whole-of-government“ приступу који и Швајцарска заступа.“, рекао је Richard Kohli, "
            + "директор Швајцарске канцеларије за сарадњу у Србији. Пројекат „Јачање капацитета и партнерстава за "
            + "управљање миграцијама у Србији“ спроводе Међународна организација за миграције (IOM), Комесаријат "
            + "за избеглице и миграције Републике Србије, Министарство за рад, запошљавање, борачка и социјална "
            + "питања, и Министарство унутрашњих послова.";

    private final SerbianTransliterator site = SerbianTransliterator.withDictionary(
            KeepLatinDictionary.parse("IOM\nRichard Kohli\n", "test"));
    private final SerbianTransliterator standard = SerbianTransliterator.standard();

    @Test
    void convertsTheRealSourceSentence() {
        assertEquals(SOURCE_IN_CYRILLIC, site.toCyrillic(SOURCE));
    }

    @Test
    void convertsTheRealSourceSentenceWithTheDictionaryEntriesAndAcronyms() {
        String cyrillic = site.toCyrillic(SOURCE + " MUP");
        assertTrue(cyrillic.contains("управљање миграцијама"));
        assertTrue(cyrillic.contains("запошљавање"));
        assertTrue(cyrillic.contains("„whole-of-government“"));
        assertTrue(cyrillic.contains("рекао је Richard Kohli, директор"));
        assertTrue(cyrillic.contains("од 2009. године"));
        assertTrue(cyrillic.contains("(IOM)"));
        assertTrue(cyrillic.endsWith(" МУП"));
    }

    @Test
    void convertsTheSourceBackToCleanLatin() {
        String latin = site.toLatin(site.toCyrillic(SOURCE));
        assertEquals(SOURCE.replace('\u0458', 'j'), latin);
    }

    @Test
    void convertsNamesWithoutTheDictionaryLetterByLetterUnlessSpeltAsSerbianNeverIs() {
        assertEquals("Лидија Марковић", standard.toCyrillic("Lidija Marković"));
        // "ch" is never Serbian: the name stays Latin, the surname with it (issue 11)
        assertEquals("Richard Kohli", standard.toCyrillic("Richard Kohli"));
        assertEquals("ИОМ", standard.toCyrillic("IOM"));
    }

    @Test
    void convertsTitleCaseDigraphs() {
        assertEquals("Љубав Његош Џеп", standard.toCyrillic("Ljubav Njegoš Džep"));
    }

    @Test
    void convertsUpperCaseDigraphs() {
        assertEquals("ЉУБАВ ЊЕГОШ ЏЕП", standard.toCyrillic("LJUBAV NJEGOŠ DŽEP"));
    }

    @Test
    void convertsDigraphsWrittenWithAnOddCapital() {
        assertEquals("љубав", standard.toCyrillic("lJubav"));
    }

    @Test
    void turnsDjIntoDjeOnlyWhereTheWordListKnowsTheOldSpelling() {
        // issue 11: "Djordje" was Дјордје; the old spelling of đ is now read from the word list (DjSpelling)
        assertEquals("Ђорђе", standard.toCyrillic("Djordje"));
        assertEquals("ДЈ", standard.toCyrillic("DJ"));
        assertEquals("подједнако", standard.toCyrillic("podjednako"));
    }

    @Test
    void keepsExceptionDigraphsApartButJoinsTheOtherDigraphsOfTheWord() {
        assertEquals("надживљавати", standard.toCyrillic("nadživljavati"));
        assertEquals("наджњети", standard.toCyrillic("nadžnjeti"));
        assertEquals("оджаљен", standard.toCyrillic("odžaljen"));
    }

    @Test
    void matchesExceptionsAtTheBeginningOfAWordOnly() {
        assertEquals("оџак", standard.toCyrillic("odžak"));
        assertEquals("Коњиц", standard.toCyrillic("Konjic"));
        assertEquals("глаголска конјугација", standard.toCyrillic("glagolska konjugacija"));
    }

    @Test
    void treatsOnlyCanonicalUpperCaseNumeralsOfTwoLettersOrMoreAsRoman() {
        assertEquals("ив", standard.toCyrillic("iv"));
        assertEquals("ИИИИ", standard.toCyrillic("IIII"));
        assertEquals("ИЦ", standard.toCyrillic("IC"));
        assertEquals("CD", standard.toCyrillic("CD"));
        assertEquals("MCMXCIX", standard.toCyrillic("MCMXCIX"));
        assertEquals("И", standard.toCyrillic("I"));
        assertEquals("Х", standard.toCyrillic("H"));
    }

    @Test
    void treatsAmbiguousNumeralsAsWordsAmongCapitals() {
        assertEquals("VI век", standard.toCyrillic("VI vek"));
        assertEquals("ВИ СТЕ", standard.toCyrillic("VI STE"));
        assertEquals("ЗНАТЕ ЛИ", standard.toCyrillic("ZNATE LI"));
        assertEquals("VI", standard.toCyrillic("VI"));
    }

    @Test
    void treatsSingleLettersAsRomanOnlyNextToALongerNumeral() {
        assertEquals("V, VI, VII", standard.toCyrillic("V, VI, VII"));
        assertEquals("I и II светски рат", standard.toCyrillic("I i II svetski rat"));
        assertEquals("И тако, В. Петровић", standard.toCyrillic("I tako, V. Petrović"));
    }

    @Test
    void keepsWordsWithForeignLettersAndTheirHyphenatedParts() {
        assertEquals("whole-of-government приступ", standard.toCyrillic("whole-of-government pristup"));
        assertEquals("Wi-Fi-ја", standard.toCyrillic("Wi-Fi-ja")); // the case ending is Serbian (issue 11)
        assertEquals("Xerox и Yahoo", standard.toCyrillic("Xerox i Yahoo"));
    }

    @Test
    void keepsWordsWithForeignLettersWrittenWithCombiningMarks() {
        assertEquals("Jose\u0301", standard.toCyrillic("Jose\u0301"));
        assertEquals("часа", standard.toCyrillic("c\u030Casa"));
    }

    @Test
    void keepsMarkedSpansAndRemovesTheMarkers() {
        assertEquals("Пројекат Migration Hub почиње.", standard.toCyrillic("Projekat -{Migration Hub}- počinje."));
        assertEquals("Ћирилица ostaje", standard.toLatin("-{Ћирилица}- остаје"));
    }

    @Test
    void stripsKeepMarkersWithoutConvertingAnything() {
        assertEquals("Projekat Migration Hub počinje.",
                SerbianTransliterator.stripKeepMarkers("Projekat -{Migration Hub}- počinje."));
        assertEquals("a b c", SerbianTransliterator.stripKeepMarkers("-{a}- -{b}- c"));
        assertEquals("bez markera", SerbianTransliterator.stripKeepMarkers("bez markera"));
        assertEquals("otvoren -{ ostaje", SerbianTransliterator.stripKeepMarkers("otvoren -{ ostaje"));
        assertEquals("{x}", SerbianTransliterator.stripKeepMarkers("-{{x}}-"));
    }

    @Test
    void returnsTheSameStringWhenThereIsNothingToConvert() {
        String cyrillic = "Већ је ћирилица.";
        String latin = "2022. — 04.03.2022.";
        assertSame(cyrillic, standard.toCyrillic(cyrillic));
        assertSame(latin, standard.toCyrillic(latin));
        assertSame(latin, standard.toLatin(latin));
        assertEquals("", standard.toCyrillic(""));
        assertEquals("", standard.toLatin(""));
    }

    @Test
    void leavesLatinTextAloneWhenConvertingToLatin() {
        String latin = "Već je latinica: č ć dž đ š ž, c\u030C decomposed, Ð, ǉ.";
        assertEquals(latin, standard.toLatin(latin));
        assertEquals("Latinica i ćirilica", standard.toLatin("Latinica i ћирилица"));
    }

    @Test
    void leavesCyrillicUrlsAloneWhenConvertingToLatin() {
        assertEquals("sajt http://пример.срб/страна i мој.срб", standard.toLatin("сајт http://пример.срб/страна и мој.срб"));
    }

    @Test
    void repairsWordsMixingScriptsInBothDirections() {
        assertEquals("управљање", standard.toCyrillic("upravl\u0458anje"));
        assertEquals("бољи", standard.toCyrillic("bol\u0458i"));
        assertEquals("људима", standard.toCyrillic("l\u0458udima"));
        assertEquals("Srbija", standard.toLatin("\u0043рбија"));
        assertEquals("upravljanje", standard.toLatin("upravl\u0458anje"));
    }

    @Test
    void keepsNonSerbianCyrillicLetters() {
        assertEquals("Щ и Ы", standard.toCyrillic("Щ i Ы"));
        assertEquals("Щ i Ы", standard.toLatin("Щ и Ы"));
    }

    @Test
    void icuSerbianLatinBgnIsTheSerbianStandardExceptForTheCorrectedLetters() {
        Transliterator icu = Transliterator.getInstance("Serbian-Latin/BGN");
        assertEquals("ljubav njegoš džep đak ćerka", icu.transliterate("љубав његош џеп ђак ћерка")
                .replace("c\u0301", "ć"));
        assertEquals("LJUBAV Ljubav", icu.transliterate("ЉУБАВ Љубав"));
        assertEquals("LJ.", icu.transliterate("Љ."), "the case corrected here");
        assertEquals("c\u0301", icu.transliterate("ћ"), "the decomposed ć composed here");
        assertEquals("Lj.", standard.toLatin("Љ."));
        assertEquals("ć", standard.toLatin("ћ"));
        assertEquals("PASULJ", standard.toLatin("ПАСУЉ"));
    }

    @Test
    void composesIcusDecomposedAcuteEvenWhenTheSourceHasItsOwnCombiningAcute() {
        assertEquals("ćerka i e\u0301", standard.toLatin("ћерка и е\u0301"));
    }

    @Test
    void genericIcuLatinCyrillicWouldBeWrongForSerbian() {
        Transliterator generic = Transliterator.getInstance("Latin-Cyrillic");
        assertFalse(generic.transliterate("ljubav džep ćerka").equals(standard.toCyrillic("ljubav džep ćerka")));
        assertEquals("љубав џеп ћерка", standard.toCyrillic("ljubav džep ćerka"));
    }

    @Test
    void rejectsNullArgumentsNamingTheParameter() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> standard.toCyrillic(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> standard.toLatin(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class,
                () -> SerbianTransliterator.stripKeepMarkers(null)).getMessage());
        assertEquals("dictionary", assertThrows(NullPointerException.class,
                () -> SerbianTransliterator.withDictionary(null)).getMessage());
    }

    @Test
    void sharesTheStandardInstance() {
        assertSame(SerbianTransliterator.standard(), SerbianTransliterator.withDictionary(KeepLatinDictionary.empty()));
        assertTrue(SerbianTransliterator.standard().dictionary().isEmpty());
    }

    @Test
    void givesTheSameResultsFromManyThreadsSharingOneInstance() throws Exception {
        SerbianTransliterator shared = SerbianTransliterator.withDictionary(TestResources.sampleDictionary());
        List<String> corpus = CyrillicRoundTripTest.sentences();
        List<String> expectedLatin = corpus.stream().map(shared::toLatin).toList();
        List<String> expectedCyrillic = expectedLatin.stream().map(shared::toCyrillic).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < corpus.size(); i++) {
                            int k = (i + offset + round) % corpus.size();
                            String latin = shared.toLatin(corpus.get(k));
                            if (!latin.equals(expectedLatin.get(k))
                                    || !shared.toCyrillic(latin).equals(expectedCyrillic.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(corpus, expectedCyrillic);
    }
}
