package rs.iom.hub.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;

import java.io.File;
import java.nio.file.Path;

/**
 * The rendering step JBake's Oven runs (registered in {@code META-INF/services/org.jbake.render.RenderingTool}): the
 * pipeline's render stage, which renders every planned page of every edition from its in-memory index, in parallel.
 * Does nothing in bakes that are not ours.
 */
public final class HubRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        return config == null ? 0 : render(db, config.getDestinationFolder());
    }

    private static int render(ContentStore db, File destination) {
        if (!(db instanceof SiteContentStore store)) {
            return 0;
        }
        return store.bake().render(Path.of(destination.getPath()));
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) {
        return render(db, destination);
    }
}
