package rs.iom.hub.site;

import rs.iom.hub.content.Document;

import java.util.List;

/**
 * A tag of one language with the documents that carry it, newest first.
 *
 * @param name  the tag as first written (by source order)
 * @param slug  its ASCII form, used in URLs
 * @param documents documents with the tag, newest first
 */
public record Tag(String name, String slug, List<Document> documents) {
    public Tag {
        documents = List.copyOf(documents);
    }
}
