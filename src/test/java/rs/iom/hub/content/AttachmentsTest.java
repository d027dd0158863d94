package rs.iom.hub.content;

import rs.iom.hub.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files {@code content/} publishes beside its pages: pictures, documents and archives whose first bytes show that
 * they are what their names say; web pages, scripts, unknown types and files in disguise are refused, each with a
 * message that names the allowed types.
 */
class AttachmentsTest {
    @TempDir
    Path site;

    private Optional<Problem> check(String name, byte[] bytes) throws IOException {
        Path file = site.resolve("content/sr/" + name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return Attachments.check(site, "content/sr/" + name);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "slika.jpg, ffd8ffe000104a464946",
            "SLIKA.JPG, ffd8ffe000104a464946",
            "slika.jpeg, ffd8ffdb",
            "slika.png, 89504e470d0a1a0a0000000d49484452",
            "slika.gif, 474946383961",
            "slika.webp, 52494646 24000000 57454250 5650384c",
            "slika.avif, 0000001c 66747970 61766966 00000000 61766966 6d696631 6d696166",
            "izvestaj.pdf, 255044462d312e370a",
            "izvestaj.docx, 504b0304140006",
            "tabela.xlsx, 504b0304",
            "prezentacija.pptx, 504b0304",
            "dokument.odt, 504b0304",
            "tabela.ods, 504b0304",
            "prezentacija.odp, 504b0304",
            "stari.doc, d0cf11e0a1b11ae1",
            "stara.xls, d0cf11e0a1b11ae1",
            "stara.ppt, d0cf11e0a1b11ae1",
            "arhiva.zip, 504b0304",
            "prazna.zip, 504b0506",
            "pismo.rtf, 7b5c727466315c616e7369",
            "podaci.csv, 676f64696e613b62726f6a0a",
            "beleske.txt, 5a647261766f0a",
    })
    void aFileThatIsWhatItsNameSaysIsPublished(String name, String head) throws IOException {
        assertTrue(Attachments.isAllowed(name));
        assertEquals(Optional.empty(), check(name, hex(head)));
    }

    @Test
    void aWebPageRenamedAsADocumentOrPictureIsRefused() throws IOException {
        byte[] page = "<!DOCTYPE html><html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.of(Problem.error("content/sr/izvestaj.pdf", 0, 0, "the file's name ends in .pdf, but it "
                        + "is not a PDF document (it looks like a web page or other markup)", "save or export it "
                        + "again as a PDF document, or name it after what it is; the site publishes a file only when "
                        + "its content matches its name")),
                check("izvestaj.pdf", page));
        assertEquals("the file's name ends in .jpg, but it is not a JPEG picture (it looks like a web page or other "
                + "markup)", check("slika.jpg", page).orElseThrow().message());
        assertEquals("the file's name ends in .txt, but it is not a text file (it looks like a web page or other "
                + "markup)", check("beleske.txt", ("\uFEFF  \n<html><body>").getBytes(StandardCharsets.UTF_8))
                .orElseThrow().message());
    }

    @Test
    void aFileOfAnotherTypeUnderTheWrongNameIsRefusedSayingWhatItLooksLike() throws IOException {
        assertEquals("the file's name ends in .pdf, but it is not a PDF document (it looks like a PNG picture)",
                check("izvestaj.pdf", hex("89504e470d0a1a0a")).orElseThrow().message());
        assertEquals("the file's name ends in .png, but it is not a PNG picture (it looks like a ZIP archive or an "
                + "Office document)", check("slika.png", hex("504b0304")).orElseThrow().message());
        assertEquals("the file's name ends in .docx, but it is not a Word document (it looks like an old-style Office "
                + "document)", check("stari.docx", hex("d0cf11e0a1b11ae1")).orElseThrow().message());
        assertEquals("the file's name ends in .jpg, but it is not a JPEG picture (the file is empty)",
                check("prazna.jpg", new byte[0]).orElseThrow().message());
        assertEquals("the file's name ends in .avif, but it is not an AVIF picture (its content is of a type hub "
                        + "does not recognise)",
                check("slika.avif", hex("0000001c 66747970 68656963 00000000 6d696631 68656963")).orElseThrow()
                        .message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            stranica.html  | web pages (.html) cannot be published from content/: they could run scripts on the site | write the page in Markdown (.md) instead; %s
            stranica.HTM   | web pages (.HTM) cannot be published from content/: they could run scripts on the site  | write the page in Markdown (.md) instead; %s
            stranica.xhtml | web pages (.xhtml) cannot be published from content/: they could run scripts on the site | write the page in Markdown (.md) instead; %s
            skripta.js     | scripts and style sheets (.js) cannot be published from content/                       | ask a maintainer: the site's own scripts and styles live in assets/; %s
            modul.mjs      | scripts and style sheets (.mjs) cannot be published from content/                      | ask a maintainer: the site's own scripts and styles live in assets/; %s
            stil.css       | scripts and style sheets (.css) cannot be published from content/                      | ask a maintainer: the site's own scripts and styles live in assets/; %s
            program.exe    | files of type .exe cannot be published from content/                                   | %s; convert the file to one of these types (e.g. PDF)
            README         | this file has no type (an ending such as .pdf or .jpg), so it cannot be published from content/ | %s; add the ending that says what it is
            vest.MD        | a Markdown file must end in .md, in small letters (this one ends in .MD)               | rename it to end in .md
            """)
    void aFileOfAnotherTypeIsRefusedNamingTheAllowedTypes(String name, String message, String hint)
            throws IOException {
        assertFalse(Attachments.isAllowed(name));
        assertEquals(Optional.of(Problem.error("content/sr/" + name, 0, 0, message, hint.formatted(
                "content/ publishes only pictures (jpg, jpeg, png, gif, webp, avif, svg), documents (pdf, doc, docx, "
                        + "xls, xlsx, ppt, pptx, odt, ods, odp, rtf, csv, txt) and zip archives"))),
                check(name, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anSvgPictureIsPublishedOnlyWhenItIsAPictureAndNothingElse() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/>%s</svg>";

        assertEquals(Optional.empty(), check("krug.svg", svg.formatted("").getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(Problem.error("content/sr/krug.svg", 0, 0, "this SVG picture contains a script "
                        + "(<script>): content/ publishes SVG pictures only when they are pictures and nothing else",
                        "export the picture again as plain SVG (or as PNG), without scripts, links or embedded "
                                + "content; if the site needs it as it is, a maintainer can put it in assets/")),
                check("krug.svg", svg.formatted("<script>alert(1)</script>").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "izvestaj-2022.pdf              | PDF",
            "content/sr/plan-rada.DOCX      | DOCX",
            "/files/tabela.xlsx             | XLSX",
            "prezentacija.pptx              | PPTX",
            "zapisnik.odt                   | ODT",
            "podaci.ods                     | ODS",
            "stari.doc                      | DOC",
            "stari.xls                      | XLS",
            "podaci.csv                     | CSV",
            "prilozi.zip                    | ZIP",
            "napomena.txt                   | TXT",
            "pismo.rtf                      | RTF",
    })
    void aDocumentOrArchiveIsNamedByItsEndingInCapitals(String path, String type) {
        assertEquals(Optional.of(type), Attachments.documentType(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"slika.jpg", "slika.png", "logo.svg", "o-projektu.md", "program.exe", "README", "sr/vesti/2022/"})
    void picturesPagesAndUnknownTypesAreNoDocuments(String path) {
        assertEquals(Optional.empty(), Attachments.documentType(path));
    }
}
