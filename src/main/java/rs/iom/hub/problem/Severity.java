package rs.iom.hub.problem;


/** How bad a {@link Problem} is: errors stop a build, warnings are reported and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed in reports: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
