package rs.iom.hub.content;

import java.util.Optional;

/** Whether a document is published or still a draft (drafts are only baked with {@code --drafts}). */
public enum DocumentStatus {
    DRAFT("draft"),
    PUBLISHED("published");

    private final String key;

    DocumentStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DocumentStatus> fromKey(String key) {
        for (DocumentStatus status : values()) {
            if (status.key.equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
