package rs.iom.hub.i18n;

/** A template or the tool asked for a UI string that the message file does not have. */
public final class MissingMessageException extends RuntimeException {
    private final String source;
    private final String key;

    public MissingMessageException(String source, String key) {
        super(source + ": the message '" + key + "' is missing; add it to every file in data/i18n/");
        this.source = source;
        this.key = key;
    }

    public String source() {
        return source;
    }

    public String key() {
        return key;
    }
}
