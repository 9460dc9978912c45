package se.namndkoll.rules.model;

/** What a source document is (one file may hold several). */
public enum DocumentKind {
    /** Kallelse, föredragningslista, ärendelista or kungörelse of a meeting with its items. */
    AGENDA,
    /** Tjänsteskrivelse, beslutsunderlag or a proposal to a body. */
    MEMO,
    /** Protokoll or protokollsutdrag. */
    PROTOCOL,
    /** Reglemente. */
    REGLEMENTE,
    /** Samverkansavtal, överenskommelse, förbundsordning, stadgar, ägardirektiv or bolagsordning. */
    AGREEMENT,
    /** Budget, bokslut, verksamhetssummering tables. */
    FINANCIAL,
    /** Anything else. */
    OTHER
}
