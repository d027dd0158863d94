package rs.iom.hub.content;


import rs.iom.hub.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which files beside the pages in {@code content/} the site publishes. Why: the site is served from one
 * origin, and a web page ({@code .html}), a script or an SVG picture with a script in it, published from
 * {@code content/}, would run as part of the site — outside its templates and their security policy — on the word
 * of anyone who can add a file. So {@code content/} publishes only the types listed here (pictures, documents,
 * archives), each only when its first bytes show that it is what its name says (GitHub Pages serves a file by its
 * name: a web page renamed {@code .pdf} must not go out), and SVG pictures only when {@link SafeSvg} finds nothing but
 * a picture in them. Everything else is an error naming the allowed types. The maintainers' {@code assets/} folder
 * is not limited.
 */
public final class Attachments {
    /** What {@code content/} may publish, by extension: what a file of that type is called in messages. */
    private static final Map<String, String> TYPES = new LinkedHashMap<>();
    /** Bytes read from the start of a file to recognise its type. */
    private static final int HEAD = 1024;
    /** SVG pictures are read whole to be checked; larger ones are refused. */
    private static final long MAX_SVG_BYTES = 10L * 1024 * 1024;

    static {
        for (String[] type : new String[][]{
                {"jpg", "a JPEG picture"}, {"jpeg", "a JPEG picture"}, {"png", "a PNG picture"},
                {"gif", "a GIF picture"}, {"webp", "a WebP picture"}, {"avif", "an AVIF picture"},
                {"svg", "an SVG picture"},
                {"pdf", "a PDF document"}, {"doc", "a Word document"}, {"docx", "a Word document"},
                {"xls", "an Excel workbook"}, {"xlsx", "an Excel workbook"},
                {"ppt", "a PowerPoint presentation"}, {"pptx", "a PowerPoint presentation"},
                {"odt", "an OpenDocument text"}, {"ods", "an OpenDocument spreadsheet"},
                {"odp", "an OpenDocument presentation"}, {"rtf", "an RTF document"},
                {"csv", "a CSV table"}, {"txt", "a text file"}, {"zip", "a ZIP archive"}}) {
            TYPES.put(type[0], type[1]);
        }
    }

    /**
     * The types a reader downloads rather than sees in the page (documents and archives, not pictures): a link to one
     * shows its type and size ({@link #documentType}).
     */
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("pdf", "doc", "docx", "xls", "xlsx",
            "ppt", "pptx", "odt", "ods", "odp", "rtf", "csv", "txt", "zip");

    /** The allowed types, as the hint of every refusal lists them. */
    public static final String ALLOWED = "content/ publishes only pictures (jpg, jpeg, png, gif, webp, avif, svg), "
            + "documents (pdf, doc, docx, xls, xlsx, ppt, pptx, odt, ods, odp, rtf, csv, txt) and zip archives";

    private Attachments() {
    }

    /** True when a file of {@code content/} named {@code path} is of a type the site publishes (by its name only). */
    public static boolean isAllowed(String path) {
        return TYPES.containsKey(extension(path));
    }

