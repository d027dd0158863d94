package rs.iom.hub.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An SVG file from {@code content/} is published only when it is a picture and nothing else: what drawing programs
 * write passes; scripts, event handlers, {@code javascript:} and {@code data:} links, embedded pages, references to
 * other files or sites, and entities are refused — and checking never fetches or reads another file.
 */
class SafeSvgTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    private static Optional<String> check(String svg) {
        return SafeSvg.problem(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPictureAsDrawingProgramsWriteItPasses() {
        String inkscape = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
                + "   xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"\n"
                + "   xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"100\" height=\"50\"\n"
                + "   sodipodi:docname=\"logo.svg\" inkscape:version=\"1.3\">\n"
                + "  <title>Logo</title><desc>Two shapes</desc>\n"
                + "  <defs><linearGradient id=\"g\"><stop offset=\"0\" style=\"stop-color:#004b87\"/>"
                + "</linearGradient>\n"
                + "    <style>.a { fill: url(#g); stroke: url( '#g' ) }</style></defs>\n"
                + "  <sodipodi:namedview id=\"base\" inkscape:zoom=\"1\"/>\n"
                + "  <g id=\"layer1\" transform=\"translate(1,1)\" opacity=\"0.5\">\n"
                + "    <rect class=\"a\" width=\"10\" height=\"5\" fill=\"url(#g)\"/>\n"
                + "    <use xlink:href=\"#layer1\" x=\"5\"/><use href=\"#layer1\"/>\n"
                + "    <a href=\"#layer1\"><text x=\"0\" y=\"10\">IOM &amp; partneri</text></a>\n"
                + "    <animate attributeName=\"opacity\" from=\"0\" to=\"1\" dur=\"1s\"/>\n"
                + "  </g>\n</svg>\n";
        String illustrator = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + SVG + "<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>";

        assertEquals(Optional.empty(), check(inkscape));
        assertEquals(Optional.empty(), check(illustrator), "a DOCTYPE that only names the SVG DTD (not fetched)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script                    | <script>alert(1)</script>                           | contains a script (<script>)
            script with a prefix      | <s:script xmlns:s="http://www.w3.org/2000/svg"/>     | contains a script (<s:script>)
            SCRIPT in capitals        | <SCRIPT>alert(1)</SCRIPT>                           | contains a script (<SCRIPT>)
            foreignObject             | <foreignObject><p>Hi</p></foreignObject>            | contains <foreignObject>, which can run scripts or show other documents
            iframe                    | <iframe src="https://x.example"/>                   | contains <iframe>, which can run scripts or show other documents
            onload                    | <rect onload="alert(1)"/>                           | has a script in the attribute onload (onload="alert(1)")
            onclick in capitals       | <rect ONCLICK="alert(1)"/>                          | has a script in the attribute ONCLICK (ONCLICK="alert(1)")
            javascript link           | <a href="javascript:alert(1)"><text>x</text></a>    | has a javascript: link, which is a script (href="javascript:alert(1)")
            javascript link, spaced   | <a xlink:href=" jav&#x09;ascript:alert(1)"/>        | has a javascript: link, which is a script (xlink:href="jav ascript:alert(1)")
            data link                 | <image href="data:image/svg+xml;base64,PHN2Zz4="/>  | embeds data in a link (href="data:image/svg+xml;base64,PHN2Zz4=")
            link to another site      | <a href="https://evil.example/"><text>x</text></a>  | refers to another file or site (href="https://evil.example/")
            use of another file       | <use xlink:href="other.svg#icon"/>                  | refers to another file or site (xlink:href="other.svg#icon")
            image from another site   | <image href="https://tracker.example/pixel.png"/>   | refers to another file or site (href="https://tracker.example/pixel.png")
            url() of another site     | <rect fill="url(https://evil.example/x.svg#p)"/>    | refers to another file or site (fill="url(https://evil.example/x.svg#p)")
            style url()               | <style>rect { fill: url('x.svg#p') }</style>        | refers to another file or site in its styles (url(x.svg#p))
            style @import             | <style>@import url(#x);</style>                     | imports a style sheet (@import), which loads another file
            set a link                | <a><set attributeName="href" to="#x"/></a>          | changes an attribute with an animation (<set attributeName="href">), which can make it a script
            animate a handler         | <animate attributeName="onbegin" to="x"/>           | changes an attribute with an animation (<animate attributeName="onbegin">), which can make it a script
            processing instruction    | <?xml-stylesheet href="https://x.example/a.css"?>   | contains a processing instruction (<?xml-stylesheet …?>), which can load other files
            """)
    void aPictureWithMoreInItIsRefusedSayingWhat(String name, String inside, String reason) {
        assertEquals(Optional.of(reason), check(SVG + inside + "</svg>"), name);
    }

    @Test
    void aFileThatIsNotAnSvgPictureOrNotXmlIsRefused() {
        assertEquals(Optional.of("is not an SVG picture (its outermost element is <html>)"),
                check("<html><body><script>alert(1)</script></body></html>"));
        assertTrue(check("<svg><rect></svg>").orElseThrow().startsWith("cannot be read as XML (line 1: "),
                check("<svg><rect></svg>").toString());
        assertTrue(check("").orElseThrow().startsWith("cannot be read as XML"));
    }

    @Test
    void entitiesAreRefusedAndNoOtherFileIsEverRead(@TempDir Path temp) throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + SVG + "<text>&s;</text></svg>";
        String externalDtd = "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"" + temp.resolve("missing.dtd").toUri()
                + "\">" + SVG + "</svg>";

        Optional<String> problem = check(external);

        assertEquals(Optional.of("declares entities of its own (<!DOCTYPE … [ … ]>), which can bring in other "
                + "files"), problem);
        assertFalse(problem.get().contains("SECRET"));
        assertEquals(Optional.empty(), check(externalDtd), "an outside DTD is named but never loaded");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // a hang guard only
    void aBillionLaughsOrAVeryDeepPictureEndsQuickly() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 12; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]>").append(SVG).append("<text>&l12;</text></svg>");
        assertTrue(check(laughs.toString()).isPresent());

        String deep = SVG + "<g>".repeat(50_000) + "<script/>" + "</g>".repeat(50_000) + "</svg>";
        assertTrue(check(deep).isPresent(), "refused (too deep for the parser, or for its script), no crash");
    }
}
