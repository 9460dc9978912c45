package se.namndkoll.testcases.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fact the corpus runner compares between a label and what the reader read. A field applies to
 * the documents whose labelled kinds include one of {@link #kinds} (all documents when empty);
 * the header fields are those of the accuracy targets (date, justering, anslag, attendance counts,
 * § range).
 */
enum Field {
    MEETING_DATE("meeting.date", true, "PROTOCOL", "AGENDA"),
    MEETING_START("meeting.start", false, "PROTOCOL", "AGENDA"),
    MEETING_END("meeting.end", false, "PROTOCOL"),
    MEETING_PLACE("meeting.place", false, "PROTOCOL", "AGENDA"),
    REMOTE("meeting.remote", false, "PROTOCOL"),
    JUSTERING_DATE("justering.date", true, "PROTOCOL"),
    JUSTERING_DEADLINE("justering.deadline", true, "PROTOCOL"),
    ADJUSTERS("justering.adjusters", false, "PROTOCOL"),
    ANSLAG_POSTED("anslag.posted", true, "PROTOCOL"),
    ANSLAG_REMOVED("anslag.removed", true, "PROTOCOL"),
    SERVING("attendance.serving", true, "PROTOCOL"),
    SUBSTITUTES_SERVING("attendance.substitutesServing", true, "PROTOCOL"),
    SUBSTITUTES_PRESENT("attendance.substitutesPresent", false, "PROTOCOL"),
    PARAGRAPHS("paragraphs", true, "PROTOCOL"),
    EXTRACT("extract", false, "PROTOCOL"),
    AGENDA_ITEMS("agendaItems", false, "AGENDA"),
    BODY("body", false);

    final String key;
    final boolean header;
    final Set<String> kinds;

    Field(String key, boolean header, String... kinds) {
        this.key = key;
        this.header = header;
        this.kinds = Set.of(kinds);
    }

    boolean appliesTo(Label label) {
        return kinds.isEmpty() || label.kinds().stream().anyMatch(kinds::contains);
    }

    /** The label's value of this field, {@link Label#NOT_STATED}, or {@code null} when the label lacks the key. */
    Object expected(Label label) {
        Label.Facts f = label.facts();
        Object raw = f.at(key);
        if (raw == null || raw == Label.NOT_STATED) {
            return raw;
        }
        return switch (this) {
            case MEETING_DATE, JUSTERING_DATE, JUSTERING_DEADLINE, ANSLAG_POSTED, ANSLAG_REMOVED -> f.date(key);
            case MEETING_START, MEETING_END -> f.time(key);
            case SERVING, SUBSTITUTES_SERVING, SUBSTITUTES_PRESENT, AGENDA_ITEMS -> f.integer(key);
            case REMOTE, EXTRACT -> f.bool(key);
            case PARAGRAPHS -> new Range(f.integer(key + ".from"), f.integer(key + ".to"));
            case ADJUSTERS -> names(f.root().at("/justering/adjusters"));
            case MEETING_PLACE, BODY -> f.string(key);
        };
    }

    /** Whether what was read agrees with the label ({@code null} read is "not stated"). */
    boolean agrees(Object expected, Object observed) {
        if (expected == Label.NOT_STATED) {
            return observed == null || (observed instanceof Set<?> s && s.isEmpty()) || Boolean.FALSE.equals(observed) && this == EXTRACT;
        }
        if (observed == null) {
            return this == EXTRACT && Boolean.FALSE.equals(expected);
        }
        return switch (this) {
            case PARAGRAPHS -> ((Range) expected).agrees((Range) observed);
            case MEETING_PLACE -> samePlace(expected.toString(), observed.toString());
            case BODY -> sameBody(expected.toString(), observed.toString());
            default -> Objects.equals(expected, observed);
        };
    }

    /**
     * A place is read right when it is the labelled place, or holds it or is held by it as whole
     * words and is at most twice as long ("Microsoft Teams" in "Digitalt sammanträde i Microsoft
     * Teams"): labels and documents differ in how much of a room's address they give.
     */
    static boolean samePlace(String expected, String observed) {
        String e = " " + fold(expected) + " ";
        String o = " " + fold(observed) + " ";
        int shorter = Math.min(e.length(), o.length());
        int longer = Math.max(e.length(), o.length());
        return e.equals(o) || (e.contains(o) || o.contains(e)) && longer <= 2 * shorter;
    }

    /** A § range; an end the text does not show is {@code null} and is not compared. */
    record Range(Integer from, Integer to) {

        boolean agrees(Range read) {
            return (from == null || from.equals(read.from)) && (to == null || to.equals(read.to));
        }

        @Override
        public String toString() {
            return (from == null ? "?" : from) + "-" + (to == null ? "?" : to);
        }
    }

    /**
     * A body is named right when the name read and the labelled name are the same, or one of them
     * holds the other as whole words ("Kommunstyrelsens arbetsutskott" in "Ronneby kommun,
     * Kommunstyrelsens arbetsutskott"): labels add the municipality or the body's kind around it.
     */
    static boolean sameBody(String expected, String observed) {
        String e = " " + fold(expected) + " ";
        String o = " " + fold(observed) + " ";
        return o.trim().length() >= 3 && (e.contains(o) || o.contains(e));
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\p{Punct}–—]+", " ").replaceAll("\\s+", " ").trim();
    }

    static Set<String> names(com.fasterxml.jackson.databind.JsonNode list) {
        Set<String> out = new TreeSet<>();
        if (list != null && list.isArray()) {
            list.forEach(n -> out.add(fold(n.asText())));
        }
        return out;
    }
}
