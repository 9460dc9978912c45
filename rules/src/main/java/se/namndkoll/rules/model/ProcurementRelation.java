package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A purchase of services, goods or works by one body from another, judged under LOU.
 * Criteria the caller does not know are {@code null}; where the committee is known the engine
 * derives membership and representation from it.
 *
 * @param id caller's id of the relation, optional
 * @param buyer the purchasing body
 * @param supplier the supplying body
 * @param supplierForm what the supplier is
 * @param exemptionClaimed the ground relied on; {@code null} when not stated
 * @param buyerIsMember whether the buyer is a party/member/owner of the supplier
 * @param controllers the bodies that control the supplier
 * @param controllersInDecisionBodies whether the supplier's decision-making bodies consist of
 *     representatives of all controlling bodies
 * @param jointDecisiveInfluence whether the controllers can jointly exercise decisive influence
 *     over the supplier's strategic objectives and significant decisions
 * @param contraryInterests whether the supplier pursues interests contrary to its controllers'
 * @param activityShareForControllers share (0–1) of the supplier's activity performed for its controllers
 * @param activityMeasure how that share was measured
 * @param privateCapital whether there is direct private capital participation in the supplier
 * @param openMarketShare share (0–1) of the cooperating authorities' activity on the open market
 * @param authoritiesOnly whether the contract is concluded exclusively between upphandlande myndigheter
 * @param commonObjectives whether the cooperation serves public services with common objectives
 * @param publicInterestOnly whether the cooperation is governed solely by the public interest
 * @param description free text, optional
 */
public record ProcurementRelation(
        @Size(max = Limits.ID) String id,
        @NotNull @Valid Party buyer,
        @NotNull @Valid Party supplier,
        @NotNull SupplierForm supplierForm,
        ExemptionClaimed exemptionClaimed,
        Boolean buyerIsMember,
        @Size(max = Limits.PARTIES) List<@NotNull @Valid ControllerShare> controllers,
        Boolean controllersInDecisionBodies,
        Boolean jointDecisiveInfluence,
        Boolean contraryInterests,
        @DecimalMin("0") @DecimalMax("1") BigDecimal activityShareForControllers,
        ActivityMeasure activityMeasure,
        Boolean privateCapital,
        @DecimalMin("0") @DecimalMax("1") BigDecimal openMarketShare,
        Boolean authoritiesOnly,
        Boolean commonObjectives,
        Boolean publicInterestOnly,
        @Size(max = Limits.SHORT_TEXT) String description) {

    public ProcurementRelation {
        controllers = controllers == null ? null : List.copyOf(controllers);
    }
}
