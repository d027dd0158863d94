package rs.iom.hub.jbake;

import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import rs.iom.hub.pipeline.Bake;

import java.io.File;
import java.nio.file.Path;

/**
 * JBake's asset step, handed to the pipeline: {@code assets/} to the site root and the attachments of the content
 * beside their pages — only the files that changed ({@link Bake#copyAssets}, {@link Bake#copyAttachments}).
 */
final class BakeAsset extends Asset {
    private final Bake bake;
    private final Path destination;

    BakeAsset(JBakeConfiguration config, Bake bake, Path destination) {
        super(config);
        this.bake = bake;
        this.destination = destination;
    }

    @Override
    public void copy() {
        bake.copyAssets(destination);
    }

    @Override
    public void copyAssetsFromContent(File path) {
        bake.copyAttachments(destination);
    }
}
