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
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build cache's file format: what reading content files gave, and what a build rendered, written field by field.
 * Java's own serialization would do it in fewer lines, but takes five times as long to read the cache of a large
 * site on a cold JVM (reflection on every record), which is most of a no-change rebuild. A new field of
 * {@link Document} does not compile here until it is written and read (CacheCodecTest checks every field round-trips).
 *
 * <p>Reading never trusts a length: a broken file ends in {@link IllegalArgumentException}, and the cache is then
 * not used.</p>
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

    /** Writes {@code documents} into {@code stream} as it goes: a large site's cache is never all in memory twice. */
    static void encode(Documents documents, OutputStream stream) {
        Writer out = new Writer(stream);
        out.string(documents.readerSignature());
        out.count(documents.results().size());
        documents.results().forEach((source, result) -> {
            out.string(source);
            Document d = result.document().orElseThrow(() -> new IllegalArgumentException(
                    "only files that gave a document are kept, not " + source));
            out.string(d.source()).string(d.language()).string(d.path()).string(d.type().name())
                    .string(d.status().name()).string(d.title()).number(d.date().toEpochDay())
                    .string(d.translationKey()).number(d.translationKeyLine()).string(d.summary());
            out.count(d.tags().size());
            d.tags().forEach(out::string);
            out.nullable(d.image()).string(d.imageAlt()).nullable(d.menuOrder() == null ? null
                    : d.menuOrder().toString()).string(d.body()).string(d.text()).string(d.fingerprint());
            links(out, d.links());
            links(out, result.links());
            out.count(result.problems().size());
            for (Problem p : result.problems()) {
                out.string(p.file()).number(p.line()).number(p.column()).string(p.severity().name())
                        .string(p.message()).string(p.hint());
            }
        });
        out.count(documents.searchFiles().size());
        documents.searchFiles().forEach((key, stamps) -> {
            out.string(key).count(stamps.size());
            stamps.forEach(stamp -> out.string(stamp.name()).number(stamp.hash()));
        });
        out.flush();
    }

    static Documents decodeDocuments(byte[] bytes, int offset) {
        return decodeDocuments(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    }

    /** Reads documents from the rest of {@code buffer} (a mapped file: the file is not copied into memory first). */
    static Documents decodeDocuments(ByteBuffer buffer) {
        Reader in = new Reader(buffer);
        try {
            String signature = in.string();
            int count = in.count();
            Map<String, DocumentReader.Result> results = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String source = in.string();
                Document document = new Document(in.string(), in.string(), in.string(),
                        DocumentType.valueOf(in.string()), DocumentStatus.valueOf(in.string()), in.string(),
                        LocalDate.ofEpochDay(in.number()), in.string(), (int) in.number(), in.string(), strings(in),
                        in.nullable(), in.string(), menu(in.nullable()), in.string(), in.string(), in.string(),
                        links(in));
                List<MarkdownLink> links = links(in);
                int problemCount = in.count();
                List<Problem> problems = new ArrayList<>(problemCount);
                for (int p = 0; p < problemCount; p++) {
                    problems.add(new Problem(in.string(), (int) in.number(), (int) in.number(),
                            Severity.valueOf(in.string()), in.string(), in.string()));
                }
                results.put(source, new DocumentReader.Result(Optional.of(document), links, problems));
            }
            int memoCount = in.count();
            Map<String, List<SearchIndexBuilder.FileStamp>> searchFiles = new LinkedHashMap<>();
            for (int i = 0; i < memoCount; i++) {
                String key = in.string();
                int stampCount = in.count();
                List<SearchIndexBuilder.FileStamp> stamps = new ArrayList<>(stampCount);
                for (int s = 0; s < stampCount; s++) {
                    stamps.add(new SearchIndexBuilder.FileStamp(in.string(), in.number()));
                }
                searchFiles.put(key, stamps);
            }
            in.end();
            return new Documents(signature, results, searchFiles);
        } catch (BufferUnderflowException | NullPointerException e) {
            throw new IllegalArgumentException("the cache file is broken", e);
        }
    }

    static byte[] encode(Pages pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(pages, bytes);
        return bytes.toByteArray();
    }

    static void encode(Pages pages, OutputStream stream) {
        Writer out = new Writer(stream);
        out.string(pages.output()).number(pages.signature());
        out.count(pages.inputs().size());
        pages.inputs().forEach((file, inputs) -> out.string(file).number(inputs).nullable(pages.stamps().get(file)));
        out.flush();
    }

    static Pages decodePages(byte[] bytes, int offset) {
        return decodePages(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    }

    static Pages decodePages(ByteBuffer buffer) {
        Reader in = new Reader(buffer);
        try {
            String output = in.string();
            long signature = in.number();
            int count = in.count();
            Map<String, Long> inputs = new LinkedHashMap<>();
            Map<String, String> stamps = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String file = in.string();
                inputs.put(file, in.number());
                String stamp = in.nullable();
                if (stamp != null) {
                    stamps.put(file, stamp);
                }
            }
            in.end();
            return new Pages(output, signature, inputs, stamps);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the cache file is broken", e);
        }
    }

    private static void links(Writer out, List<MarkdownLink> links) {
        out.count(links.size());
        for (MarkdownLink link : links) {
            LinkTargets.Target target = link.target();
            out.number(link.image() ? 1 : 0).string(link.destination()).string(target.kind().name())
                    .nullable(target.path()).nullable(target.fragment()).nullable(target.sitePath())
                    .string(link.text()).number(link.line()).number(link.column()).string(link.part().name());
        }
    }

    private static List<MarkdownLink> links(Reader in) {
        int count = in.count();
        List<MarkdownLink> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            links.add(new MarkdownLink(in.number() == 1, in.string(), new LinkTargets.Target(
                    LinkTargets.Kind.valueOf(in.string()), in.nullable(), in.nullable(), in.nullable()), in.string(),
                    (int) in.number(), (int) in.number(), MarkdownLink.Part.valueOf(in.string())));
        }
        return links;
    }

    private static List<String> strings(Reader in) {
        int count = in.count();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.string());
        }
        return strings;
    }

    private static Integer menu(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    /** Strings as their UTF-8 length (-1: null) and bytes; numbers as 8 bytes. */
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

        Writer count(int value) {
            return number(value);
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Reader {
        private final ByteBuffer buffer;
        private byte[] scratch = new byte[1 << 12];

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        String string() {
            String value = nullable();
            if (value == null) {
                throw new IllegalArgumentException("the cache file is broken: a value is missing");
            }
            return value;
        }

        String nullable() {
            int length = buffer.getInt();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("the cache file is broken: a length of " + length);
            }
            if (buffer.hasArray()) {
                String value = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length,
                        StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
                return value;
            }
            if (scratch.length < length) {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            buffer.get(scratch, 0, length);
            return new String(scratch, 0, length, StandardCharsets.UTF_8);
        }

        long number() {
            return buffer.getLong();
        }

        int count() {
            long count = buffer.getLong();
            // every element takes at least four bytes: a larger count is a broken file, not a reason to run out of memory
            if (count < 0 || count > buffer.remaining() / 4) {
                throw new IllegalArgumentException("the cache file is broken: a count of " + count);
            }
            return (int) count;
        }

        void end() {
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException("the cache file is broken: " + buffer.remaining() + " bytes too many");
            }
        }
    }
}
