package rs.iom.hub.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.layout.SiteLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerbianScriptConvertersTest {
    @TempDir
    Path site;

    @Test
    void aTextConvertedBeforeIsConvertedAgainAfterTheDictionaryChanged() throws IOException {
        Path dictionary = site.resolve("data/translit/keep-latin.txt");
        Files.createDirectories(dictionary.getParent());
        Files.writeString(dictionary, "# nothing kept yet\n");
        SerbianScriptConverters converters = new SerbianScriptConverters(site, SiteLayout.DEFAULT);
        String text = "Sastanak u Sarajevu i Banjaluci";

        assertEquals("Састанак у Сарајеву и Бањалуци",
                converters.forEdition(Edition.SERBIAN_CYRILLIC).text(text));
        assertEquals("Састанак у Сарајеву и Бањалуци",
                converters.forEdition(Edition.SERBIAN_CYRILLIC).text(text), "remembered, the same");

        Files.writeString(dictionary, "Banjaluci\n");
        Files.setLastModifiedTime(dictionary, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals("Састанак у Сарајеву и Banjaluci", converters.forEdition(Edition.SERBIAN_CYRILLIC).text(text));
    }

    @Test
    void theLatinEditionShowsLatinTextWithoutItsKeepMarksAndCyrillicTextInLatin() {
        SerbianScriptConverters converters = new SerbianScriptConverters(site, SiteLayout.DEFAULT);
        assertEquals("Sastanak IOM", converters.forEdition(Edition.SERBIAN_LATIN).text("Sastanak -{IOM}-"));
        assertEquals("Sastanak u Beogradu", converters.forEdition(Edition.SERBIAN_LATIN).text("Састанак у Београду"));
    }

    @Test
    void aCyrillicLetterAnywhereInATextIsFoundAndNoneInLatinText() {
        assertTrue(SerbianScriptConverters.hasCyrillic("Sastanak у Beogradu"));
        assertTrue(SerbianScriptConverters.hasCyrillic("Ѐ"));
        assertTrue(SerbianScriptConverters.hasCyrillic("end: ӿ"));
        assertFalse(SerbianScriptConverters.hasCyrillic("Đurđevdan, čćžš – „citat“ ©"));
        assertFalse(SerbianScriptConverters.hasCyrillic(""));
    }

    @Test
    void theSerbianEditionsConvertWithoutAnotherMemoButEnglishShowsItsTextAsWritten() {
        SerbianScriptConverters converters = new SerbianScriptConverters(site, SiteLayout.DEFAULT);

        assertTrue(converters.forEdition(Edition.SERBIAN_LATIN).cheapToRepeat());
        assertTrue(converters.forEdition(Edition.SERBIAN_CYRILLIC).cheapToRepeat());
        assertSame(TextConverter.NONE, converters.forEdition(Edition.ENGLISH));
    }
}
