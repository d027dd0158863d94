package rs.iom.hub.publish;

import rs.iom.hub.problem.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder a build publishes into, opened for one build (or one preview re-bake). Opening it
 * <ol>
 *   <li>refuses folders hub does not own ({@link OutputLocation}: only a missing, empty or hub-marked folder, never
 *       among the sources);</li>
 *   <li>takes the folder's lock, waiting for another hub that is writing there ({@link FolderLock});</li>
 *   <li>puts the previous site back if a publish was interrupted (the process killed, the machine stopped), and
 *       removes temporary folders left behind.</li>
 * </ol>
 * A build then renders the changed files into {@link #staging()}, and {@link #publish} moves them into place under a
 * {@link PublishJournal}, so that the folder ends up with the whole new site or, after any failure, the whole old
 * one. Only changed files are written, which keeps rebuilds of large sites fast.
 *
 * <p>Inside the folder hub keeps its marker file {@value #MARKER} and, during a build, its work folder
 * {@value #WORK}; neither is part of the site.</p>
 */
public final class OutputFolder implements AutoCloseable {
    /** The file that marks a folder as written by hub (its lock file too). */
    public static final String MARKER = ".hub-output";
    /** hub's work folder inside the output during a build: staging, backup, journal, owner. */
    static final String WORK = ".hub-publish";
    /** How long a build waits for another one writing into the same folder. */
    static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String MARKER_TEXT = "This folder is written by hub (hub build, hub serve). A build replaces"
            + " and deletes any file here\nthat is not part of the site: do not keep other files in it.\n";
    /** Temporary folders of earlier versions of hub, beside the output: .site.new-12345. */
    private static final Pattern LEGACY_TEMPORARY = Pattern.compile("\\.(.+)\\.new-(\\d{1,9})");

    private final Path shown;
    private final Path live;
    private final FolderLock lock;
    private final List<String> liveFiles;

    private OutputFolder(Path shown, Path live, FolderLock lock, List<String> liveFiles) {
        this.shown = shown;
        this.live = live;
        this.lock = lock;
        this.liveFiles = liveFiles;
    }

    /**
     * What opening gave: the folder, or the problems that keep hub from writing there (nothing was changed then).
     *
     * @param notes what hub did on the way that the user should know (waiting, an interrupted publish undone)
     */
    public record Opened(Optional<OutputFolder> folder, List<Problem> problems, List<String> notes) {
        public Opened {
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Opens {@code output} for a build of the site in {@code source}.
     *
     * @param sourceFolders the site's source folders (content, templates, assets, data): never written into
     * @param command       who is writing, for the message another hub shows while it waits ("hub build")
     * @param scan          list the published files (needed to {@link #publish}; the preview's re-bakes skip it)
     * @param waiting       told at once when another hub holds the folder and this one waits
     */
    public static Opened open(Path output, Path source, List<Path> sourceFolders, String command, boolean scan,
                              Consumer<String> waiting) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceFolders, "sourceFolders");
        Objects.requireNonNull(waiting, "waiting");
        OutputLocation.Verdict verdict = OutputLocation.check(output, source, sourceFolders);
        if (verdict.problem().isPresent()) {
            return new Opened(Optional.empty(), List.of(verdict.problem().get()), List.of());
        }
        Path live = verdict.real();
        List<String> notes = new ArrayList<>();
        FolderLock lock = null;
        try {
            Files.createDirectories(live);
            try {
                Files.writeString(live.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                // marked by an earlier build
            }
            lock = FolderLock.acquire(live.resolve(MARKER), PATIENCE, () -> holder(live, output),
                    holder -> waiting.accept("Another hub is writing into " + output + " (" + holder
                            + "); waiting for it to finish…")).orElse(null);
            if (lock == null) {
                return new Opened(Optional.empty(), List.of(Problem.error(output.toString(), 0, 0,
                        "another hub is still writing into " + output + " after " + PATIENCE.toMinutes()
                                + " minutes of waiting (" + holder(live, output) + ")",
                        "wait until it has finished (or stop it), then run this command again")), notes);
            }
            recover(live, output).ifPresent(notes::add);
            removeLegacyTemporaryFolders(live);
            PublishedFiles.Scan published = scan ? PublishedFiles.scan(live)
                    : new PublishedFiles.Scan(List.of(), Optional.empty());
            List<String> files = published.files();
            Optional<String> link = published.firstLink();
            if (link.isPresent()) {
                lock.close();
                return new Opened(Optional.empty(), List.of(Problem.error(output.toString(), 0, 0,
                        "the output folder holds a link, " + link.get() + ", and hub never writes through links",
                        "delete the link (or the whole output folder) and build again")), notes);
            }
            Path work = Files.createDirectories(live.resolve(WORK));
            Files.writeString(work.resolve("owner"), command + ", process " + ProcessHandle.current().pid()
                    + ", since " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS), StandardCharsets.UTF_8);
            return new Opened(Optional.of(new OutputFolder(output, live, lock, files)), List.of(), notes);
        } catch (IOException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // the process ends or tries again
                }
            }
            return new Opened(Optional.empty(), List.of(Problem.error(output.toString(), 0, 0,
                    "hub cannot use the output folder " + output + ": " + IoErrors.describe(e),
                    "check that the folder can be written, or give another one with --output")), notes);
        }
    }

    /** The published site: the folder's real path. */
    public Path live() {
        return live;
    }

    /** An empty folder for the files the build changes, at their paths from the site root. */
    public Path staging() throws IOException {
        return Files.createDirectories(live.resolve(WORK).resolve("staging"));
    }

    /**
     * Makes the staged files the published site: each replaces its old version, and the published files that are not
     * in {@code expected} are removed. After an I/O error the old site is put back (see {@link PublishException}).
     *
     * @param expected every file path the new site has, from its root
     */
    public void publish(Set<String> expected) throws PublishException {
        Objects.requireNonNull(expected, "expected");
        Path work = live.resolve(WORK);
        Path staging = work.resolve("staging");
        Path backup = work.resolve("backup");
        List<String> added;
        try {
            added = PublishedFiles.moves(staging, live);
        } catch (IOException e) {
            throw new PublishException(problem("could not read the new site in " + staging + ": "
                    + IoErrors.describe(e), true), true);
        }
        List<String> removed = liveFiles.stream().filter(file -> !expected.contains(file)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        PublishJournal journal = new PublishJournal(added, removed);
        String current = null;
        try {
            journal.write(work.resolve("journal"));
            for (String file : removed) {
                current = file;
                moveAside(live.resolve(file), backup.resolve(file));
            }
            if (!removed.isEmpty()) {
                PublishedFiles.deleteEmptyFolders(live);
            }
            for (String file : added) {
                current = file;
                Path target = live.resolve(file);
                if (file.endsWith("/")) { // a folder the site did not have: moved in as a whole
                    Files.createDirectories(target.getParent());
                    Files.move(staging.resolve(file), target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    continue;
                }
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(target); // an old folder of that name: empty now, else this fails
                } else {
                    moveAside(target, backup.resolve(file));
                }
                Files.createDirectories(target.getParent());
                Files.move(staging.resolve(file), target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Files.delete(work.resolve("journal")); // from here on, the new site is the published one
        } catch (IOException e) {
            String what = current == null ? "could not start publishing into " + shown : "could not publish "
                    + current + " into " + shown;
            boolean restored = rollBack(journal);
            throw new PublishException(problem(what + ": " + IoErrors.describe(e), restored), restored);
        }
    }

    private static void moveAside(Path file, Path backup) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(backup.getParent());
            Files.move(file, backup, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private boolean rollBack(PublishJournal journal) {
        Path work = live.resolve(WORK);
        try {
            journal.rollBack(live, work.resolve("staging"), work.resolve("backup"));
            PublishedFiles.deleteEmptyFolders(live);
            Files.deleteIfExists(work.resolve("journal"));
            return true;
        } catch (IOException e) {
            return false; // the journal stays: the next hub run tries again
        }
    }

    private Problem problem(String message, boolean restored) {
        return Problem.error(shown.toString(), 0, 0, message, restored
                ? "the previous site was put back as it was; fix the cause and build again"
                : "the folder may hold a mix of the old and the new site: hub puts the old site back the next "
                + "time it builds into " + shown);
    }

    /**
     * Ends this build's use of the folder: removes the work folder (unless an unfinished publish must be undone by the
     * next run) and releases the lock.
     */
    @Override
    public void close() throws IOException {
        try {
            Path work = live.resolve(WORK);
            if (!Files.exists(work.resolve("journal"))) {
                PublishedFiles.deleteTree(work);
            }
        } finally {
            lock.close();
        }
    }

    /** Puts the old site back after an interrupted publish; says so when it did. */
    private static Optional<String> recover(Path live, Path output) throws IOException {
        Path work = live.resolve(WORK);
        if (!Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path journal = work.resolve("journal");
        Optional<String> note = Optional.empty();
        if (Files.exists(journal)) {
            PublishJournal.read(journal).rollBack(live, work.resolve("staging"), work.resolve("backup"));
            PublishedFiles.deleteEmptyFolders(live);
            Files.delete(journal);
            note = Optional.of("An earlier build was stopped while it published into " + output
                    + "; hub has put the site it replaced back in place.");
        }
        PublishedFiles.deleteTree(work);
        return note;
    }

    /** Removes the .NAME.new-PID folders earlier versions of hub left beside the output when they were killed. */
    private static void removeLegacyTemporaryFolders(Path live) throws IOException {
        Path parent = live.getParent();
        if (parent == null) {
            return;
        }
        String name = live.getFileName().toString();
        List<Path> stale;
        try (Stream<Path> siblings = Files.list(parent)) {
            stale = siblings.filter(p -> {
                var m = LEGACY_TEMPORARY.matcher(p.getFileName().toString());
                return m.matches() && m.group(1).equals(name) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(2))).map(h -> !h.isAlive()).orElse(true);
            }).toList();
        }
        for (Path folder : stale) {
            PublishedFiles.deleteTree(folder);
        }
    }

    /** Who holds the folder, as its owner file says. */
    private static String holder(Path live, Path output) {
        try {
            return Files.readString(live.resolve(WORK).resolve("owner"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "another hub command";
        }
    }
}
