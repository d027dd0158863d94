import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarises a JFR recording of a hub build (bench/profile): where the execution samples fall (by component, by
 * build phase, by top frame, by thread), with the time window of each phase, plus GC, heap, compilation and class
 * loading figures. Run as a single-file program: {@code java bench/jfr/JfrSummary.java recording.jfr}.
 *
 * <p>Samples are jdk.ExecutionSample (threads running Java code) plus jdk.NativeMethodSample (threads in native
 * code, e.g. file I/O); native samples of threads parked or waiting in native (idle pool threads) are left out.
 */
public final class JfrSummary {

    /** Components, by package prefix; the first non-JDK frame from the top of the stack decides. */
    private static final String[][] COMPONENTS = {
            {"com.orientechnologies.", "OrientDB"},
            {"com.vladsch.flexmark.", "flexmark (Markdown)"},
            {"freemarker.", "Freemarker (templates)"},
            {"com.ibm.icu.", "ICU4J (transliteration, dates)"},
            {"org.jsoup.", "jsoup"},
            {"org.yaml.snakeyaml.", "SnakeYAML"},
            {"org.jbake.", "JBake"},
            {"org.apache.commons.configuration2.", "commons-configuration"},
            {"org.apache.commons.", "commons-*"},
            {"picocli.", "picocli"},
            {"ch.qos.logback.", "logging"},
            {"org.slf4j.", "logging"},
            {"rs.iom.hub.", "hub code"},
    };

    /** Build phases, by a frame anywhere in the stack (innermost match wins, so nested phases are kept apart). */
    private static final String[][] PHASES = {
            {"rs.iom.hub.cli.HubCommand.main", "CLI (picocli, setup)"},
            {"org.jbake.app.ContentStore.startup", "OrientDB start (ContentStore.startup)"},
            {"org.jbake.app.ContentStore.<init>", "OrientDB start (ContentStore.<init>)"},
            {"org.jbake.app.Oven.<init>", "JBake Oven setup"},
            {"org.jbake.app.Oven.bake", "JBake Oven.bake (other)"},
            {"org.jbake.app.ContentStore.updateSchema", "OrientDB schema"},
            {"org.jbake.app.ContentStore.drop", "OrientDB drop/close"},
            {"org.jbake.app.ContentStore.close", "OrientDB drop/close"},
            {"org.jbake.app.ContentStore.shutdown", "OrientDB drop/close"},
            {"org.jbake.app.Asset.", "JBake asset copy"},
            {"org.jbake.app.Renderer.", "JBake renderers (other)"},
            {"rs.iom.hub.build.SiteLoader.load", "load: settings, listing, indexing"},
            {"rs.iom.hub.build.SiteLoader.read", "load: read + parse documents"},
            {"rs.iom.hub.content.DocumentReader.read", "load: read + parse documents"},
            {"rs.iom.hub.build.BakeSession.checkLinks", "link check"},
            {"rs.iom.hub.build.SitePages.plan", "plan pages"},
            {"rs.iom.hub.build.SiteRenderer.render", "render: other (pool, bookkeeping)"},
            {"rs.iom.hub.build.SiteRenderer.lambda", "render: write files"},
            {"rs.iom.hub.build.TemplateEngine.render", "render: Freemarker"},
            {"rs.iom.hub.build.SitePages.lambda", "render: page models"},
            {"rs.iom.hub.build.SitePages.documentView", "render: page models"},
            {"rs.iom.hub.build.SiteBuilder.swap", "output swap + delete"},
            {"rs.iom.hub.build.SiteBuilder.deleteRecursively", "output swap + delete"},
    };

