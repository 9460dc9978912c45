package se.namndkoll.rules.decisions;

import java.util.List;
import se.namndkoll.rules.model.ExemptionClaimed;
import se.namndkoll.rules.model.ProcurementRelation;
import se.namndkoll.rules.model.SupplierForm;

/**
 * One procurement relation judged against the exemptions of LOU 3 kap. 11–18 §§
 * (lou-intern-upphandling.dmn): what the committee tells about the relation and one outcome per
 * criterion. Values the relation states win over values derived from the committee.
 *
 * @param relation the relation as given (the rules locate findings on it)
 * @param pointer where the relation sits in the case
 * @param committeeName the committee whose parties and seats were read, {@code null} when the
 *     supplier is not the case's gemensam nämnd
 * @param hostName the committee's host (värdkommun/värdregion), when known
 * @param buyerIsMember whether the buyer is a party/member/owner of the supplier
 * @param sameLegalPerson whether buyer and supplier are one legal person (the host and its gemensam
 *     nämnd, or two administrations of one kommun/region); {@code null} when not known
 * @param controllerCount how many bodies control the supplier
 * @param controllersInDecisionBodies whether every controller is represented in the decision bodies
 * @param partiesWithoutSeat names of the parties without a ledamot seat, when read from the seats
 * @param control the control criterion (3 kap. 12, 13, 16 §§)
 * @param activity the activity criterion (3 kap. 12, 18 §§)
 * @param privateCapital no direct private capital (3 kap. 12 §)
 * @param authoritiesOnly horizontal cooperation: only upphandlande myndigheter (3 kap. 17 §)
 * @param commonObjectives horizontal cooperation: common objectives (3 kap. 17 §)
 * @param publicInterest horizontal cooperation: solely the public interest (3 kap. 17 §)
 * @param openMarket horizontal cooperation: less than 20 % on the open market (3 kap. 17–18 §§)
 */
public record ExemptionAssessment(
        ProcurementRelation relation,
        String pointer,
        String committeeName,
        String hostName,
        Boolean buyerIsMember,
        Boolean sameLegalPerson,
        Integer controllerCount,
        Boolean controllersInDecisionBodies,
        List<String> partiesWithoutSeat,
        Criterion control,
        Criterion activity,
        Criterion privateCapital,
        Criterion authoritiesOnly,
        Criterion commonObjectives,
        Criterion publicInterest,
        Criterion openMarket) {

    public ExemptionAssessment {
        partiesWithoutSeat = partiesWithoutSeat == null ? List.of() : List.copyOf(partiesWithoutSeat);
    }

    /** The exemption the relation relies on; {@code null} when not stated. */
    public ExemptionClaimed exemption() {
        return relation.exemptionClaimed();
    }

    public SupplierForm supplierForm() {
        return relation.supplierForm();
    }

    public String buyerName() {
        return relation.buyer().name();
    }

    public String supplierName() {
        return relation.supplier().name();
    }
}
