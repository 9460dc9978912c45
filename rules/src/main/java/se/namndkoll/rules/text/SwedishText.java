package se.namndkoll.rules.text;

import java.util.Locale;

/** The locale of Swedish text and the spaces documents write between words and digits. */
public final class SwedishText {

    /** Swedish as Sweden writes it: for case folding ("Ä" to "ä") and month names. */
    public static final Locale LOCALE = Locale.forLanguageTag("sv-SE");

    private SwedishText() {
    }

    /**
     * The text with every space a document may hold between words or thousands (no-break, figure,
     * narrow no-break, thin, zero-width, byte-order mark) as an ordinary space.
     */
    public static String normaliseSpaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u2007', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
                .replace('\u200b', ' ').replace('\ufeff', ' ');
    }
}