    /**
     * The type of the document at {@code path} (a file name, a site path, or the path of an address on another site) as
     * a page names it next to a link to it: its ending in capitals ({@code PDF}, {@code DOCX}); empty for a file that
     * is not a document or archive the site publishes (pictures, pages, unknown types).
     */
    public static Optional<String> documentType(String path) {
        Objects.requireNonNull(path, "path");
        String extension = extension(path);
        return DOCUMENTS.contains(extension) ? Optional.of(extension.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Why the attachment {@code source} (site-relative, in {@code content/}) cannot be published, if it cannot: its
     * type is not allowed, its content is not what its name says, or it is an SVG picture with more than a picture
     * in it. Reads the start of the file (all of it for SVG).
     */
    public static Optional<Problem> check(Path site, String source) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(source, "source");
        String extension = extension(source);
        if (!TYPES.containsKey(extension)) {
            return Optional.of(refused(source, extension));
        }
        try {
            Path file = site.resolve(source);
            if (extension.equals("svg")) {
                if (Files.size(file) > MAX_SVG_BYTES) {
                    return Optional.of(Problem.error(source, 0, 0, "this SVG picture is larger than "
                                    + MAX_SVG_BYTES / 1024 / 1024 + " MB, too large to check that it is only a picture",
                            "export it as PNG or JPEG instead"));
                }
                return SafeSvg.problem(Files.readAllBytes(file)).map(reason -> Problem.error(source, 0, 0,
                        "this SVG picture " + reason + ": content/ publishes SVG pictures only when they are "
                                + "pictures and nothing else",
                        "export the picture again as plain SVG (or as PNG), without scripts, links or embedded "
                                + "content; if the site needs it as it is, a maintainer can put it in assets/"));
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            if (matches(extension, head)) {
                return Optional.empty();
            }
            String expected = TYPES.get(extension);
            return Optional.of(Problem.error(source, 0, 0, "the file's name ends in ." + extension + ", but it is not "
                            + expected + " (" + whatItIs(head) + ")",
                    "save or export it again as " + expected + ", or name it "
                            + "after what it is; the site publishes a file only when its content matches its name"));
        } catch (IOException e) {
            return Optional.of(Problem.error(source, 0, 0, "the file cannot be read: " + e.getMessage(),
                    "check that it can be read"));
        }
    }

    private static Problem refused(String source, String extension) {
        if (extension.isEmpty()) {
            return Problem.error(source, 0, 0, "this file has no type (an ending such as .pdf or .jpg), so it "
                    + "cannot be published from content/", ALLOWED + "; add the ending that says what it is");
        }
        String type = "." + source.substring(source.length() - extension.length());
        return switch (extension) {
            case "html", "htm", "xhtml", "shtml", "xht", "mht", "mhtml" -> Problem.error(source, 0, 0,
                    "web pages (" + type + ") cannot be published from content/: they could run scripts on the site",
                    "write the page in Markdown (.md) instead; " + ALLOWED);
            case "js", "mjs", "cjs", "css", "wasm" -> Problem.error(source, 0, 0,
                    "scripts and style sheets (" + type + ") cannot be published from content/",
                    "ask a maintainer: the site's own scripts and styles live in assets/; " + ALLOWED);
            case "md", "markdown" -> Problem.error(source, 0, 0,
                    "a Markdown file must end in .md, in small letters (this one ends in " + type + ")",
                    "rename it to end in .md");
            default -> Problem.error(source, 0, 0, "files of type " + type + " cannot be published from content/",
                    ALLOWED + "; convert the file to one of these types (e.g. PDF)");
        };
    }

    /** True when {@code head} (the first bytes of a file) starts like a file of type {@code extension}. */
    static boolean matches(String extension, byte[] head) {
        return switch (extension) {
            case "jpg", "jpeg" -> startsWith(head, 0, 0xFF, 0xD8, 0xFF);
            case "png" -> startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "gif" -> startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a");
            case "webp" -> startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP");
            case "avif" -> isAvif(head);
            case "pdf" -> startsWith(head, 0, "%PDF-");
            case "doc", "xls", "ppt" -> isOle(head);
            case "docx", "xlsx", "pptx", "odt", "ods", "odp" -> isZip(head);
            case "zip" -> isZip(head) || startsWith(head, 0, 'P', 'K', 5, 6);
            case "rtf" -> startsWith(head, 0, "{\\rtf");
            case "csv", "txt" -> !looksLikeMarkup(head);
            default -> false;
        };
    }

    /** What a file starting with {@code head} looks like, for messages. */
    static String whatItIs(byte[] head) {
        if (head.length == 0) {
            return "the file is empty";
        }
        if (looksLikeMarkup(head)) {
            return "it looks like a web page or other markup";
        }
        for (String extension : List.of("jpg", "png", "gif", "webp", "avif", "pdf", "doc", "zip", "rtf")) {
            if (matches(extension, head)) {
                String kind = extension.equals("doc") ? "an old-style Office document"
                        : extension.equals("zip") ? "a ZIP archive or an Office document" : TYPES.get(extension);
                return "it looks like " + kind;
            }
        }
        return "its content is of a type hub does not recognise";
    }

    private static boolean isOle(byte[] head) {
        return startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static boolean isZip(byte[] head) {
        return startsWith(head, 0, 'P', 'K', 3, 4);
    }

    /** An ISO-BMFF file whose first box ({@code ftyp}) names the AVIF brand. */
    private static boolean isAvif(byte[] head) {
        if (!startsWith(head, 4, "ftyp") || head.length < 12) {
            return false;
        }
        int size = (head[0] & 0xFF) << 24 | (head[1] & 0xFF) << 16 | (head[2] & 0xFF) << 8 | head[3] & 0xFF;
        int end = Math.min(Math.max(size, 12), head.length);
        for (int at = 8; at + 4 <= end; at += 4) {
            if (at != 12 && (startsWith(head, at, "avif") || startsWith(head, at, "avis"))) {
                return true; // the major brand (at 8) or a compatible one (from 16); 12 is the minor version
            }
        }
        return false;
    }

    /** True when the text starts (after a byte-order mark and blanks) with an HTML or XML tag. */
    static boolean looksLikeMarkup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int at = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        String start = text.substring(at).toLowerCase(Locale.ROOT);
        for (String tag : List.of("<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<!--",
                "<iframe", "<meta", "<style", "<title", "<div", "<p>", "<a ", "<img")) {
            if (start.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int offset, String ascii) {
        return startsWith(head, offset, ascii.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int offset, int... bytes) {
        if (head.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The extension of a file name in small letters ({@code ""} when it has none). */
    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
