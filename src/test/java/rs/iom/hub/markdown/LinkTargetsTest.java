package rs.iom.hub.markdown;

import rs.iom.hub.layout.SiteLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rs.iom.hub.markdown.LinkTargets.Kind;
import rs.iom.hub.markdown.LinkTargets.Target;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkTargetsTest {
    private static final String NEWS = "content/sr/vesti/2022/sastanak.md";

    @Test
    void aRelativeLinkToAMarkdownFileIsAPageResolvedAgainstTheLinkingFile() {
        assertEquals(new Target(Kind.PAGE, "content/sr/o-projektu.md", "", ""),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../o-projektu.md"));
        assertEquals(new Target(Kind.PAGE, "content/sr/vesti/2022/drugi.md", "", ""),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "drugi.md"));
        assertEquals(new Target(Kind.PAGE, "content/sr/vesti/2022/drugi.md", "", ""),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "./drugi.md"));
        assertEquals(new Target(Kind.PAGE, "content/en/about.md", "", ""),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../../en/about.md"), "a page in the other language");
    }

    @Test
    void theFragmentIsKeptApartFromThePage() {
        assertEquals(new Target(Kind.PAGE, "content/sr/o-projektu.md", "upravni-odbor", ""),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../o-projektu.md#upravni-odbor"));
    }

    @Test
    void aFragmentAloneStaysOnThePage() {
        assertEquals(new Target(Kind.FRAGMENT, "", "pristup", ""), LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "#pristup"));
    }

    @Test
    void filesBesideTheContentArePublishedWithoutTheContentFolder() {
        assertEquals(new Target(Kind.FILE, "content/sr/vesti/2022/slika.jpg", "", "sr/vesti/2022/slika.jpg"),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "slika.jpg"));
        assertEquals(new Target(Kind.FILE, "content/sr/dokumenti/plan.pdf", "", "sr/dokumenti/plan.pdf"),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../dokumenti/plan.pdf?download=1"), "the query is dropped");
    }

    @Test
    void assetsArePublishedAtTheSiteRoot() {
        assertEquals(new Target(Kind.FILE, "assets/css/site.css", "", "css/site.css"),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../../../assets/css/site.css"));
    }

    @Test
    void aSiteAbsolutePathIsAFileFromTheSiteRoot() {
        assertEquals(new Target(Kind.FILE, "favicon.svg", "", "favicon.svg"),
                LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "/favicon.svg"));
        assertEquals(new Target(Kind.FILE, "sr/vesti/", "x", "sr/vesti/"), LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "/sr/vesti/#x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://serbia.iom.int/", "http://www.mup.gov.rs/", "mailto:info@example.org",
            "tel:+381111234567", "//cdn.example.org/x.js", "javascript:alert(1)"})
    void addressesWithASchemeOrHostAreExternal(String destination) {
        assertEquals(new Target(Kind.EXTERNAL, destination, "", ""), LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, destination));
    }

    @Test
    void climbingAboveTheSiteFolderIsOutside() {
        assertEquals(Kind.OUTSIDE, LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../../../../etc/passwd").kind());
        assertEquals(Kind.OUTSIDE, LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "../../../../pom.xml").kind(),
                "inside the site folder but neither content nor assets");
        assertEquals(Kind.OUTSIDE, LinkTargets.resolve(SiteLayout.DEFAULT, NEWS, "   ").kind());
    }

    @Test
    void tokensReplacePagesAndFilesButNotExternalAddresses() {
        assertEquals("hub:page:content/sr/o-projektu.md#pristup", LinkTargets.token(SiteLayout.DEFAULT, NEWS, "../../o-projektu.md#pristup"));
        assertEquals("hub:path:sr/vesti/2022/slika.jpg", LinkTargets.token(SiteLayout.DEFAULT, NEWS, "slika.jpg"));
        assertEquals("hub:path:sr/vesti/2022/plan.pdf#page=2", LinkTargets.token(SiteLayout.DEFAULT, NEWS, "plan.pdf#page=2"));
        assertEquals("https://serbia.iom.int/", LinkTargets.token(SiteLayout.DEFAULT, NEWS, "https://serbia.iom.int/"));
        assertEquals("#pristup", LinkTargets.token(SiteLayout.DEFAULT, NEWS, "#pristup"));
    }
}
