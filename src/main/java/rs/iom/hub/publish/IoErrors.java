package rs.iom.hub.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in plain words why a file operation failed. Java's own messages are often just the file name
 * ({@code AccessDeniedException: /site/index.html}), which tells a reader nothing about the reason.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** The reason of {@code error} in plain words, without the file name, e.g. "permission denied". */
    public static String reason(Throwable error) {
        Throwable e = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "it does not exist (any more)";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is already there";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder of that name is there and is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "a file is where a folder should be";
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return "it is on another disk (files can only be moved in one step within one disk)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return String.valueOf(e);
    }

    /** The file {@code error} is about, when it says. */
    public static String file(Throwable error) {
        Throwable e = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : error;
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "";
    }

    /** "{file}: {reason}", or the reason alone when the error names no file. */
    public static String describe(Throwable error) {
        String file = file(error);
        return file.isEmpty() ? reason(error) : file + ": " + reason(error);
    }
}
