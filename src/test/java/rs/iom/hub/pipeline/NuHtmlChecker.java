package rs.iom.hub.pipeline;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in-process with the HTML5 schema, as its command
 * line client does it. Setting it up takes a couple of seconds, so one instance is shared; it checks one document at
 * a time.
 */
public final class NuHtmlChecker {
    /** The schema the checker uses for text/html documents. */
    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";
    private static NuHtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final List<Message> messages = new ArrayList<>();

    /** One message of the checker. */
    public record Message(String severity, int line, int column, String text) {
        public boolean isError() {
            return !severity.equals("warning");
        }

        @Override
        public String toString() {
            return line + ":" + column + ": " + severity + ": " + text;
        }
    }

    private NuHtmlChecker() throws Exception {
        // no log4j set-up, no URL logging, no language detection (it guesses, and only warns)
        validator = new SimpleDocumentValidator(false, false, false);
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                add("warning", e);
            }

            @Override
            public void error(SAXParseException e) {
                add("error", e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                add("fatal", e);
            }
        };
        validator.setUpMainSchema(HTML5_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    private void add(String severity, SAXParseException e) {
        messages.add(new Message(severity, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    }

    /** The shared checker, set up on first use. */
    public static synchronized NuHtmlChecker shared() {
        if (shared == null) {
            try {
                shared = new NuHtmlChecker();
            } catch (Exception e) {
                throw new IllegalStateException("the Nu HTML Checker could not be set up", e);
            }
        }
        return shared;
    }

    /**
     * Checks a UTF-8 HTML document as served from {@code url} (the address matters for checks that compare origins,
     * such as the Content-Security-Policy of the page).
     */
    public synchronized List<Message> check(byte[] html, String url) {
        messages.clear();
        InputSource input = new InputSource(new ByteArrayInputStream(html));
        input.setSystemId(url);
        try {
            validator.checkHtmlInputSource(input);
        } catch (IOException | SAXException e) {
            messages.add(new Message("fatal", 0, 0, "the checker stopped: " + e));
        }
        return List.copyOf(messages);
    }
}
