package rs.iom.hub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import rs.iom.hub.i18n.TranslitWordLists;
import rs.iom.hub.jbake.JBakeEngine;
import rs.iom.hub.translit.MarkdownTransliterator;
import rs.iom.hub.translit.SerbianTransliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code hub translit --to cyrl|latn}: converts Serbian text read from standard input between the Latin and Cyrillic
 * alphabets. Markdown keeps its syntax (links, code, front matter keys); the site's word lists (words kept in Latin,
 * acronyms written in Cyrillic, transcriptions: {@link TranslitWordLists}) are used when the command runs in (or is
 * given) a site folder.
 */
@Command(name = "translit", mixinStandardHelpOptions = true,
        description = {"Converts Serbian text from standard input to Cyrillic (--to cyrl) or Latin (--to latn).",
                "Example: echo 'Upravljanje migracijama' | hub translit --to cyrl"})
public final class TranslitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "cyrl|latn", description = "Target alphabet.")
    String to;

    @Option(names = "--plain", description = "Treat the input as plain text, not Markdown.")
    boolean plain;

    /** The site whose word lists ({@code data/translit/}) are used. */
    @CommandLine.Mixin
    SiteOption site;

    /** Where the text comes from; standard input unless a test sets it. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException {
        boolean cyrillic = switch (to) {
            case "cyrl", "cyrillic" -> true;
            case "latn", "latin" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--to must be 'cyrl' or 'latn', not '" + to + "'");
        };
        SerbianTransliterator transliterator = TranslitWordLists.load(site.folder().toAbsolutePath().normalize(),
                Converters.layout(site.folder(), new JBakeEngine())).transliterator();
        String text = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        String converted;
        if (plain) {
            converted = cyrillic ? transliterator.toCyrillic(text) : transliterator.toLatin(text);
        } else {
            MarkdownTransliterator markdown = new MarkdownTransliterator(transliterator);
            converted = cyrillic ? markdown.toCyrillic(text) : markdown.toLatin(text);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(converted);
        out.flush();
        return HubCommand.OK;
    }
}
