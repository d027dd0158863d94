package rs.iom.hub.i18n;

import rs.iom.hub.problem.Problem;

import java.util.List;

/** Chooses the converter that brings content into an edition's script. */
@FunctionalInterface
public interface TextConverters {

    /** No conversion at all (every edition shows its sources as written). */
    TextConverters NONE = edition -> TextConverter.NONE;

    TextConverter forEdition(Edition edition);

    /** Problems with the converters' own files (the site dictionary). */
    default List<Problem> problems() {
        return List.of();
    }
}
