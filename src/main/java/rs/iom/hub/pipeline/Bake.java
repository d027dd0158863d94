package rs.iom.hub.pipeline;

import java.nio.file.Path;

/**
 * One bake as the {@link Engine} drives it: the pipeline's stages, in the order JBake's Oven calls its crawler, its
 * rendering tools and its asset step.
 */
public interface Bake {
    /** Read → index → plan → check; false when there are errors (nothing may be rendered then). */
    boolean prepare();

    /** Render: writes the planned pages below {@code destination}; returns how many files were written. */
    int render(Path destination);

    /** Copies the files of {@code assets/} that changed to the site root below {@code destination}. */
    void copyAssets(Path destination);

    /** Copies the attachments of {@code content/} that changed beside their pages below {@code destination}. */
    void copyAttachments(Path destination);
}
