package rs.iom.hub.pipeline;

import rs.iom.hub.images.SourceImage;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The format of the build cache's {@code pictures.bin}: what each picture was found to be, by its path and its size
 * and time on disk, after the hub build and image encoder ({@code version}) that found it.
 */
final class PictureRecords {
    private PictureRecords() {
    }

    /** The pictures kept in {@code in}; null when they were kept by another version. */
    static List<RestoredCache.Picture> read(InputStream in, String version) {
        try {
            DataInputStream data = new DataInputStream(in);
            if (!data.readUTF().equals(version)) {
                return null;
            }
            int count = data.readInt();
            List<RestoredCache.Picture> pictures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String source = data.readUTF();
                String stamp = data.readUTF();
                String sitePath = data.readUTF();
                String format = data.readUTF();
                String sha = data.readUTF();
                long bytes = data.readLong();
                int width = data.readInt();
                int height = data.readInt();
                int orientation = data.readInt();
                String unreadable = data.readBoolean() ? data.readUTF() : null;
                pictures.add(new RestoredCache.Picture(source, stamp, new SourceImage(source, sitePath,
                        format, sha, bytes, width, height, orientation, unreadable)));
            }
            return pictures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code images} (by path: the size and time, and what it is) into {@code out}. */
    static void write(OutputStream out, String version, Map<String, Map.Entry<String, SourceImage>> images) {
        try {
            DataOutputStream data = new DataOutputStream(out);
            data.writeUTF(version);
            data.writeInt(images.size());
            for (Map.Entry<String, Map.Entry<String, SourceImage>> entry : images.entrySet()) {
                SourceImage image = entry.getValue().getValue();
                data.writeUTF(entry.getKey());
                data.writeUTF(entry.getValue().getKey());
                data.writeUTF(image.sitePath());
                data.writeUTF(image.format());
                data.writeUTF(image.sha256());
                data.writeLong(image.bytes());
                data.writeInt(image.width());
                data.writeInt(image.height());
                data.writeInt(image.orientation());
                data.writeBoolean(image.unreadable() != null);
                if (image.unreadable() != null) {
                    data.writeUTF(image.unreadable());
                }
            }
            data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
