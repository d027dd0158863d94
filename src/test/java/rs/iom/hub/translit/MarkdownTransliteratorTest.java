package rs.iom.hub.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MarkdownTransliteratorTest {

    private final MarkdownTransliterator markdown = new MarkdownTransliterator(
            SerbianTransliterator.withDictionary(TestResources.sampleDictionary()));

    static final String LATIN = String.join("\n",
            "---",
            "title: Ljudi i migracije",
            "summary: \"Kratak pregled: \\\"džep\\\" i \\u0041 ostaju\" # komentar ostaje",
            "imageAlt: 'Mapa Srbije sa ''centrima'''",
            "date: 2022-03-04",
            "layout: stranica",
            "slug: ljudi-i-migracije",
            "tags: [azil, radna migracija, \"Tanjug\"]",
            "image:",
            "  title: Ostaje jer nije na vrhu",
            "---",
            "# Naslov *sa naglaskom* i `kodom`",
            "",
            "Tekst sa [linkom](https://iom.int/Ljubav \"Naslov linka\") i ![slikom Beograda](slike/beograd.png \"Beograd noću\").",
            "Druga linija sa <abbr title=\"Ministarstvo\">MUP</abbr> i <https://mup.gov.rs> &amp; **jakim** tekstom.",
            "",
            "- stavka jedan",
            "- stavka sa `kod()` i [referencom][ref]",
            "  nastavak stavke",
            "",
            "1. Prvo",
            "2. Drugo: [ref]",
            "",
            "> Citat: Richard Kohli",
            "> i njegov tim.",
            "",
            "| Grad | Broj ljudi |",
            "|------|-----------:|",
            "| Niš | 250 |",
            "| Novi Sad | `n/a` |",
            "",
            "```java",
            "String ljubav = \"džep\";",
            "```",
            "",
            "    uvučen kod ostaje",
            "",
            "<div class=\"napomena\">",
            "HTML blok ostaje",
            "</div>",
            "",
            "Projekat -{Migration Hub}- je počeo 2022. godine, vidi www.iom.int ili pišite na info@iom.int.",
            "",
            "[ref]: https://example.rs/ljudi \"Naslov reference\"",
            "");

    static final String CYRILLIC = String.join("\n",
            "---",
            "title: Људи и миграције",
            "summary: \"Кратак преглед: \\\"џеп\\\" и \\u0041 остају\" # komentar ostaje",
            "imageAlt: 'Мапа Србије са ''центрима'''",
            "date: 2022-03-04",
            "layout: stranica",
            "slug: ljudi-i-migracije",
            "tags: [азил, радна миграција, \"Танјуг\"]",
            "image:",
            "  title: Ostaje jer nije na vrhu",
            "---",
            "# Наслов *са нагласком* и `kodom`",
            "",
            "Текст са [линком](https://iom.int/Ljubav \"Наслов линка\") и ![сликом Београда](slike/beograd.png \"Београд ноћу\").",
            "Друга линија са <abbr title=\"Ministarstvo\">МУП</abbr> и <https://mup.gov.rs> &amp; **јаким** текстом.",
            "",
            "- ставка један",
            "- ставка са `kod()` и [референцом][ref]",
            "  наставак ставке",
            "",
            "1. Прво",
            "2. Друго: [ref]",
            "",
            "> Цитат: Richard Kohli",
            "> и његов тим.",
            "",
            "| Град | Број људи |",
            "|------|-----------:|",
            "| Ниш | 250 |",
            "| Нови Сад | `n/a` |",
            "",
            "```java",
            "String ljubav = \"džep\";",
            "```",
            "",
            "    uvučen kod ostaje",
            "",
            "<div class=\"napomena\">",
            "HTML blok ostaje",
            "</div>",
            "",
            "Пројекат -{Migration Hub}- је почео 2022. године, види www.iom.int или пишите на info@iom.int.",
            "",
            "[ref]: https://example.rs/ljudi \"Наслов референце\"",
            "");

    @Test
    void convertsOnlyTheTextOfAFullMarkdownPage() {
        assertEquals(CYRILLIC, markdown.toCyrillic(LATIN));
    }

    @Test
    void convertsTheTextBackToLatinKeepingTheKeepMarkers() {
        assertEquals(LATIN, markdown.toLatin(CYRILLIC));
    }

    @Test
    void aDictionaryEntrySplitByEmphasisOrALinkStaysLatin() {
        MarkdownTransliterator withNames = new MarkdownTransliterator(SerbianTransliterator.withDictionary(
                KeepLatinDictionary.parse("Richard Kohli\nSwiss Cooperation Office\n", "test")));

        assertEquals("Директор **Richard** Kohli и [Swiss Cooperation](https://x.ch) Office, *Richard Kohli*.\n\n"
                        + "# Гост: Richard _Kohli_\n\nRichard и Кохли у два пасуса: **Richard**\n\nКохли\n",
                withNames.toCyrillic("Direktor **Richard** Kohli i [Swiss Cooperation](https://x.ch) Office, "
                        + "*Richard Kohli*.\n\n# Gost: Richard _Kohli_\n\nRichard i Kohli u dva pasusa: **Richard**"
                        + "\n\nKohli\n"));
    }

    @Test
    void stripsKeepMarkersOnlyFromText() {
        String source = "Projekat -{Migration Hub}- i `kod -{x}-`\n\n```\n-{blok}-\n```\n";
        assertEquals("Projekat Migration Hub i `kod -{x}-`\n\n```\n-{blok}-\n```\n", markdown.stripKeepMarkers(source));
    }

    @Test
    void keepsReferenceLabelsUsedAsLinkText() {
        String source = "Vidi [ljude] i [ljude][] ali [tekst][ljude] i [nedefinisano].\n\n[ljude]: /ljudi\n";
        assertEquals("Види [ljude] и [ljude][] али [текст][ljude] и [недефинисано].\n\n[ljude]: /ljudi\n",
                markdown.toCyrillic(source));
    }

    @Test
    void convertsTagsWrittenAsABlockListAndBlockScalars() {
        String source = "---\r\ntitle: >\r\n  Dugačak naslov\r\n  u dva reda\r\ntags:\r\n  - azil\r\n  - \"ljudi\"  # komentar\r\n"
                + "other:\r\n  - ostaje\r\n...\r\nTekst\r\n";
        assertEquals("---\r\ntitle: >\r\n  Дугачак наслов\r\n  у два реда\r\ntags:\r\n  - азил\r\n  - \"људи\"  # komentar\r\n"
                + "other:\r\n  - ostaje\r\n...\r\nТекст\r\n", markdown.toCyrillic(source));
    }

    @Test
    void treatsAnUnclosedFrontMatterAsMarkdown() {
        assertEquals("---\nНаслов\n", markdown.toCyrillic("---\nNaslov\n"));
        assertEquals("Текст\n\n---\n\nТекст\n", markdown.toCyrillic("Tekst\n\n---\n\nTekst\n"));
    }

    @Test
    void keepsHtmlCommentsAndEntities() {
        String source = "Tekst <!-- komentar --> &eacute; &#x41; kraj\n\n<!--\nblok komentar\n-->\n";
        assertEquals("Текст <!-- komentar --> &eacute; &#x41; крај\n\n<!--\nblok komentar\n-->\n", markdown.toCyrillic(source));
    }

    @Test
    void returnsEmptyForEmptyInput() {
        assertEquals("", markdown.toCyrillic(""));
        assertEquals("---\n---\n", markdown.toCyrillic("---\n---\n"));
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> markdown.toCyrillic(LATIN)));
            }
            for (Future<String> result : results) {
                assertEquals(CYRILLIC, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsNullArgumentsNamingTheParameter() {
        assertEquals("transliterator", assertThrows(NullPointerException.class,
                () -> new MarkdownTransliterator(null)).getMessage());
        assertEquals("markdown", assertThrows(NullPointerException.class, () -> markdown.toCyrillic(null)).getMessage());
        assertEquals("markdown", assertThrows(NullPointerException.class, () -> markdown.toLatin(null)).getMessage());
        assertEquals("markdown", assertThrows(NullPointerException.class, () -> markdown.stripKeepMarkers(null)).getMessage());
    }
}
