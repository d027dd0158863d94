package rs.iom.hub.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Švajcarska podržava jačanje kapaciteta | svajcarska-podrzava-jacanje-kapaciteta",
            "Mitar Đurašković | mitar-djuraskovic",
            "ČĆŽŠĐ čćžšđ | cczsdj-cczsdj",
            "Upravni odbor, 4. mart 2022. | upravni-odbor-4-mart-2022",
            "  --Migracije!!  &  partnerstvo--  | migracije-partnerstvo",
            "Café Zürich | cafe-zurich",
            "Миграције и партнерство | migracije-i-partnerstvo",
            "Ђурђевдан у Љубовији | djurdjevdan-u-ljuboviji",
            "whole-of-government | whole-of-government",
    })
    void textBecomesAnAsciiSlug(String text, String slug) {
        assertEquals(slug, Slugs.slugify(text));
    }

    @Test
    void aRememberedSlugIsTheOneSlugifyingMakesAnew() {
        for (String text : new String[] {"Migracije i razvoj", "Миграције и развој", "Đurđevdan", "Café"}) {
            String first = Slugs.slugify(text);
            String again = Slugs.slugify(text);

            assertEquals(Slugs.slugify(text, 60), first);
            assertEquals(first, again);
        }
    }

    @Test
    void aDifferentTextGetsItsOwnSlugAfterASimilarOneWasRemembered() {
        assertEquals("zene-u-migraciji", Slugs.slugify("Žene u migraciji"));
        assertEquals("zene-u-migracijama", Slugs.slugify("Žene u migracijama"));
        assertEquals("zene-u-migraciji", Slugs.slugify("Žene u migraciji"));
    }

    @Test
    void aLongTextIsSlugifiedLikeAShortOne() {
        String text = "Jačanje kapaciteta ".repeat(20);

        assertEquals(Slugs.slugify(text, 60), Slugs.slugify(text));
    }

    @Test
    void textWithoutLettersOrDigitsHasAnEmptySlug() {
        assertEquals("", Slugs.slugify(" – … ! "));
    }

    @Test
    void aLongSlugIsCutAtAHyphen() {
        String slug = Slugs.slugify("Jačanje kapaciteta i partnerstava za upravljanje migracijama u Srbiji", 30);

        assertEquals("jacanje-kapaciteta-i", slug);
        assertTrue(slug.length() <= 30);
    }

    @Test
    void aLongWordWithoutHyphensIsCutAtTheLimit() {
        assertEquals("abcdefghij", Slugs.slugify("abcdefghijklmnop", 10));
    }

    @Test
    void slugsAreAtMostSixtyCharactersByDefault() {
        String slug = Slugs.slugify("reč ".repeat(40));

        assertTrue(slug.length() <= 60, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(Slugs.isSlug(slug), slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vesti", "2022", "o-projektu", "a1-b2-c3"})
    void validSlugsAreRecognised(String segment) {
        assertTrue(Slugs.isSlug(segment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Vesti", "o_projektu", "o--projektu", "-vesti", "vesti-", "šef", "o projektu"})
    void invalidSlugsAreRejected(String segment) {
        assertFalse(Slugs.isSlug(segment));
    }
}
