package rs.iom.hub.pipeline;

import java.util.Map;

/**
 * What the previous bake of the preview rendered: the input hash of every file, and a signature of everything all
 * pages share (templates, UI strings, settings). A page whose inputs are unchanged under the same signature is not
 * rendered again.
 *
 * @param signature hash of templates, data files, settings and build options
 * @param pages     output file → input hash
 * @param assets    published path → size and modification time of the copied asset or attachment
 */
public record RenderState(long signature, Map<String, Long> pages, Map<String, String> assets) {
    public RenderState {
        pages = Map.copyOf(pages);
        assets = Map.copyOf(assets);
    }
}
