package rs.iom.hub.problem;


/**
 * How bad a {@link Problem} is: errors stop a build, warnings are reported and the build goes on, infos are notes for
 * the author that {@code hub check} shows (e.g. the words that stay in Latin letters in the Cyrillic edition) and that
 * never fail anything, not even {@code --strict}.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in reports: {@code error}, {@code warning} or {@code info}. */
    public String label() {
        return label;
    }
}
