package rs.iom.hub.markdown;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkTokensTest {
    private static String resolve(String html) {
        return LinkTokens.resolve(html, source -> source.equals("content/sr/o-projektu.md") ? "/sr/o-projektu/" : null,
                path -> "/" + path);
    }

    @Test
    void tokensInHrefAndSrcBecomeTheAddressesOfTheEdition() {
        assertEquals("<a href=\"/sr/o-projektu/#deo\">x</a> <img src=\"/sr/slika.jpg\" alt=\"a\" />",
                resolve("<a href=\"hub:page:content/sr/o-projektu.md#deo\">x</a> "
                        + "<img src=\"hub:path:sr/slika.jpg\" alt=\"a\" />"));
    }

    @Test
    void aTokenForAPageThatDoesNotExistBecomesAHash() {
        assertEquals("<a href=\"#\">x</a>", resolve("<a href=\"hub:page:content/sr/nema.md\">x</a>"));
    }

    @Test
    void textThatLooksLikeATokenStaysAsWritten() {
        String html = "<p>prose hub:page:content/sr/o-projektu.md, <code>hub:path:sr/x.pdf</code>, "
                + "href=&quot;hub:page:content/sr/o-projektu.md&quot; "
                + "<img src=\"/x.jpg\" alt=\"src=&quot;hub:path:x&quot;\" /></p>";

        assertEquals(html, resolve(html));
    }
}
