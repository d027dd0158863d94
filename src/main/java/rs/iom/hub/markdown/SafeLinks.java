package rs.iom.hub.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;
import rs.iom.hub.layout.SiteLayout;

import java.util.Map;

/**
 * The one place where the address of every link and image flexmark writes is decided — inline, reference-style,
 * {@code <…>} autolinks and bare addresses alike: pages and files of the site become {@link rs.iom.hub.markdown.LinkTokens
 * tokens}, allowed external addresses stay, and an address type that is not allowed becomes {@code #} (the check
 * reports it; this keeps it off the page even where a build goes on). External links get
 * {@code rel="noopener noreferrer"}, images lazy loading.
 */
final class SafeLinks {
    /** The site-relative path of the file being rendered, set on the document before rendering. */
    static final DataKey<String> SOURCE = new DataKey<>("HUB_SOURCE", "");
    /** The folders of the site (where links to pages and files lead), set on the document before rendering. */
    static final DataKey<SiteLayout> LAYOUT = new DataKey<>("HUB_LAYOUT", SiteLayout.DEFAULT);
    /** The destinations of the file's links as resolved when they were collected: each link is resolved once. */
    static final DataKey<Map<String, LinkTargets.Target>> TARGETS = new DataKey<>("HUB_TARGETS", Map.of());

    private SafeLinks() {
    }

    /** Resolves link and image addresses; see the class comment. */
    static final class Resolver extends IndependentLinkResolverFactory {
        @NotNull
        @Override
        public LinkResolver apply(@NotNull LinkResolverBasicContext context) {
            String source = SOURCE.get(context.getDocument());
            SiteLayout layout = LAYOUT.get(context.getDocument());
            Map<String, LinkTargets.Target> targets = TARGETS.get(context.getDocument());
            return (node, ctx, link) -> resolve(layout, source, targets, node, link);
        }

        private static ResolvedLink resolve(SiteLayout layout, String source, Map<String, LinkTargets.Target> targets,
                                            Node node, ResolvedLink link) {
            if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
                return link; // [text] without a definition: flexmark shows it as text when nobody resolves it
            }
            String url = link.getUrl();
            if (node instanceof MailLink || node instanceof AutoLink && url.startsWith("www.")) {
                return link; // an e-mail address or www.…: flexmark writes mailto: or http:// before it
            }
            LinkTargets.Target target = targets.get(url);
            String token = target != null ? LinkTargets.token(target, url) : LinkTargets.token(layout, source, url);
            return link.withUrl(token).withStatus(LinkStatus.VALID);
        }
    }

    /** True for an address on another site (with the allowed schemes that have one). */
    static boolean isExternal(String url) {
        String scheme = UrlSchemes.schemeOf(url).orElse("");
        return scheme.equals("http") || scheme.equals("https") || UrlSchemes.isProtocolRelative(url);
    }

    /** Attributes of links and images; also refuses, a second time, any address type that is not allowed. */
    static final class Attributes extends IndependentAttributeProviderFactory {
        @NotNull
        @Override
        public AttributeProvider apply(@NotNull LinkResolverContext context) {
            return (node, part, attributes) -> decorate(node, part, attributes);
        }

        private static void decorate(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part != AttributablePart.LINK) {
                return;
            }
            String attribute = node instanceof Image || node instanceof ImageRef ? "src" : "href";
            String url = attributes.getValue(attribute);
            if (!url.startsWith(rs.iom.hub.markdown.LinkTokens.PAGE_PREFIX)
                    && !url.startsWith(rs.iom.hub.markdown.LinkTokens.PATH_PREFIX) && !UrlSchemes.isAllowed(url)) {
                attributes.replaceValue(attribute, "#");
                url = "#";
            }
            if (attribute.equals("src")) {
                attributes.replaceValue("loading", "lazy");
                attributes.replaceValue("decoding", "async");
            } else if (isExternal(url)) {
                attributes.replaceValue("rel", "noopener noreferrer");
            }
        }
    }
}
