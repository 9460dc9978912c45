package se.namndkoll.documents.text;

/** What a labelled field of a document's form holds (the roles of {@code labels.tsv}). */
public enum FieldRole {
    /** The meeting's place, date and time together ("Plats och tid"). */
    MEETING,
    /** The meeting's date alone ("Sammanträdesdatum"). */
    MEETING_DATE,
    /** The meeting's time alone ("Tid"). */
    MEETING_TIME,
    /** The ledamöter who decide ("Beslutande"). */
    MEMBERS,
    /** Ersättare who serve ("Tjänstgörande ersättare"). */
    SERVING_SUBSTITUTES,
    /** Ersättare present, serving or not ("Ersättare"). */
    SUBSTITUTES,
    /** Others present: officials, guests ("Övriga deltagande"). */
    OTHERS,
    /** Those summoned to a meeting ("Kallade"). */
    SUMMONED,
    /** Ledamöter absent ("Frånvarande"). */
    ABSENT,
    /** The justerare ("Utses att justera", "Justerare"). */
    ADJUSTERS,
    /** When and where the protocol is or was justerat ("Justeringens plats och tid"). */
    ADJUSTMENT,
    /** The §§ justerade ("Justerade paragrafer", "Paragrafer"). */
    ADJUSTED_PARAGRAPHS,
    /** The body whose protocol it is, in the anslag box ("Organ"). */
    BODY,
    /** The day the anslag went up. */
    POSTED,
    /** The day the anslag came down. */
    REMOVED,
    /** Where the protocol is kept ("Förvaringsplats för protokollet"). */
    STORAGE,
    /** The signature boxes ("Underskrifter"). */
    SIGNATURES,
    /** The secretary's signature. */
    SECRETARY,
    /** The chair's signature or name. */
    CHAIR,
    /** A diarienummer. */
    CASE_NUMBER,
    /** A contact in a letterhead ("Handläggare", "Tfn"). */
    CONTACT
}
