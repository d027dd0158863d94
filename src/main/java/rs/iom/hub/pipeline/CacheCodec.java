package rs.iom.hub.pipeline;

import rs.iom.hub.content.Document;
import rs.iom.hub.content.DocumentReader;
import rs.iom.hub.content.DocumentStatus;
import rs.iom.hub.content.DocumentType;
import rs.iom.hub.markdown.LinkTargets;
import rs.iom.hub.markdown.MarkdownLink;
import rs.iom.hub.problem.Problem;
import rs.iom.hub.problem.Severity;
import rs.iom.hub.search.SearchIndexBuilder;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The build cache's file format: what reading content files gave, and what a build rendered, written field by field
 * and read as a stream (a large site's cache is tens of MB, never held in memory as bytes). Java's own serialization
 * would do it in fewer lines, but takes five times as long to read the cache of a large site on a cold JVM
 * (reflection on every record), which is most of a no-change rebuild. A new field of {@link Document} does not
 * compile here until it is written and read (CacheCodecTest checks every field round-trips).
 *
 * <p>Reading never trusts a length or a count beyond the bytes the file has left: a broken file ends in
 * {@link IllegalArgumentException}, and the cache is then not used.</p>
 */
final class CacheCodec {
    private CacheCodec() {
    }

    /** What reading the content files gave, as kept: the reader's settings, then each file's result. */
    record Documents(String readerSignature, Map<String, DocumentReader.Result> results,
                     Map<String, List<SearchIndexBuilder.FileStamp>> searchFiles) {
    }

    /** What a build published into {@code output}: each page's inputs hash and its file's size and time. */
    record Pages(String output, long signature, Map<String, Long> inputs, Map<String, String> stamps) {
    }

    static byte[] encode(Documents documents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(documents, bytes);
        return bytes.toByteArray();
    }

    /** Writes {@code documents} into {@code stream} as it goes. */
    static void encode(Documents documents, OutputStream stream) {
        Writer out = new Writer(stream);
        out.string(documents.readerSignature());
        out.list(documents.results().entrySet(), (o, entry) -> {
            DocumentReader.Result result = entry.getValue();
            Document d = result.document().orElseThrow(() -> new IllegalArgumentException(
                    "only files that gave a document are kept, not " + entry.getKey()));
            o.string(entry.getKey()).string(d.source()).string(d.language()).string(d.path()).string(d.type().name())
                    .string(d.status().name()).string(d.title()).number(d.date().toEpochDay())
                    .string(d.translationKey()).number(d.translationKeyLine()).string(d.summary())
                    .list(d.tags(), Writer::string)
                    .nullable(d.image()).string(d.imageAlt()).string(d.imageCaption()).string(d.imageCredit())
                    .nullable(d.menuOrder() == null ? null : d.menuOrder().toString())
                    .string(d.body()).string(d.text()).string(d.fingerprint())
                    .list(d.links(), CacheCodec::link)
                    .list(d.fieldLines().entrySet(), (w, line) -> w.string(line.getKey()).number(line.getValue()))
                    .list(result.links(), CacheCodec::link)
                    .list(result.problems(), (w, p) -> w.string(p.file()).number(p.line()).number(p.column())
                            .string(p.severity().name()).string(p.message()).string(p.hint()));
        });
        out.list(documents.searchFiles().entrySet(), (o, memo) -> o.string(memo.getKey())
                .list(memo.getValue(), (w, stamp) -> w.string(stamp.name()).number(stamp.hash())));
        out.flush();
    }

    static Documents decodeDocuments(byte[] bytes, int offset) {
        return decodeDocuments(new ByteArrayInputStream(bytes, offset, bytes.length - offset), bytes.length - offset);
    }

    /** Reads documents from the next {@code length} bytes of {@code stream}, which must be all it has. */
    static Documents decodeDocuments(InputStream stream, long length) {
        Reader in = new Reader(stream, length);
        String signature = in.string();
        Map<String, DocumentReader.Result> results = new LinkedHashMap<>();
        in.each(r -> {
            String source = r.string();
            Document document = new Document(r.string(), r.string(), r.string(), DocumentType.valueOf(r.string()),
                    DocumentStatus.valueOf(r.string()), r.string(), LocalDate.ofEpochDay(r.number()), r.string(),
                    (int) r.number(), r.string(), r.list(Reader::string), r.nullable(), r.string(), r.string(),
                    r.string(), menu(r.nullable()), r.string(), r.string(), r.string(), r.list(CacheCodec::link),
                    fieldLines(r.list(l -> Map.entry(l.string(), (int) l.number()))));
            List<MarkdownLink> links = r.list(CacheCodec::link);
            List<Problem> problems = r.list(p -> new Problem(p.string(), (int) p.number(), (int) p.number(),
                    Severity.valueOf(p.string()), p.string(), p.string()));
            results.put(source, new DocumentReader.Result(Optional.of(document), links, problems));
        });
        Map<String, List<SearchIndexBuilder.FileStamp>> searchFiles = new LinkedHashMap<>();
        in.each(r -> searchFiles.put(r.string(), r.list(s -> new SearchIndexBuilder.FileStamp(s.string(),
                s.number()))));
        in.end();
        return new Documents(signature, results, searchFiles);
    }

    private static Map<String, Integer> fieldLines(List<Map.Entry<String, Integer>> entries) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        entries.forEach(e -> lines.put(e.getKey(), e.getValue()));
        return lines;
    }

    static byte[] encode(Pages pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(pages, bytes);
        return bytes.toByteArray();
    }

    static void encode(Pages pages, OutputStream stream) {
        Writer out = new Writer(stream);
        out.string(pages.output()).number(pages.signature());
        out.list(pages.inputs().entrySet(), (o, page) -> o.string(page.getKey()).number(page.getValue())
                .nullable(pages.stamps().get(page.getKey())));
        out.flush();
    }

    static Pages decodePages(byte[] bytes, int offset) {
        return decodePages(new ByteArrayInputStream(bytes, offset, bytes.length - offset), bytes.length - offset);
    }

    static Pages decodePages(InputStream stream, long length) {
        Reader in = new Reader(stream, length);
        String output = in.string();
        long signature = in.number();
        Map<String, Long> inputs = new LinkedHashMap<>();
        Map<String, String> stamps = new LinkedHashMap<>();
        in.each(r -> {
            String file = r.string();
            inputs.put(file, r.number());
            String stamp = r.nullable();
            if (stamp != null) {
                stamps.put(file, stamp);
            }
        });
        in.end();
        return new Pages(output, signature, inputs, stamps);
    }

    private static void link(Writer out, MarkdownLink link) {
        LinkTargets.Target target = link.target();
        out.number(link.image() ? 1 : 0).string(link.destination()).string(target.kind().name())
                .nullable(target.path()).nullable(target.fragment()).nullable(target.sitePath())
                .string(link.text()).number(link.line()).number(link.column()).string(link.part().name());
    }

    private static MarkdownLink link(Reader in) {
        return new MarkdownLink(in.number() == 1, in.string(), new LinkTargets.Target(
                LinkTargets.Kind.valueOf(in.string()), in.nullable(), in.nullable(), in.nullable()), in.string(),
                (int) in.number(), (int) in.number(), MarkdownLink.Part.valueOf(in.string()));
    }

    private static Integer menu(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** Strings as their UTF-8 length (-1: null) and bytes; numbers as 8 bytes; lists as their size, then each item. */
    private static final class Writer {
        private final DataOutputStream out;

        Writer(OutputStream stream) {
            out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        }

        Writer string(String value) {
            if (value == null) {
                throw new IllegalArgumentException("a value the cache keeps is missing");
            }
            return nullable(value);
        }

        Writer nullable(String value) {
            try {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Writer number(long value) {
            try {
                out.writeLong(value);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        <T> Writer list(Collection<T> items, BiConsumer<Writer, T> item) {
            number(items.size());
            items.forEach(each -> item.accept(this, each));
            return this;
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads what {@link Writer} wrote, never past the {@code length} bytes the stream was said to have. */
    private static final class Reader {
        private final DataInputStream in;
        private long remaining;
        private byte[] scratch = new byte[1 << 12];

        Reader(InputStream stream, long length) {
            this.in = new DataInputStream(stream);
            this.remaining = length;
        }

        private void take(long bytes) {
            if (bytes > remaining) {
                throw new IllegalArgumentException("the cache file is broken: it ends too soon");
            }
            remaining -= bytes;
        }

        String string() {
            String value = nullable();
            if (value == null) {
                throw new IllegalArgumentException("the cache file is broken: a value is missing");
            }
            return value;
        }

        String nullable() {
            try {
                take(4);
                int length = in.readInt();
                if (length == -1) {
                    return null;
                }
                if (length < 0) {
                    throw new IllegalArgumentException("the cache file is broken: a length of " + length);
                }
                take(length);
                if (scratch.length < length) {
                    scratch = new byte[Math.max(length, scratch.length * 2)];
                }
                in.readFully(scratch, 0, length);
                return new String(scratch, 0, length, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        long number() {
            try {
                take(8);
                return in.readLong();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A list: its size, then each item. */
        <T> List<T> list(Function<Reader, T> item) {
            List<T> items = new ArrayList<>();
            each(r -> items.add(item.apply(r)));
            return items;
        }

        /** Reads each item of a list (every item takes at least four bytes, so a larger size is a broken file). */
        void each(Consumer<Reader> item) {
            long size = number();
            if (size < 0 || size > remaining / 4) {
                throw new IllegalArgumentException("the cache file is broken: a count of " + size);
            }
            for (long i = 0; i < size; i++) {
                item.accept(this);
            }
        }

        void end() {
            if (remaining != 0) {
                throw new IllegalArgumentException("the cache file is broken: " + remaining + " bytes too many");
            }
        }
    }
}
