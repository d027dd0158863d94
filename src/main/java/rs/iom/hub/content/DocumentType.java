package rs.iom.hub.content;

import java.util.Optional;

/** What a content file is: a dated news item or a project page. */
public enum DocumentType {
    NEWS("news"),
    PAGE("page");

    private final String key;

    DocumentType(String key) {
        this.key = key;
    }

    /** The value written in front matter ({@code type: news}). */
    public String key() {
        return key;
    }

    public static Optional<DocumentType> fromKey(String key) {
        for (DocumentType type : values()) {
            if (type.key.equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
