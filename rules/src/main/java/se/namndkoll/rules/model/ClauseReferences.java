package se.namndkoll.rules.model;

import jakarta.validation.constraints.Size;

/**
 * Where in the reglemente or agreement each parameter is stated ("Reglemente § 7"). A finding
 * that rests on the reglemente cites this text; {@code null} means the clause number is not known
 * and the finding cites the document by name only.
 */
public record ClauseReferences(
        @Size(max = Limits.NAME) String payment,
        @Size(max = Limits.NAME) String costAllocation,
        @Size(max = Limits.NAME) String carryOver,
        @Size(max = Limits.NAME) String meetingPlan,
        @Size(max = Limits.NAME) String substitutes,
        @Size(max = Limits.NAME) String remoteParticipation,
        @Size(max = Limits.NAME) String notice,
        @Size(max = Limits.NAME) String adjustment) {

    public static final ClauseReferences NONE = new ClauseReferences(null, null, null, null, null, null, null, null);

    /** Clauses without those of the kallelse and the justering. */
    public ClauseReferences(String payment, String costAllocation, String carryOver, String meetingPlan, String substitutes,
            String remoteParticipation) {
        this(payment, costAllocation, carryOver, meetingPlan, substitutes, remoteParticipation, null, null);
    }
}
