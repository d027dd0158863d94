package rs.iom.hub.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageSuggestionsTest {
    private final PageSuggestions pages = new PageSuggestions(List.of("content/sr/o-projektu.md",
            "content/sr/partneri.md", "content/sr/vesti/2024/obuka.md", "content/sr/vesti/2026/sastanak.md",
            "content/en/about.md", "content/en/partners.md"));

    @Test
    void aPageWithTheSameNameElsewhereIsOfferedRelativeToTheLinkingFile() {
        assertEquals(Optional.of("../../o-projektu.md"),
                pages.suggest("content/sr/vesti/2026/sastanak.md", "content/sr/vesti/o-projektu.md"));
        assertEquals(Optional.of("../2024/obuka.md"),
                pages.suggest("content/sr/vesti/2026/sastanak.md", "content/sr/obuka.md"));
    }

    @Test
    void aMistypedNameIsMatchedToTheClosestPageOfTheSameLanguage() {
        assertEquals(Optional.of("../../o-projektu.md"),
                pages.suggest("content/sr/vesti/2026/sastanak.md", "content/sr/o-projetku.md"));
        assertEquals(Optional.of("partneri.md"), pages.suggest("content/sr/o-projektu.md", "content/sr/partnei.md"));
    }

    @Test
    void pagesOfAnotherLanguageOrFarFromTheNameAreNotOffered() {
        assertEquals(Optional.empty(), pages.suggest("content/sr/o-projektu.md", "content/sr/izvestaji.md"));
        assertEquals(Optional.empty(), pages.suggest("content/sr/o-projektu.md", "content/sr/dokumenti.md"));
        assertEquals(Optional.of("partners.md"), pages.suggest("content/en/about.md", "content/en/partner.md"));
    }

    @Test
    void theExampleIsAShallowPageOfTheSameLanguageWrittenFromTheLinkingFile() {
        assertEquals(Optional.of("../../o-projektu.md"), pages.example("content/sr/vesti/2026/sastanak.md"));
        assertEquals(Optional.of("partneri.md"), pages.example("content/sr/o-projektu.md"));
        assertEquals(Optional.empty(), new PageSuggestions(List.of("content/sr/o-projektu.md"))
                .example("content/sr/o-projektu.md"));
    }

    @Test
    void aLinkToTheOtherLanguageIsMatchedInThatLanguage() {
        assertEquals(Optional.of("../en/partners.md"), pages.suggest("content/sr/o-projektu.md",
                "content/en/partnrs.md"));
    }
}