    /** Methods whose inclusive share (samples with the method anywhere in the stack) is printed. */
    private static final String[] INCLUSIVE = {
            "rs.iom.hub.content.DocumentReader.read",
            "rs.iom.hub.content.FrontMatterParser.",
            "rs.iom.hub.markdown.MarkdownRenderer.render",
            "rs.iom.hub.markdown.MarkdownRenderer.firstParagraphText",
            "com.vladsch.flexmark.parser.Parser.parse",
            "com.vladsch.flexmark.html.HtmlRenderer.render",
            "com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor.process",
            "com.vladsch.flexmark.util.ast.TextCollectingVisitor.collectAndGetText",
            "rs.iom.hub.content.DocumentReader.sha256",
            "rs.iom.hub.site.SiteContent.",
            "rs.iom.hub.build.SitePages.plan",
            "rs.iom.hub.build.SitePages.pagination",
            "rs.iom.hub.build.SitePages.cards",
            "rs.iom.hub.build.SitePages.documentView",
            "rs.iom.hub.content.LinkTokens.resolve",
            "freemarker.template.Configuration.getTemplate",
            "freemarker.cache.FileTemplateLoader.findTemplateSource",
            "freemarker.cache.TemplateCache.getTemplate",
            "freemarker.template.Template.process",
            "freemarker.core.Environment.include",
            "freemarker.core.Environment.importLib",
            "java.nio.file.Files.createDirectories",
            "java.nio.file.Files.write",
            "java.nio.file.Files.readAllBytes",
            "java.lang.String.getBytes",
            "rs.iom.hub.build.SiteBuilder.swap",
            "rs.iom.hub.build.SiteBuilder.deleteRecursively",
            "org.jbake.app.ContentStore.startup",
            "com.orientechnologies.orient.core.metadata.security.",
            "com.orientechnologies.orient.core.security.",
            "org.jbake.app.Asset.",
    };

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java JfrSummary.java recording.jfr");
            System.exit(2);
        }
        Map<String, Long> byComponent = new HashMap<>();
        Map<String, Long> byPhase = new HashMap<>();
        Map<String, Instant[]> phaseWindow = new HashMap<>();
        Map<String, Long> byTop = new HashMap<>();
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Map<String, Long>> callers = new HashMap<>();
        Map<String, Long> inclusive = new LinkedHashMap<>();
        long samples = 0;
        long nativeSamples = 0;
        long gcCount = 0;
        Duration gcTotal = Duration.ZERO;
        Duration gcLongest = Duration.ZERO;
        Duration pauseTotal = Duration.ZERO;
        long heapUsedMax = 0;
        long heapCommittedMax = 0;
        long heapReserved = 0;
        Duration compileTotal = Duration.ZERO;
        long compilations = 0;
        long classesLoaded = 0;
        Instant first = null;
        Instant last = null;
        Instant jvmStart = null;
        Map<String, Long> gcNames = new java.util.TreeMap<>();
        List<String> flags = new ArrayList<>();

        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                Instant t = e.getStartTime();
                if (first == null || t.isBefore(first)) {
                    first = t;
                }
                if (last == null || e.getEndTime().isAfter(last)) {
                    last = e.getEndTime();
                }
                switch (type) {
                    case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                        RecordedStackTrace stack = e.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            break;
                        }
                        List<RecordedFrame> frames = stack.getFrames();
                        String top = name(frames.get(0));
                        boolean isNative = type.equals("jdk.NativeMethodSample");
                        if (isNative && idle(top)) {
                            break;
                        }
                        samples++;
                        if (isNative) {
                            nativeSamples++;
                        }
                        String topKey = top + (isNative ? " [native]" : "");
                        byTop.merge(topKey, 1L, Long::sum);
                        callers.computeIfAbsent(topKey, k -> new HashMap<>()).merge(caller(frames), 1L, Long::sum);
                        RecordedThread thread = e.getThread("sampledThread");
                        byThread.merge(threadGroup(thread), 1L, Long::sum);
                        byComponent.merge(component(frames), 1L, Long::sum);
                        java.util.Set<String> seen = new java.util.HashSet<>();
                        for (RecordedFrame frame : frames) {
                            String n = name(frame);
                            for (String prefix : INCLUSIVE) {
                                if (n.startsWith(prefix) && seen.add(prefix)) {
                                    inclusive.merge(prefix, 1L, Long::sum);
                                }
                            }
                        }
                        String phase = phase(frames);
                        byPhase.merge(phase, 1L, Long::sum);
                        phaseWindow.compute(phase, (k, w) -> {
                            if (w == null) {
                                return new Instant[]{t, t};
                            }
                            if (t.isBefore(w[0])) {
                                w[0] = t;
                            }
                            if (t.isAfter(w[1])) {
                                w[1] = t;
                            }
                            return w;
                        });
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcTotal = gcTotal.plus(e.getDuration());
                        pauseTotal = pauseTotal.plus(e.getDuration("sumOfPauses"));
                        if (e.getDuration("longestPause").compareTo(gcLongest) > 0) {
                            gcLongest = e.getDuration("longestPause");
                        }
                        gcNames.merge(e.getString("name") + " (" + e.getString("cause") + ")", 1L, Long::sum);
                    }
                    case "jdk.GCHeapSummary" -> {
                        heapUsedMax = Math.max(heapUsedMax, e.getLong("heapUsed"));
                        heapCommittedMax = Math.max(heapCommittedMax, ((Number) e.getValue("heapSpace.committedSize")).longValue());
                        heapReserved = Math.max(heapReserved, ((Number) e.getValue("heapSpace.reservedSize")).longValue());
                    }
                    case "jdk.Compilation" -> {
                        compilations++;
                        compileTotal = compileTotal.plus(e.getDuration());
                    }
                    case "jdk.ClassLoadingStatistics" ->
                            classesLoaded = Math.max(classesLoaded, e.getLong("loadedClassCount"));
                    case "jdk.JVMInformation" -> {
                        jvmStart = e.getInstant("jvmStartTime");
                        flags.add(e.getString("jvmArguments"));
                    }
                    default -> {
                    }
                }
            }
        }

        Instant origin = jvmStart != null ? jvmStart : first;
        System.out.printf(Locale.ROOT, "Recording: %s; %.1f s from JVM start to the last event%n", args[0],
                seconds(Duration.between(origin, last)));
        if (!flags.isEmpty()) {
            System.out.println("JVM arguments: " + flags.get(0));
        }
        System.out.printf(Locale.ROOT, "Samples: %d (%d of them in native code, idle waits left out)%n%n", samples,
                nativeSamples);
        print("By component (first non-JDK frame from the top of the stack)", byComponent, samples, 20);
        System.out.println("By build phase (innermost phase frame in the stack; window = first..last sample, seconds"
                + " from JVM start)");
        List<Map.Entry<String, Long>> phases = sorted(byPhase);
        for (Map.Entry<String, Long> entry : phases) {
            Instant[] w = phaseWindow.get(entry.getKey());
            System.out.printf(Locale.ROOT, "  %5.1f%%  %7d  %-45s %6.1f .. %6.1f%n", 100.0 * entry.getValue() / samples,
                    entry.getValue(), entry.getKey(), seconds(Duration.between(origin, w[0])),
                    seconds(Duration.between(origin, w[1])));
        }
        System.out.println();
        System.out.println("Inclusive (samples with the method anywhere in the stack; they overlap)");
        for (String prefix : INCLUSIVE) {
            long count = inclusive.getOrDefault(prefix, 0L);
            System.out.printf(Locale.ROOT, "  %5.1f%%  %7d  %s%n", 100.0 * count / samples, count, prefix);
        }
        System.out.println();
        print("By thread", byThread, samples, 12);
        print("Top frames (self)", byTop, samples, 30);
        System.out.println("Who calls the top 12 frames (first non-JDK frame below them, up to 3 each)");
        int shownTops = 0;
        for (Map.Entry<String, Long> entry : sorted(byTop)) {
            if (shownTops++ == 12) {
                break;
            }
            System.out.printf(Locale.ROOT, "  %s (%d)%n", entry.getKey(), entry.getValue());
            int shownCallers = 0;
            for (Map.Entry<String, Long> c : sorted(callers.get(entry.getKey()))) {
                if (shownCallers++ == 3) {
                    break;
                }
                System.out.printf(Locale.ROOT, "      %5d  %s%n", c.getValue(), c.getKey());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "GC: %d collections, %.2f s in GC events, %.2f s of pauses, longest pause"
                        + " %.0f ms; %s%n", gcCount, seconds(gcTotal), seconds(pauseTotal),
                gcLongest.toNanos() / 1e6, gcNames);
        System.out.printf(Locale.ROOT, "Heap: peak used %.0f MiB (at GC boundaries), peak committed %.0f MiB, "
                + "reserved (max) %.0f MiB%n", mib(heapUsedMax), mib(heapCommittedMax), mib(heapReserved));
        System.out.printf(Locale.ROOT, "JIT: %d compilations, %.1f s compiling (compiler threads)%n", compilations,
                seconds(compileTotal));
        System.out.printf(Locale.ROOT, "Classes loaded: %d%n", classesLoaded);
    }

    private static boolean idle(String top) {
        return top.startsWith("jdk.internal.misc.Unsafe.park") || top.startsWith("java.lang.Object.wait")
                || top.startsWith("java.lang.Thread.sleep") || top.contains("epollWait")
                || top.contains("socketAccept") || top.contains("SocketDispatcher.read")
                || top.startsWith("java.lang.ref.Reference.waitForReferencePendingList");
    }

    private static String threadGroup(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        String name = thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
        return name.replaceAll("-\\d+$", "-N").replaceAll("\\d+", "N");
    }

    private static String component(List<RecordedFrame> frames) {
        boolean io = false;
        for (RecordedFrame frame : frames) {
            String cls = frame.getMethod().getType().getName();
            String method = frame.getMethod().getName();
            if (cls.startsWith("java.lang.ClassLoader") || cls.startsWith("jdk.internal.loader.")
                    || cls.equals("java.lang.invoke.MethodHandleNatives") && method.startsWith("link")
                    || cls.startsWith("java.lang.invoke.LambdaForm") || cls.startsWith("java.lang.invoke.Invokers")
                    || cls.startsWith("java.lang.invoke.InnerClassLambdaMetafactory")) {
                return "class loading / linking";
            }
        }
        for (RecordedFrame frame : frames) {
            String cls = frame.getMethod().getType().getName();
            if (cls.startsWith("sun.nio.fs.") || cls.startsWith("sun.nio.ch.") || cls.startsWith("java.io.File")
                    || cls.startsWith("java.nio.file.") || cls.startsWith("java.io.RandomAccessFile")) {
                io = true;
            }
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                    || cls.startsWith("com.sun.")) {
                continue;
            }
            if (io) {
                return "file I/O";
            }
            for (String[] c : COMPONENTS) {
                if (cls.startsWith(c[0])) {
                    return c[1];
                }
            }
            return "other: " + cls.replaceAll("\\.[^.]*$", "");
        }
        return io ? "file I/O" : "JDK only (" + frames.get(frames.size() - 1).getMethod().getType().getName() + ")";
    }

    /** The first frame outside the JDK, as class.method:line. */
    private static String caller(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String cls = frame.getMethod().getType().getName();
            if (!(cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                    || cls.startsWith("com.sun."))) {
                return name(frame) + ":" + frame.getLineNumber();
            }
        }
        return "(JDK only)";
    }

    private static String phase(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) { // innermost first
            String name = name(frame);
            for (String[] p : PHASES) {
                if (name.startsWith(p[0])) {
                    return p[1];
                }
            }
        }
        return "outside the build (JVM/threads: " + frames.get(frames.size() - 1).getMethod().getType().getName()
                + ")";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long total, int limit) {
        System.out.println(title);
        int shown = 0;
        long rest = 0;
        for (Map.Entry<String, Long> entry : sorted(counts)) {
            if (shown++ < limit) {
                System.out.printf(Locale.ROOT, "  %5.1f%%  %7d  %s%n", 100.0 * entry.getValue() / total,
                        entry.getValue(), entry.getKey());
            } else {
                rest += entry.getValue();
            }
        }
        if (rest > 0) {
            System.out.printf(Locale.ROOT, "  %5.1f%%  %7d  (the rest)%n", 100.0 * rest / total, rest);
        }
        System.out.println();
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(new LinkedHashMap<>(counts).entrySet());
        list.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        return list;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
