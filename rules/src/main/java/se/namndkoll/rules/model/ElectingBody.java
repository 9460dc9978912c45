package se.namndkoll.rules.model;

/** Who elected an officer (ordförande, vice ordförande) or took a decision. */
public enum ElectingBody {
    /** The host party's fullmäktige (värdkommunens/värdregionens fullmäktige). */
    HOST_COUNCIL,
    /** A party's own fullmäktige. */
    PARTY_COUNCIL,
    /** The committee itself (nämnden). */
    COMMITTEE,
    /** A kommunalförbund's förbundsfullmäktige or direktion. */
    FEDERATION_ASSEMBLY,
    /** Not stated. */
    UNKNOWN
}
