package rs.iom.hub.jbake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import rs.iom.hub.pipeline.BakeSession;

import java.io.File;
import java.io.IOException;

/**
 * The rendering step JBake's Oven runs (registered in {@code META-INF/services/org.jbake.render.RenderingTool}):
 * renders every page of every edition from the bake session's in-memory index, in parallel. Does nothing in bakes
 * that are not ours.
 */
public final class HubRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        return config == null ? 0 : render(db, config.getDestinationFolder());
    }

    private static int render(ContentStore db, File destination) throws RenderingException {
        if (!(db instanceof SiteContentStore store)) {
            return 0;
        }
        BakeSession session = store.session();
        try {
            int written = session.render(destination.toPath());
            if (session.problems().hasErrors()) {
                throw new RenderingException(session.problems().errorCount() + " error(s) while rendering");
            }
            return written;
        } catch (IOException e) {
            throw new RenderingException(e);
        }
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(db, destination);
    }
}
