package rs.iom.hub.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlSchemesTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "HTTP://example.org", "mailto:info@example.org", "tel:+381111",
            "o-projektu.md", "../slika.jpg", "#deo", "//example.org/x", "/sr/", "slika%20nova.jpg"})
    void webAddressesMailPhoneAndRelativeAddressesAreAllowed(String url) {
        assertTrue(UrlSchemes.isAllowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " JAVASCRIPT:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "&#106;avascript:alert(1)", "java&#9;script:alert(1)",
            "&#x6A;avascript:alert(1)", "%6Aavascript:alert(1)", "\u0000javascript:alert(1)",
            "java\u200Bscript:alert(1)", "vbscript:msgbox(1)", "data:text/html,x", "file:///etc/passwd",
            "hub:page:content/sr/o-projektu.md", "HUB:path:sr/x.pdf"})
    void everyOtherSchemeIsRefusedHoweverABrowserWouldSpellIt(String url) {
        assertFalse(UrlSchemes.isAllowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(1)", "java\tscript:x", "&#106;avascript:x", " javascript:x"})
    void theSchemeIsReadAsTheBrowserReadsIt(String url) {
        assertEquals("javascript", UrlSchemes.schemeOf(url).orElseThrow());
    }
}
