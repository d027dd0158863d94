package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlTransliteratorTest {

    private final HtmlTransliterator html = new HtmlTransliterator(
            SerbianTransliterator.withDictionary(TestResources.sampleDictionary()));

    @Test
    void convertsTextAndLeavesHrefIdAndClassUntouched() {
        assertEquals("<p id=\"uvod\" class=\"lead big\">Види <a href=\"https://serbia.iom.int/sr/Projekat?a=1&amp;b=Ljubav\" "
                        + "title=\"Сајт пројекта\" class=\"link\" data-x=\"Ljubav\">сајт IOM</a>.</p>",
                html.fragmentToCyrillic("<p id=\"uvod\" class=\"lead big\">Vidi <a href=\"https://serbia.iom.int/sr/Projekat?a=1&amp;b=Ljubav\" "
                        + "title=\"Sajt projekta\" class=\"link\" data-x=\"Ljubav\">sajt IOM</a>.</p>"));
    }

    @Test
    void convertsAltAriaLabelAndPlaceholder() {
        assertEquals("<img src=\"slike/Mapa_Srbije.png\" alt=\"Мапа Србије\"> "
                        + "<button aria-label=\"Затвори мени\">×</button> <input name=\"pretraga\" placeholder=\"Претрага\">",
                html.fragmentToCyrillic("<img src=\"slike/Mapa_Srbije.png\" alt=\"Mapa Srbije\"> "
                        + "<button aria-label=\"Zatvori meni\">×</button> <input name=\"pretraga\" placeholder=\"Pretraga\">"));
    }

    @Test
    void leavesCodeAndItsKinAlone() {
        String source = "<p>Funkcija <code>ljubav()</code> i <kbd>Ctrl</kbd>, <samp>greška</samp>, <var>n</var>.</p>"
                + "<pre title=\"Primer\"><code>njega = džep;</code></pre>"
                + "<script>var poruka = 'Zdravo';</script><style>.naslov { color: red; }</style>";
        assertEquals("<p>Функција <code>ljubav()</code> и <kbd>Ctrl</kbd>, <samp>greška</samp>, <var>n</var>.</p>"
                        + "<pre title=\"Пример\"><code>njega = džep;</code></pre>"
                        + "<script>var poruka = 'Zdravo';</script><style>.naslov { color: red; }</style>",
                html.fragmentToCyrillic(source));
    }

    @Test
    void leavesElementsInOtherLanguagesAlone() {
        assertEquals("<p lang=\"en\" title=\"Hello Beograd\">Belgrade <b>Novi Sad</b></p><p lang=\"sr\">Нови Сад</p>"
                        + "<p lang=\"\">nepoznat</p><p lang=\"sr-Cyrl-RS\">Ниш</p>",
                html.fragmentToCyrillic("<p lang=\"en\" title=\"Hello Beograd\">Belgrade <b>Novi Sad</b></p><p lang=\"sr\">Novi Sad</p>"
                        + "<p lang=\"\">nepoznat</p><p lang=\"sr-Cyrl-RS\">Niš</p>"));
    }

    @Test
    void wrapsKeptSpansInALatinLanguageSpan() {
        assertEquals("<p>Пројекат <span lang=\"sr-Latn\">Migration Hub</span> је почео <span lang=\"sr-Latn\">MUP</span>, 2022.</p>",
                html.fragmentToCyrillic("<p>Projekat -{Migration Hub}- je počeo -{MUP}-, -{2022}-.</p>"));
    }

    @Test
    void removesKeepMarkersInAttributesAndTextOnlyElements() {
        assertEquals("<html><head><title>Пројекат Migration Hub</title></head>"
                        + "<body><img alt=\"Лого Migration Hub\" src=\"logo.png\"></body></html>",
                html.documentToCyrillic("<html><head><title>Projekat -{Migration Hub}-</title></head>"
                        + "<body><img alt=\"Logo -{Migration Hub}-\" src=\"logo.png\"></body></html>"));
    }

    @Test
    void isIdempotent() {
        String once = html.fragmentToCyrillic("<p>Projekat -{Migration Hub}- i <span lang=\"sr-Latn\">Ljubav</span>.</p>");
        assertEquals("<p>Пројекат <span lang=\"sr-Latn\">Migration Hub</span> и <span lang=\"sr-Latn\">Ljubav</span>.</p>", once);
        assertEquals(once, html.fragmentToCyrillic(once));
    }

    @Test
    void convertsAWholeDocumentIncludingTheMetaDescription() {
        String page = "<!DOCTYPE html><html lang=\"sr-Latn\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"description\" content=\"Informacije o migracijama u Srbiji\">"
                + "<meta name=\"keywords\" content=\"migracije\">"
                + "<title>Početna</title><link rel=\"stylesheet\" href=\"/css/stil.css\"></head>"
                + "<body><h1>Dobrodošli</h1><p>Ljudi i <a href=\"/sr/azil\">azil</a>.</p></body></html>";
        assertEquals("<!doctype html><html lang=\"sr-Latn\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"description\" content=\"Информације о миграцијама у Србији\">"
                + "<meta name=\"keywords\" content=\"migracije\">"
                + "<title>Почетна</title><link rel=\"stylesheet\" href=\"/css/stil.css\"></head>"
                + "<body><h1>Добродошли</h1><p>Људи и <a href=\"/sr/azil\">азил</a>.</p></body></html>",
                html.documentToCyrillic(page));
    }

    @Test
    void leavesAnEnglishDocumentAlone() {
        String page = "<html lang=\"en\"><head><meta name=\"description\" content=\"Migration in Serbia\">"
                + "<title>Home</title></head><body><p>Novi Sad</p></body></html>";
        assertEquals(page, html.documentToCyrillic(page));
    }

    @Test
    void convertsToLatinTheSameWay() {
        assertEquals("<p title=\"Naslov\">Ljudi <code>кôд</code> <span lang=\"sr-Cyrl\">Ћирилица</span> "
                        + "<a href=\"/ћирилица\">link</a></p>",
                html.fragmentToLatin("<p title=\"Наслов\">Људи <code>кôд</code> -{Ћирилица}- "
                        + "<a href=\"/ћирилица\">линк</a></p>"));
    }

    @Test
    void keepsEntitiesAndSpecialCharactersEscaped() {
        assertEquals("<p>Љубав &amp; мир &lt;3&nbsp;заувек</p>",
                html.fragmentToCyrillic("<p>Ljubav &amp; mir &lt;3&nbsp;zauvek</p>"));
    }

    @Test
    void convertsATreeInPlace() {
        Document document = Jsoup.parse("<p>Ljubav</p>");
        html.toCyrillic(document);
        assertEquals("Љубав", document.selectFirst("p").text());
        html.toLatin(document.body());
        assertEquals("Ljubav", document.selectFirst("p").text());
    }

    @Test
    void rejectsNullArgumentsNamingTheParameter() {
        assertEquals("transliterator", assertThrows(NullPointerException.class, () -> new HtmlTransliterator(null)).getMessage());
        assertEquals("html", assertThrows(NullPointerException.class, () -> html.fragmentToCyrillic(null)).getMessage());
        assertEquals("html", assertThrows(NullPointerException.class, () -> html.documentToLatin(null)).getMessage());
        assertEquals("root", assertThrows(NullPointerException.class, () -> html.toCyrillic(null)).getMessage());
    }

    @Test
    void convertsTheRealSourceParagraph() {
        String converted = html.fragmentToCyrillic("<p>" + SerbianTransliteratorTest.SOURCE + "</p>");
        assertEquals("<p>" + SerbianTransliteratorTest.SOURCE_IN_CYRILLIC + "</p>", converted);
        assertTrue(converted.contains("управљање"));
    }

    @Test
    void aDictionaryEntrySplitByInlineMarkupStaysLatinButNotAcrossParagraphs() {
        HtmlTransliterator names = new HtmlTransliterator(SerbianTransliterator.withDictionary(
                KeepLatinDictionary.parse("Richard Kohli\n", "test")));

        assertEquals("<p>Директор <strong>Richard</strong> Kohli, <a href=\"x\"><em>Richard</em></a> Kohli.</p>"
                        + "<p>Сусрет: <strong>Richard</strong></p><p>Кохли</p>", // "ch": Latin by its spelling
                names.fragmentToCyrillic("<p>Direktor <strong>Richard</strong> Kohli, <a href=\"x\"><em>Richard</em>"
                        + "</a> Kohli.</p><p>Susret: <strong>Richard</strong></p><p>Kohli</p>"));
    }
}
