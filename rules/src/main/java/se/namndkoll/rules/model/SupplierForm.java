package se.namndkoll.rules.model;

/** What kind of body the supplier in a procurement relation is. */
public enum SupplierForm {
    /** A gemensam nämnd (treated as a legal person for the in-house rules, LOU 3 kap. 11 §). */
    JOINT_COMMITTEE,
    /** An administration (förvaltning) of the same kommun or region as the buyer. */
    OWN_ADMINISTRATION,
    /** A kommunalförbund. */
    KOMMUNALFORBUND,
    /** A company owned by one or more authorities. */
    COMPANY,
    /** Another upphandlande myndighet (kommun, region, state authority). */
    AUTHORITY,
    /** A private undertaking. */
    PRIVATE
}
