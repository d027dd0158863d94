package rs.iom.hub.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One writer at a time per output folder: an operating-system lock on a file of the folder, held while a build
 * stages and publishes. Another hub process (or another build in this one) waits for it. The system releases the
 * lock when its holder ends in any way, killed included, so a lock is never left behind.
 *
 * <p>Builds within one process queue on a semaphore first: the system's locks belong to the whole process, and on
 * some systems closing any channel of the file would release them, so only the build that holds the semaphore opens
 * the file at all.</p>
 */
final class FolderLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;
    /** Short waits go unmentioned; by then the holder has also written who it is. */
    private static final long TELL_AFTER_NANOS = 1_000_000_000L;

    /** Per lock file (real path): the one build of this process that may open it. */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore turn;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Semaphore turn, FileChannel channel, FileLock lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock on {@code file} (which must exist), waiting up to {@code patience} for its holder.
     *
     * @param holder  describes who holds it, for the message
     * @param waiting told once, when this call has been waiting for a second
     * @return empty when the lock was still held after {@code patience}
     */
    static Optional<FolderLock> acquire(Path file, Duration patience, Supplier<String> holder,
                                        Consumer<String> waiting) throws IOException {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        Semaphore turn = IN_PROCESS.computeIfAbsent(file.toRealPath(), p -> new Semaphore(1));
        boolean told = false;
        boolean ours = false;
        while (true) {
            if (!ours) {
                ours = turn.tryAcquire();
            }
            if (ours) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = null;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    // cannot happen while we hold the semaphore; treated as held
                } finally {
                    if (lock == null) {
                        channel.close();
                    }
                }
                if (lock != null) {
                    return Optional.of(new FolderLock(turn, channel, lock));
                }
            }
            if (System.nanoTime() > deadline) {
                if (ours) {
                    turn.release();
                }
                return Optional.empty();
            }
            if (!told && System.nanoTime() - start > TELL_AFTER_NANOS) {
                waiting.accept(holder.get());
                told = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (ours) {
                    turn.release();
                }
                return Optional.empty();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                turn.release();
            }
        }
    }
}
