package rs.iom.hub.jbake;

/**
 * Stops JBake's Oven after the crawler when the sources have errors: nothing is rendered or copied. The problems
 * themselves are in the bake.
 */
final class ContentErrorsException extends RuntimeException {
    ContentErrorsException() {
        super("the site sources have errors", null, false, false);
    }
}
