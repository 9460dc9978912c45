package se.namndkoll.rules.decisions;

/**
 * Namespace and name of every DMN model, in one place. A namespace is stable and meaningful
 * ({@code https://namndkoll.se/dmn/<model>}); it is not a tool-generated UUID.
 */
public final class DmnModels {

    public static final String NAMESPACE_PREFIX = "https://namndkoll.se/dmn/";

    /** KL 6 kap. 27 §: how many ledamöter must be present. */
    public static final Model QUORUM = new Model(NAMESPACE_PREFIX + "kl-beslutforhet", "kl-beslutforhet");

    /** LOU 3 kap. 11–18 §§: the in-house (Teckal) and horizontal-cooperation criteria. */
    public static final Model LOU_EXEMPTIONS = new Model(NAMESPACE_PREFIX + "lou-intern-upphandling", "lou-intern-upphandling");

    /** KL 6 kap. 35 §, 8 kap. 12 §, 13 kap. 5 §, lag (1930:173): the protocol's last days. */
    public static final Model PROTOCOL_DEADLINES = new Model(NAMESPACE_PREFIX + "kl-protokoll-frister", "kl-protokoll-frister");

    /** Samverkansavtal: the month(s) in which the parties' contribution is invoiced. */
    public static final Model PAYMENT_MONTH = new Model(NAMESPACE_PREFIX + "agreement-betalningsperiod", "agreement-betalningsperiod");

    private DmnModels() {
    }

    /** A model's namespace and name. */
    public record Model(String namespace, String name) {
    }
}
