package se.namndkoll.rules.model;

/** The legal form of an inter-municipal cooperation (seed 004, chapter 9). */
public enum CooperationForm {
    /** Gemensam nämnd (KL 9 kap.): a committee hosted by one party, not a legal person. */
    GEMENSAM_NAMND,
    /** Kommunalförbund (KL 9 kap.): a separate legal person. */
    KOMMUNALFORBUND,
    /** Avtalssamverkan: cooperation by contract. */
    AVTALSSAMVERKAN,
    /** A jointly owned company. */
    BOLAG,
    /**
     * A nämnd (or fullmäktige) of one kommun or region, not a cooperation: the form of a body known
     * only from its own documents when they do not say that it is joint (KL 6 kap.).
     */
    NAMND
}
