package rs.iom.hub.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiguresTest {
    private static final MarkdownRenderer SR = MarkdownRenderer.forLanguage("sr");

    private static String html(String markdown) {
        return SR.render("content/sr/vesti/a.md", markdown, 5).html();
    }

    @Test
    void anImageAloneWithATitleIsAFigureWithThatCaption() {
        assertEquals("<figure class=\"prose__figure\"><img src=\"hub:path:sr/vesti/a.jpg\" alt=\"Sala\" "
                + "loading=\"lazy\" decoding=\"async\" /><figcaption class=\"prose__caption\">Sastanak u Beogradu"
                + "</figcaption></figure>\n", html("![Sala](a.jpg \"Sastanak u Beogradu\")\n"));
    }

    @Test
    void anImageAloneWithoutTitleOrInTextStaysAsItIs() {
        assertEquals("<p><img src=\"hub:path:sr/vesti/a.jpg\" alt=\"Sala\" loading=\"lazy\" decoding=\"async\" />"
                + "</p>\n", html("![Sala](a.jpg)\n"));
        String inText = html("Pogledajte ![Sala](a.jpg \"Naslov\") ovde.\n");
        assertTrue(inText.startsWith("<p>Pogledajte <img"), inText);
        assertFalse(inText.contains("figure"), inText);
    }

    @Test
    void imagesOnConsecutiveLinesAreAGalleryListOfFigures() {
        String html = html("Tekst.\n\n![Jedan](1.jpg \"Prvi dan\")\n![Dva](2.jpg)\n![Tri](3.png)\n\nKraj.\n");
        assertEquals("<p>Tekst.</p>\n<ul class=\"gallery\">\n"
                + "<li class=\"gallery__item\"><figure class=\"gallery__figure\"><img src=\"hub:path:sr/vesti/1.jpg\" "
                + "alt=\"Jedan\" loading=\"lazy\" decoding=\"async\" /><figcaption class=\"gallery__caption\">Prvi dan"
                + "</figcaption></figure></li>\n"
                + "<li class=\"gallery__item\"><figure class=\"gallery__figure\"><img src=\"hub:path:sr/vesti/2.jpg\" "
                + "alt=\"Dva\" loading=\"lazy\" decoding=\"async\" /></figure></li>\n"
                + "<li class=\"gallery__item\"><figure class=\"gallery__figure\"><img src=\"hub:path:sr/vesti/3.png\" "
                + "alt=\"Tri\" loading=\"lazy\" decoding=\"async\" /></figure></li>\n"
                + "</ul>\n<p>Kraj.</p>\n", html);
    }

    @Test
    void aCaptionIsEscapedText() {
        String html = html("![Sala](a.jpg \"<script>alert(1)</script> & više\")\n");
        assertTrue(html.contains("<figcaption class=\"prose__caption\">&lt;script&gt;alert(1)&lt;/script&gt; "
                + "&amp; više</figcaption>"), html);
    }
}
