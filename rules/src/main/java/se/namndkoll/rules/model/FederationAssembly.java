package se.namndkoll.rules.model;

/**
 * The beslutande församling of a kommunalförbund (KL 9 kap. 3 §: "ett förbundsfullmäktige eller en
 * förbundsdirektion"), as its förbundsordning states it.
 */
public enum FederationAssembly {
    /** Förbundsfullmäktige, with a förbundsstyrelse beside it. */
    FORBUNDSFULLMAKTIGE,
    /** Förbundsdirektion, which is also the förbundsstyrelse (KL 9 kap. 5 §). */
    DIREKTION
}
