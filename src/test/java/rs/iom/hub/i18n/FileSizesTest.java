package rs.iom.hub.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rs.iom.hub.cli.Converters;
import rs.iom.hub.pipeline.TestSites;
import rs.iom.hub.site.EditionContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes of documents as pages show them: units of 1,024, one decimal below 10, the edition's decimal mark. */
class FileSizesTest {
    private static final Messages UNITS = Messages.of("test", Map.<String, Object>of("file", Map.of("bytes", "{size} B",
            "kilobytes", "{size} kB", "megabytes", "{size} MB", "gigabytes", "{size} GB")));
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final Locale SERBIAN = Locale.forLanguageTag("sr-Latn");
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    @ParameterizedTest(name = "{0} bytes: {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "0                | 0 B      | 0 B",
            "1                | 1 B      | 1 B",
            "1023             | 1023 B   | 1023 B",
            "1024             | 1 kB     | 1 kB",
            "1075             | 1 kB     | 1 kB",     // 1.0498 kB: the decimal 0 is dropped
            "1076             | 1.1 kB   | 1,1 kB",   // 1.0508 kB
            "1536             | 1.5 kB   | 1,5 kB",
            "10188            | 9.9 kB   | 9,9 kB",   // 9.949 kB
            "10189            | 10 kB    | 10 kB",    // 9.950 kB rounds up, to a whole number
            "10751            | 10 kB    | 10 kB",    // 10.499 kB
            "10752            | 11 kB    | 11 kB",    // 10.5 kB: half rounds up
            "1048063          | 1023 kB  | 1023 kB",  // 1023.499 kB
            "1048064          | 1 MB     | 1 MB",     // 1023.5 kB would be 1024 kB: 1 MB
            "1048575          | 1 MB     | 1 MB",
            "1048576          | 1 MB     | 1 MB",
            "1258291          | 1.2 MB   | 1,2 MB",   // 1.2 MB
            "1310720          | 1.3 MB   | 1,3 MB",   // 1.25 MB: half rounds up
            "26214400         | 25 MB    | 25 MB",
            "1073741824       | 1 GB     | 1 GB",
            "5905580032       | 5.5 GB   | 5,5 GB",
            "1099511627776    | 1024 GB  | 1024 GB",  // no larger unit
    })
    void aSizeIsWrittenInTheLargestUnitWithOneDecimalBelowTen(long bytes, String english, String serbian) {
        assertEquals(english, FileSizes.format(bytes, UNITS, ENGLISH));
        assertEquals(serbian, FileSizes.format(bytes, UNITS, SERBIAN));
    }

    @Test
    void theSameSizeWritesTheSameInBothSerbianScripts() {
        assertEquals("1,2 MB", FileSizes.format(1258291, UNITS, Locale.forLanguageTag("sr-Cyrl")));
    }

    @Test
    void aNegativeSizeIsRefusedNamingTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileSizes.format(-1, UNITS, ENGLISH));
        assertTrue(e.getMessage().startsWith("bytes"), e.getMessage());
    }

    /** The site's message files: the units stay in Latin letters in the Cyrillic edition, without keep marks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sr      | 1,2 MB | 800 B | 45 kB | 2 GB",
            "sr-cyrl | 1,2 MB | 800 B | 45 kB | 2 GB",
            "en      | 1.2 MB | 800 B | 45 kB | 2 GB",
    })
    void theSiteMessagesWriteUnitsInLatinLettersInEveryEdition(String id, String mb, String b, String kb, String gb) {
        Path project = TestSites.projectDir();
        MessageFiles.Result files = MessageFiles.load(project, List.of("sr", "en"));
        assertTrue(files.problems().isEmpty(), files.problems()::toString);
        Edition edition = Edition.byId(id).orElseThrow();
        EditionContext context = EditionContext.of(edition, files.messages().get(edition.language()),
                Converters.standard(project).forEdition(edition));
        Messages overlay = files.editionOverlays().get(id);
        Messages messages = (overlay == null ? context : context.withOverlay(overlay)).messages();
        Locale locale = Locale.forLanguageTag(edition.hreflang());
        assertEquals(mb, FileSizes.format(1258291, messages, locale));
        assertEquals(b, FileSizes.format(800, messages, locale));
        assertEquals(kb, FileSizes.format(45 * KB, messages, locale));
        assertEquals(gb, FileSizes.format(2 * 1024 * MB, messages, locale));
        assertEquals("({type}, {size})", messages.text("file.typeAndSize"));
    }
}
