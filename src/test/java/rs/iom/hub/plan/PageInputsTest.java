package rs.iom.hub.plan;

import org.junit.jupiter.api.Test;
import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PageInputsTest {
    private static final Document NEWS = new Document("content/sr/vesti/2024/obuka.md", "sr", "vesti/2024/obuka/",
            DocumentType.NEWS, DocumentStatus.PUBLISHED, "Obuka u Subotici", LocalDate.parse("2024-10-01"), "obuka",
            3, "Obuka za pružaoce usluga.", List.of("obuke", "Subotica"), null, null, null, "<p>Tekst.</p>\n",
            "Tekst.", "f1");

    /** The hash a list of one bake (a new {@link PageInputs}, as every bake has) gives {@code doc}. */
    private static long listed(Document doc) {
        return new PageInputs(null, null, null, null, new PlanMemory()).listed(new InputHash(), List.of(doc)).value();
    }

    private static Document with(UnaryOperator<Object[]> change) {
        Object[] f = {NEWS.source(), NEWS.path(), NEWS.status(), NEWS.title(), NEWS.date(), NEWS.summary(),
                NEWS.tags(), NEWS.body(), NEWS.text(), NEWS.fingerprint()};
        f = change.apply(f);
        @SuppressWarnings("unchecked")
        List<String> tags = (List<String>) f[6];
        return new Document((String) f[0], "sr", (String) f[1], DocumentType.NEWS, (DocumentStatus) f[2],
                (String) f[3], (LocalDate) f[4], "obuka", 3, (String) f[5], tags, null, null, null, (String) f[7],
                (String) f[8], (String) f[9]);
    }

    private static Document changed(int field, Object value) {
        return with(f -> {
            f[field] = value;
            return f;
        });
    }

    @Test
    void aRememberedHashIsTheOneAFreshBakeComputes() {
        PageInputs inputs = new PageInputs(null, null, null, null, new PlanMemory());
        long first = inputs.listed(new InputHash(), List.of(NEWS)).value();
        long again = inputs.listed(new InputHash(), List.of(NEWS)).value();

        assertEquals(listed(NEWS), first);
        assertEquals(first, again);
        assertEquals(listed(NEWS), listed(with(f -> f)), "an equal document read again");
    }

    @Test
    void anEditOfTheTextAloneLeavesWhatListsShowUnchanged() {
        assertEquals(listed(NEWS), listed(with(f -> {
            f[7] = "<p>Drugi tekst.</p>\n";
            f[8] = "Drugi tekst.";
            f[9] = "f2";
            return f;
        })));
    }

    @Test
    void everythingACardShowsChangesTheHash() {
        long before = listed(NEWS);

        assertNotEquals(before, listed(changed(0, "content/sr/vesti/2024/obuka-2.md")), "source");
        assertNotEquals(before, listed(changed(1, "vesti/2024/obuka-2/")), "address");
        assertNotEquals(before, listed(changed(2, DocumentStatus.DRAFT)), "status");
        assertNotEquals(before, listed(changed(3, "Obuka u Novom Sadu")), "title");
        assertNotEquals(before, listed(changed(4, LocalDate.parse("2024-10-02"))), "date");
        assertNotEquals(before, listed(changed(5, "Obuka za socijalne radnike.")), "summary");
        assertNotEquals(before, listed(changed(6, List.of("obuke"))), "a tag fewer");
        assertNotEquals(before, listed(changed(6, List.of("Subotica", "obuke"))), "tags in another order");
    }

    @Test
    void whichDocumentsAListShowsAndInWhatOrderChangeTheHash() {
        Document other = changed(0, "content/sr/vesti/2024/druga.md");
        PageInputs inputs = new PageInputs(null, null, null, null, new PlanMemory());
        long both = inputs.listed(new InputHash(), List.of(NEWS, other)).value();

        assertNotEquals(both, inputs.listed(new InputHash(), List.of(other, NEWS)).value());
        assertNotEquals(both, inputs.listed(new InputHash(), List.of(NEWS)).value());
        assertNotEquals(inputs.listed(new InputHash(), List.of()).value(),
                inputs.listed(new InputHash(), (Document) null).value());
    }
}
