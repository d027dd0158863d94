package rs.iom.hub.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rs.iom.hub.layout.SiteLayout;
import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupportersFileTest {
    @TempDir
    Path site;

    private SupportersFile.Result load(String yaml) throws IOException {
        Files.createDirectories(site.resolve("data"));
        Files.writeString(site.resolve("data/partners.yaml"), yaml, StandardCharsets.UTF_8);
        return SupportersFile.load(site, SiteLayout.DEFAULT, List.of("sr", "en"));
    }

    private static List<String> headlines(SupportersFile.Result result) {
        return result.problems().stream().map(Problem::headline).toList();
    }

    @Test
    void theDonorAndPartnersAreReadPerLanguageWithTheirLogos() throws IOException {
        Files.createDirectories(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img/iom.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        SupportersFile.Result result = load("""
                donor:
                  support: {sr: Uz podršku Švajcarske, en: With the support of Switzerland}
                  name: {sr: Švajcarska, en: Switzerland}
                  url: https://www.eda.admin.ch/belgrade
                partners:
                  - name: {sr: Međunarodna organizacija za migracije, en: International Organization for Migration}
                    url: https://serbia.iom.int/
                    logo: img/iom.svg
                  - name: {sr: Ministarstvo unutrašnjih poslova, en: Ministry of Interior}
                """);

        assertEquals(List.of(), result.problems());
        Supporters english = result.byLanguage().get("en");
        assertEquals("With the support of Switzerland", english.support());
        assertEquals(new Supporters.Supporter("Switzerland", "https://www.eda.admin.ch/belgrade", ""), english.donor());
        assertEquals(List.of(new Supporters.Supporter("International Organization for Migration",
                        "https://serbia.iom.int/", "img/iom.svg"),
                new Supporters.Supporter("Ministry of Interior", "", "")), english.partners());
        assertEquals("Uz podršku Švajcarske", result.byLanguage().get("sr").support());
    }

    @Test
    void withoutTheFileThereAreNoSupportersAndNoProblem() {
        SupportersFile.Result result = SupportersFile.load(site, SiteLayout.DEFAULT, List.of("sr", "en"));

        assertEquals(List.of(), result.problems());
        assertTrue(result.byLanguage().get("sr").isEmpty());
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndNothingIsShownUntilFixed() throws IOException {
        SupportersFile.Result result = load("""
                donor:
                  support: {sr: Uz podršku Švajcarske}
                  name: {sr: Švajcarska, en: Switzerland}
                  url: javascript:alert(1)
                partners:
                  - name: {sr: IOM, en: IOM}
                    logo: img/iom.jpg
                  - name: {sr: MUP, en: Ministry of Interior}
                    logo: img/nema.svg
                    sajt: https://mup.gov.rs
                """);

        assertEquals(List.of(
                "data/partners.yaml:2:12: error: 'support' has no text for 'en'",
                "data/partners.yaml:4:8: error: the web site 'javascript:alert(1)' is not an http:// or https:// address",
                "data/partners.yaml:7:11: error: the logo 'img/iom.jpg' must be an SVG or PNG file",
                "data/partners.yaml:10:5: error: unknown field 'sajt' (known: name, url, logo)",
                "data/partners.yaml:9:11: error: there is no logo file assets/img/nema.svg"), headlines(result));
        assertNull(result.byLanguage().get("en").donor(), "a file with mistakes shows nothing");
    }
}
