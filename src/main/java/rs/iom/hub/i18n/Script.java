package rs.iom.hub.i18n;

/** The alphabet an edition is published in. */
public enum Script {
    LATIN,
    CYRILLIC
}
