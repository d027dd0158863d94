package rs.iom.hub.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchFoldingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "učešće | ucesce",
            "Učešće | ucesce",
            "УЧЕШЋЕ | ucesce",
            "миграција | migracija",
            "МИГРАЦИЈА | migracija",
            "Đurašković | djuraskovic",
            "Ђурашковић | djuraskovic",
            "upravljanje | upravljanje",
            "управљање | upravljanje",
            "Љубав и Џеп | ljubav i dzep",
            "„whole-of-government“ | whole of government",
            "2020–2023. | 2020 2023",
            "Zürich café | zurich cafe",
            "  IOM, UNHCR;  EU  | iom unhcr eu"
    })
    void foldsCaseScriptAndDiacriticsAway(String text, String folded) {
        assertEquals(folded, SearchFolding.fold(text));
    }

    @Test
    void wordsLeavesOutSingleLetters() {
        assertEquals(List.of("projekat", "je", "deo", "partnerstva"),
                SearchFolding.words("Projekat je deo (i) partnerstva."));
    }

    @Test
    void latinAndCyrillicVersionsOfATextFoldToTheSameWords() {
        assertEquals(SearchFolding.words("Jačanje kapaciteta za upravljanje migracijama u Srbiji"),
                SearchFolding.words("Јачање капацитета за управљање миграцијама у Србији"));
    }
}
