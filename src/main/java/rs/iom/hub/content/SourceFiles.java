package rs.iom.hub.content;

import rs.iom.hub.layout.SiteLayout;

import rs.iom.hub.problem.Problems;
import rs.iom.hub.problem.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files of a site's source folders ({@code content/}, {@code assets/}, {@code templates/}, {@code data/})
 * without ever leaving them. Why: a symbolic link is a file whose bytes are somewhere else, and Git keeps links as
 * they are. A link committed to the repository ({@code ln -s ../../.git/config content/sr/x.txt}) would otherwise
 * publish the checkout's credentials, a link to {@code /proc/self/environ} the build's environment, and a link to
 * {@code /dev/zero} would never end. So a link is followed only when what it finally leads to (every link resolved,
 * compared as real paths) is inside the folder the link sits in and is not hidden; any other link — leading out,
 * into a hidden folder such as {@code .git}, nowhere, or back into itself — is an error naming the link and its
 * target, and is never read. Links to folders inside the folder are followed too. Devices, pipes and sockets are never read
 * either (reading them could block forever).
 *
 * <p>Hidden files and folders (names starting with a dot) and editor backups are skipped, as ever.
 */
public final class SourceFiles {
    /** How many links to folders one listing follows at most (links to links to folders can multiply the walk). */
    static final int MAX_FOLLOWED_FOLDER_LINKS = 1000;

    private SourceFiles() {
    }

