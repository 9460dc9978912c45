package se.namndkoll.rules.model;

/** How the agreement says a surplus or deficit (över-/underskott) is handled. */
public enum CarryOverRule {
    /** "Balanseras inom nämnden till efterföljande år". */
    CARRY_FORWARD,
    /** Settled with the parties (refunded or charged) after the year. */
    SETTLE_WITH_PARTIES,
    /** Borne by the host. */
    HOST_BEARS
}
