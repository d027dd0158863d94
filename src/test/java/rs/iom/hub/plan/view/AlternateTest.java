package rs.iom.hub.plan.view;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlternateTest {
    @Test
    void anAlternateHasTheOpenGraphLocaleOfItsEdition() {
        assertEquals("sr_RS", new Alternate("sr-Latn", "https://example.org/sr/").ogLocale());
        assertEquals("sr_RS", new Alternate("sr-Cyrl", "https://example.org/sr-cyrl/").ogLocale());
        assertEquals("en_GB", new Alternate("en", "https://example.org/en/").ogLocale());
    }

    @Test
    void theDefaultAlternateHasNoOpenGraphLocale() {
        assertEquals("", new Alternate("x-default", "https://example.org/").ogLocale());
    }
}