    /**
     * The visible files below {@code folder} and what is wrong with its links.
     *
     * @param files    site-relative paths with forward slashes, sorted; safe to read (as named: through the links)
     * @param problems one error per link that is not followed, per device, pipe or socket, per unreadable folder
     */
    public record Listing(List<String> files, List<Problem> problems, Map<String, Stamp> stamps) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            stamps = Map.copyOf(stamps);
        }

        /** A listing without stamps. */
        public Listing(List<String> files, List<Problem> problems) {
            this(files, problems, Map.of());
        }

        /**
         * The size and time of {@code file} as the listing found them; empty for a file reached through a link (the
         * listing saw the link, not the file). Saves the preview a second look at every file after each save.
         */
        public Optional<Stamp> stamp(String file) {
            return Optional.ofNullable(stamps.get(file));
        }
    }

    /** A file's size in bytes and its modification time in milliseconds, as the file system tells them. */
    public record Stamp(long size, long modified) {
    }

    /** Lists {@code folder} (one of the site's {@link SiteLayout#folders() folders}) of the site folder {@code site}. */
    public static Listing list(Path site, String folder) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(folder, "folder");
        Path root = site.resolve(folder);
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), List.of());
        }
        Walk walk;
        try {
            walk = new Walk(site, folder);
            if (Files.isSymbolicLink(root)) {
                Optional<Problem> problem = walk.linkProblem(root, folder, walk.siteReal, "the site folder");
                if (problem.isPresent()) {
                    return new Listing(List.of(), List.of(problem.get()));
                }
            }
        } catch (IOException e) {
            return new Listing(List.of(), List.of(Problem.error(folder, 0, 0,
                    "the folder cannot be read: " + e.getMessage(), "check that it exists and can be read")));
        }
        if (!Files.isDirectory(walk.rootReal)) {
            return new Listing(List.of(), List.of());
        }
        walk.folder(root, walk.rootReal, new ArrayList<>(List.of(walk.rootReal)));
        walk.files.sort(String::compareTo);
        return new Listing(walk.files, new ArrayList<>(walk.problems), walk.stamps);
    }

    /**
     * What is wrong with reading the single file {@code file} (site-relative, e.g. {@code data/i18n/sr.yaml} or
     * {@code jbake.properties}) — a link on its way leading out of its source folder (or out of the site), into a
     * hidden folder or nowhere, or a device, pipe or socket — with the same messages as {@link #list}. Empty when
     * the file can be read, and when it does not exist at all (the caller says what is missing).
     */
    public static Optional<Problem> check(Path site, String file) {
        return check(site, SiteLayout.DEFAULT, file);
    }

    /** The same, for a site whose folders {@code layout} names. */
    public static Optional<Problem> check(Path site, SiteLayout layout, String file) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(file, "file");
        Path path = site.resolve(file);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String[] parts = file.split("/");
        String folder = layout.folders().stream().filter(f -> file.startsWith(f + "/")).findFirst().orElse(null);
        boolean inFolder = folder != null;
        try {
            Walk walk = new Walk(site, folder);
            Path container = walk.siteReal;
            String containerName = "the site folder";
            String named = "";
            for (int i = 0; i < parts.length; i++) {
                named = named.isEmpty() ? parts[i] : named + "/" + parts[i];
                Path step = site.resolve(named);
                if (Files.isSymbolicLink(step)) {
                    Optional<Problem> problem = walk.linkProblem(step, named, container, containerName);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                if (inFolder && named.equals(folder)) {
                    container = walk.rootReal;
                    containerName = folder + "/";
                }
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() || attributes.isDirectory() ? Optional.empty()
                    : Optional.of(notAFile(file));
        } catch (IOException e) {
            return Optional.of(Problem.error(file, 0, 0, "the file cannot be read: " + e.getMessage(),
                    "check that it can be read"));
        }
    }

    /** True for names the tool never reads: hidden files and folders, editor backups. */
    static boolean isHidden(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp");
    }

    private static Problem notAFile(String file) {
        return Problem.error(file, 0, 0, "this is not an ordinary file (it is a device, a pipe or a socket)",
                "delete it: the site publishes only ordinary files");
    }

    /** One listing: the real paths it compares with, and what it found. */
    private static final class Walk {
        final Path site;
        final Path siteReal;
        final String folder;
        final Path rootReal;
        final List<String> files = new ArrayList<>();
        final Map<String, Stamp> stamps = new HashMap<>();
        final Set<Problem> problems = new LinkedHashSet<>();
        final Set<Path> reportedLoops = new HashSet<>();
        int followedFolderLinks;

        Walk(Path site, String folder) throws IOException {
            this.site = site;
            this.siteReal = site.toRealPath();
            this.folder = folder;
            Path root = folder == null ? site : site.resolve(folder);
            this.rootReal = Files.exists(root) ? root.toRealPath() : root.toAbsolutePath().normalize();
        }

        /** Walks {@code dir} (as named below the site) whose real path is {@code dirReal}. */
        void folder(Path dir, Path dirReal, List<Path> ancestors) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException e) {
                problems.add(Problem.error(shown(dirReal), 0, 0, "the folder cannot be read: " + e.getMessage(),
                        "check that it can be read"));
                return;
            }
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isHidden(name)) {
                    continue;
                }
                Path entryReal = dirReal.resolve(name);
                try {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isSymbolicLink()) {
                        link(entry, entryReal, ancestors);
                    } else if (attributes.isDirectory()) {
                        descend(entry, entryReal, ancestors);
                    } else if (attributes.isRegularFile()) {
                        String file = relative(entry);
                        files.add(file);
                        stamps.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
                    } else {
                        problems.add(notAFile(shown(entryReal)));
                    }
                } catch (IOException e) {
                    problems.add(Problem.error(shown(entryReal), 0, 0, "the file cannot be read: " + e.getMessage(),
                            "check that it can be read"));
                }
            }
        }

        private void descend(Path dir, Path dirReal, List<Path> ancestors) {
            ancestors.add(dirReal);
            folder(dir, dirReal, ancestors);
            ancestors.remove(ancestors.size() - 1);
        }

        /** A link at {@code link}, which really is at {@code linkReal} (its folder's real path and its name). */
        private void link(Path link, Path linkReal, List<Path> ancestors) throws IOException {
            String name = shown(linkReal);
            Optional<Problem> problem = linkProblem(link, name, rootReal, folder + "/");
            if (problem.isPresent()) {
                problems.add(problem.get());
                return;
            }
            Path target = link.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                files.add(relative(link));
            } else if (!attributes.isDirectory()) {
                problems.add(notAFile(name));
            } else if (ancestors.contains(target)) {
                if (reportedLoops.add(linkReal)) {
                    problems.add(Problem.error(name, 0, 0, "this is a link to " + shown(target)
                                    + ", a folder that contains the link itself: following it would never end",
                            "delete the link"));
                }
            } else if (++followedFolderLinks > MAX_FOLLOWED_FOLDER_LINKS) {
                problems.add(Problem.error(name, 0, 0, "this is one link to a folder too many: " + folder
                                + "/ has more than " + MAX_FOLLOWED_FOLDER_LINKS + " of them, counted through links",
                        "copy the folders instead of linking to them"));
            } else {
                descend(link, target, ancestors);
            }
        }

        /**
         * What is wrong with the link {@code link} (reported as {@code name}) that must stay inside
         * {@code containerReal} (called {@code containerName} in messages), if anything.
         */
        Optional<Problem> linkProblem(Path link, String name, Path containerReal, String containerName)
                throws IOException {
            String verb = containerName.equals("content/") || containerName.equals("assets/") ? "publishes" : "reads";
            String parent = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "the site folder";
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                return Optional.of(Problem.error(name, 0, 0, "this is a link to " + Files.readSymbolicLink(link)
                        + ", which does not exist", "delete the link, or put the file itself in " + parent));
            } catch (FileSystemException e) {
                return Optional.of(Problem.error(name, 0, 0, "this is a link to " + Files.readSymbolicLink(link)
                        + ", which cannot be followed (" + (e.getReason() == null ? "a loop of links" : e.getReason())
                        + ")", "delete the link, or put the file itself in " + parent));
            }
            String kind = Files.isDirectory(target) ? "folder" : "file";
            String fix = "copy the " + kind + " into " + parent + " instead of linking to it, or delete the link";
            if (!target.startsWith(containerReal)) {
                return Optional.of(Problem.error(name, 0, 0, "this is a link to " + shown(target) + ", outside "
                        + containerName + ": hub never " + verb + " files from outside the site's folders", fix));
            }
            for (Path part : containerReal.relativize(target)) {
                if (isHidden(part.toString())) {
                    return Optional.of(Problem.error(name, 0, 0, "this is a link to " + shown(target)
                            + ", which is hidden (" + part + "): hub never " + verb + " hidden files or folders", fix));
                }
            }
            return Optional.empty();
        }

        /**
         * A real path as shown in messages: site-relative inside the site, else absolute. Problems name a link by
         * where it really is (its folder's real path and its name), so that a link met twice (through a link to its
         * folder) is one problem.
         */
        private String shown(Path real) {
            return real.startsWith(siteReal) && !real.equals(siteReal)
                    ? siteReal.relativize(real).toString().replace('\\', '/') : real.toString();
        }

        private String relative(Path file) {
            return site.relativize(file).toString().replace('\\', '/');
        }
    }
}
