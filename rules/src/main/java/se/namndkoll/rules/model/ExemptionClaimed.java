package se.namndkoll.rules.model;

/** On what ground a purchase is made without (or with) a procurement. */
public enum ExemptionClaimed {
    /** Intern upphandling (in-house, Teckal), LOU 3 kap. 11–16 §§. */
    IN_HOUSE,
    /** Samarbete mellan upphandlande myndigheter (horizontal, "Hamburg"), LOU 3 kap. 17–18 §§. */
    HORIZONTAL_COOPERATION,
    /** The purchase is procured under LOU: the exemptions are not relied on. */
    PROCUREMENT
}
