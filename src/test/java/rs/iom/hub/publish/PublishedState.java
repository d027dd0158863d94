package rs.iom.hub.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The site an output folder publishes, as file path → SHA-256 (hub's own marker and work folder left out). */
final class PublishedState {
    private PublishedState() {
    }

    static Map<String, String> of(Path output) {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = output.relativize(file).toString().replace('\\', '/');
                if (!path.equals(OutputFolder.MARKER) && !path.startsWith(OutputFolder.WORK + "/")) {
                    hashes.put(path, sha256(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16384];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "old", "new", or a description of the mix. */
    static String describe(Map<String, String> state, Map<String, String> old, Map<String, String> fresh) {
        if (state.equals(old)) {
            return "old";
        }
        if (state.equals(fresh)) {
            return "new";
        }
        long fromOld = state.entrySet().stream().filter(e -> e.getValue().equals(old.get(e.getKey()))).count();
        long fromNew = state.entrySet().stream().filter(e -> e.getValue().equals(fresh.get(e.getKey()))).count();
        return "a mix: " + state.size() + " files, " + fromOld + " as in the old site, " + fromNew
                + " as in the new one";
    }
}
