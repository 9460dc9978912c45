package se.namndkoll.documents;

import java.util.Locale;

/**
 * The deciding body a document belongs to, as a report names it: a registered committee by its
 * registered name, any other body by the name the document writes, marked as not registered
 * ("Gemensamma nämnden för upphandling – inte registrerad"), so that a reader sees at once that
 * no committee's seats, parties or terms were applied.
 *
 * @param name the registered committee's name, or the body's name as written
 * @param registered whether the document was checked against a committee (from the registry or given
 *     by the caller)
 */
public record Body(String name, boolean registered) {

    /** The name with "– inte registrerad" ("– not registered" in English) when the body is not registered. */
    public String label(Locale locale) {
        if (registered) {
            return name;
        }
        return name + ("en".equals(locale.getLanguage()) ? " – not registered" : " – inte registrerad");
    }
}
