package se.namndkoll.rules.model;

/** What a proposed decision does. */
public enum DecisionKind {
    /** Invoice the parties' contributions (month, amounts, split). */
    INVOICE_CONTRIBUTIONS,
    /** Adopt a budget. */
    ADOPT_BUDGET,
    /** Change the payment period of the contributions. */
    CHANGE_PAYMENT_PERIOD,
    /** Buy services from another body. */
    BUY_SERVICES,
    /** Sell services to another body. */
    SELL_SERVICES,
    /** Admit a new party or member. */
    ADMIT_PARTY,
    /** A party leaves the cooperation. */
    PARTY_LEAVES,
    /** Elect the ordförande. */
    ELECT_CHAIR,
    /** Elect the vice ordförande. */
    ELECT_VICE_CHAIR,
    /** Appoint a ledamot or ersättare. */
    APPOINT_MEMBER,
    /** Adopt the yearly meeting plan. */
    ADOPT_MEETING_PLAN,
    /** Carry a surplus or deficit over to another year. */
    CARRY_OVER_RESULT,
    /** Anything else. */
    OTHER
}
