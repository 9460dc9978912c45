package se.namndkoll.rules.model;

/** What a source document is (one file may hold several). */
public enum DocumentKind {
    /** Kallelse/föredragningslista or tjänsteskrivelse. */
    AGENDA,
    /** Protokoll or protokollsutdrag. */
    PROTOCOL,
    /** Reglemente. */
    REGLEMENTE,
    /** Samverkansavtal/överenskommelse. */
    AGREEMENT,
    /** Budget, bokslut, verksamhetssummering tables. */
    FINANCIAL,
    /** Anything else. */
    OTHER
}
