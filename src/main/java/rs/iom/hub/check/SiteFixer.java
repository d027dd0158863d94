package rs.iom.hub.check;

import rs.iom.hub.content.ContentFiles;
import rs.iom.hub.content.OldDjSpelling;
import rs.iom.hub.text.Utf8;
import rs.iom.hub.translit.MixedScriptFinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code hub check --fix}: repairs what can be repaired safely in the content files — byte-order marks, words that
 * mix the Latin and Cyrillic alphabets and, in Serbian files, the old spelling of đ as "dj" where the word list leaves
 * no doubt ({@link OldDjSpelling}) — each file replaced in one step, keeping its permissions.
 */
public final class SiteFixer {
    private static final MixedScriptFinder MIXED_SCRIPT = new MixedScriptFinder();
    /** The language folder of Serbian content, whose text is checked for the old spelling of đ. */
    private static final String SERBIAN = "sr";

    private final Path site;
    private final String contentFolder;

    /** A fixer for the content folder {@code contentFolder} of {@code site}. */
    public SiteFixer(Path site, String contentFolder) {
        this.site = Objects.requireNonNull(site, "site").toAbsolutePath().normalize();
        this.contentFolder = Objects.requireNonNull(contentFolder, "contentFolder");
    }

    /** Repairs byte-order marks, words that mix alphabets and the old dj spelling; returns one line per repaired file. */
    public List<String> fix() throws IOException {
        List<String> fixed = new ArrayList<>();
        for (String source : ContentFiles.list(site, contentFolder)) {
            if (!ContentFiles.isMarkdown(source)) {
                continue;
            }
            Path file = site.resolve(source);
            if (Files.isSymbolicLink(file)) {
                continue; // repaired where it really is, if that is in content/ (a new file must not replace a link)
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!Utf8.isValid(bytes)) {
                continue; // cannot be repaired safely: check reports it
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> changes = new ArrayList<>();
            String repaired = text;
            if (repaired.startsWith("\uFEFF")) {
                repaired = repaired.substring(1);
                changes.add("removed the byte-order mark");
            }
            int mixed = MIXED_SCRIPT.find(repaired).size();
            if (mixed > 0) {
                repaired = MIXED_SCRIPT.fix(repaired);
                changes.add("corrected " + mixed + (mixed == 1 ? " word" : " words") + " written in two alphabets");
            }
            if (source.startsWith(contentFolder + "/" + SERBIAN + "/")) {
                int old = OldDjSpelling.countFixable(source, repaired);
                if (old > 0) {
                    repaired = OldDjSpelling.fix(source, repaired);
                    changes.add("wrote đ for the old spelling dj in " + old + (old == 1 ? " word" : " words"));
                }
            }
            if (!changes.isEmpty()) {
                writeAtomically(file, repaired);
                fixed.add(source + ": " + String.join(", ", changes));
            }
        }
        return fixed;
    }

    /**
     * Writes {@code text} to a temporary file beside {@code file} and moves it over {@code file} in one step. The new
     * file gets the permissions of the old one (a temporary file is readable by its owner only, and the site's files
     * must stay readable to whoever builds or serves them).
     */
    static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
