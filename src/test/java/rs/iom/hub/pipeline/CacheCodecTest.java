package rs.iom.hub.pipeline;

import org.junit.jupiter.api.Test;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.search.SearchIndexBuilder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CacheCodecTest {
    private static final MarkdownLink LINK = new MarkdownLink(true, "slika.jpg",
            new LinkTargets.Target(LinkTargets.Kind.FILE, "content/sr/vesti/slika.jpg", "", "sr/vesti/slika.jpg"),
            "Sastanak odbora", 7, 3, MarkdownLink.Part.BOTH);
    private static final MarkdownLink EXTERNAL = new MarkdownLink(false, "https://www.iom.int/",
            new LinkTargets.Target(LinkTargets.Kind.EXTERNAL, "https://www.iom.int/", "", ""), "IOM", 9, 1,
            MarkdownLink.Part.TARGET);

    private static CacheCodec.Documents documents() {
        Document every = new Document("content/sr/vesti/2022/sastanak.md", "sr", "vesti/2022/sastanak/",
                DocumentType.NEWS, DocumentStatus.DRAFT, "Sastanak Upravnog odbora – Đurđevdan", LocalDate.of(2022, 5, 6),
                "sastanak-2022", 4, "Kratak sažetak.", List.of("migracije", "obuka"), "slika.jpg", "Učesnici sastanka",
                "Sastanak u Beogradu", "Foto: IOM", 3, "<p>Tekst sa <a href=\"hub:page:x\">vezom</a>.</p>", "Tekst sa vezom.",
                "0f3c1b2a9e", List.of(LINK, EXTERNAL), Map.of("title", 2, "date", 3));
        Document bare = new Document("content/en/o-projektu.md", "en", "about/", DocumentType.PAGE,
                DocumentStatus.PUBLISHED, "About", LocalDate.of(2021, 1, 1), "about", 1, "", List.of(), null, "",
                "", "", null, "", "", "ab", List.of(), Map.of());
        Map<String, DocumentReader.Result> results = new LinkedHashMap<>();
        results.put(every.source(), new DocumentReader.Result(Optional.of(every), every.links(),
                List.of(Problem.warning(every.source(), 7, 3, "the image has no description", "add imageAlt"))));
        results.put(bare.source(), new DocumentReader.Result(Optional.of(bare), List.of(), List.of()));
        return new CacheCodec.Documents("reader settings", results, Map.of("k1",
                List.of(new SearchIndexBuilder.FileStamp("meta.json", -5L), new SearchIndexBuilder.FileStamp("t-mi.json",
                        Long.MAX_VALUE))));
    }

    @Test
    void everyFieldOfTheKeptDocumentsComesBackAsItWasWritten() {
        CacheCodec.Documents written = documents();
        CacheCodec.Documents read = CacheCodec.decodeDocuments(CacheCodec.encode(written), 0);
        assertEquals(written, read);
    }

    @Test
    void textsInAnyScriptComeBackAsTheyWereWritten() {
        List<String> texts = List.of("", "plain ASCII", "Latin-1: café, Ø, ß, ÿ", "Đurđevdan i „navodnici“ – crtica",
                "Ћирилица: Жута кућа", "emoji 🇷🇸 and 😀",
                "x".repeat(20_000) + "š");
        Map<String, List<SearchIndexBuilder.FileStamp>> stamps = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            stamps.put(texts.get(i), List.of(new SearchIndexBuilder.FileStamp(texts.get(texts.size() - 1 - i), i)));
        }
        CacheCodec.Documents written = new CacheCodec.Documents("ž", new LinkedHashMap<>(), stamps);
        assertEquals(written, CacheCodec.decodeDocuments(CacheCodec.encode(written), 0));
    }

    @Test
    void thePagesOfABuildComeBackAsTheyWereWritten() {
        CacheCodec.Pages written = new CacheCodec.Pages("/tmp/out", 42L, Map.of("sr/index.html", 7L, "404.html", -1L),
                Map.of("sr/index.html", "1024:1700000000000"));
        CacheCodec.Pages read = CacheCodec.decodePages(CacheCodec.encode(written), 0);
        assertEquals(written.output(), read.output());
        assertEquals(written.signature(), read.signature());
        assertEquals(written.inputs(), read.inputs());
        assertEquals(written.stamps(), read.stamps());
    }

    @Test
    void aTruncatedOrPaddedFileIsRejectedAsBroken() {
        byte[] bytes = CacheCodec.encode(documents());
        for (int length : new int[] {0, 3, 8, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(IllegalArgumentException.class, () -> CacheCodec.decodeDocuments(cut, 0), "length " + length);
        }
        byte[] padded = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IllegalArgumentException.class, () -> CacheCodec.decodeDocuments(padded, 0));
    }

    @Test
    void aHugeCountOrLengthIsRejectedWithoutAllocatingIt() {
        byte[] bytes = CacheCodec.encode(documents());
        byte[] hugeLength = bytes.clone();
        hugeLength[0] = 0x7f; // the reader signature's length
        assertThrows(IllegalArgumentException.class, () -> CacheCodec.decodeDocuments(hugeLength, 0));
        byte[] negativeLength = bytes.clone();
        negativeLength[0] = (byte) 0x80; // as negative as a length gets
        assertThrows(IllegalArgumentException.class, () -> CacheCodec.decodeDocuments(negativeLength, 0));
        byte[] hugeCount = bytes.clone();
        int countAt = 4 + "reader settings".length();
        hugeCount[countAt] = 0x7f;
        assertThrows(IllegalArgumentException.class, () -> CacheCodec.decodeDocuments(hugeCount, 0));
    }
}
