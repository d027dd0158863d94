package rs.iom.hub.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of what one publish changes in a site folder, written (and flushed to disk) before the first published
 * file is touched, and deleted when the last change is made. While it exists, the folder may hold a mix of the old
 * and the new site; whoever finds it — the publish itself after an I/O error, or the next hub run after the process
 * was killed — puts every old file back with {@link #rollBack}. Every step of the publish and of the roll-back can be
 * repeated, so a roll-back that is itself interrupted is simply done again.
 *
 * @param added   files the publish moves from the staging folder into the site (new or replacing an old version), and
 *                folders the old site did not have (ending in "/"), moved in as a whole
 * @param removed files of the old site the new one no longer has
 */
record PublishJournal(List<String> added, List<String> removed) {
    private static final String HEADER = "hub publish journal 1";

    PublishJournal {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Writes the journal to {@code file} in one step (a reader finds the whole journal or none). */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        added.forEach(path -> text.append("+ ").append(escape(path)).append('\n'));
        removed.forEach(path -> text.append("- ").append(escape(path)).append('\n'));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a journal written by {@link #write}. */
    static PublishJournal read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + " is not a publish journal of this version of hub");
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("+ ")) {
                added.add(unescape(line.substring(2)));
            } else if (line.startsWith("- ")) {
                removed.add(unescape(line.substring(2)));
            }
        }
        return new PublishJournal(added, removed);
    }

    /**
     * Puts the old site back in {@code live}: new files that went in are taken out, old versions kept in
     * {@code backup} are moved back. Files still in {@code staging} never reached the site.
     */
    void rollBack(Path live, Path staging, Path backup) throws IOException {
        for (String path : added) {
            Path current = live.resolve(path);
            if (path.endsWith("/")) { // a folder the old site did not have
                if (!Files.exists(staging.resolve(path)) && Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    PublishedFiles.deleteTree(current); // it had been moved in
                }
                continue;
            }
            if (!Files.exists(staging.resolve(path)) && Files.isRegularFile(current)) {
                Files.delete(current); // the new version had been moved in
            }
            restore(backup.resolve(path), current);
        }
        for (String path : removed) {
            restore(backup.resolve(path), live.resolve(path));
        }
    }

    private static void restore(Path saved, Path target) throws IOException {
        if (Files.exists(saved)) {
            Files.createDirectories(target.getParent());
            Files.move(saved, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Paths are written one per line: a line break (or %) in a file name is written as %0A, %0D (or %25). */
    private static String escape(String path) {
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String unescape(String path) {
        return path.replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
