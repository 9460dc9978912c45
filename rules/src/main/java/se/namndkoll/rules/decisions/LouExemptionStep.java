package se.namndkoll.rules.decisions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndkoll.rules.CheckUnit;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.ControllerShare;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProcurementRelation;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.SupplierForm;
import se.namndkoll.rules.names.PartyNames;

/**
 * Feeds every procurement relation (the case's own and those of proposed decisions) to
 * lou-intern-upphandling.dmn. When the supplier is the case's gemensam nämnd, the committee tells
 * what the relation may leave out: whether the buyer is one of its parties (by id, else by name),
 * how many controllers there are (the parties), whether every party holds a ledamot seat, and
 * whether the buyer is the host. Whether buyer and supplier are then one legal person is the DMN
 * model's decision (sameLegalPerson, with KL 9 kap. 20 §), not this class's. What the relation
 * states itself always wins.
 */
final class LouExemptionStep implements DecisionStep {

    @Override
    public void apply(CaseFacts facts, DecisionRunner dmn, CheckUnit unit) {
        Case input = facts.input();
        List<ProcurementRelation> relations = new ArrayList<>(input.procurementRelations());
        input.decisions().stream().map(ProposedDecision::procurement).filter(Objects::nonNull).forEach(relations::add);
        for (ProcurementRelation relation : relations) {
            unit.getExemptions().add(assess(relation, input.committee(), facts.locator().pointerOf(relation), dmn));
        }
    }

    private static ExemptionAssessment assess(ProcurementRelation r, Committee committee, String pointer, DecisionRunner dmn) {
        Committee own = ownJointCommittee(r, committee);
        Boolean derivedMember = null;
        Integer derivedCount = null;
        Boolean derivedRepresented = null;
        List<String> withoutSeat = List.of();
        String hostName = null;
        Boolean buyerIsHost = null;
        if (own != null) {
            Optional<Party> buyerParty = findParty(own.parties(), r.buyer());
            derivedMember = buyerParty.isPresent();
            derivedCount = own.parties().size();
            if (own.seats() != null) {
                Set<String> seated = own.seats().stream().filter(s -> s.role() == SeatRole.LEDAMOT)
                        .map(Seat::partyId).collect(Collectors.toSet());
                withoutSeat = own.parties().stream().filter(p -> !seated.contains(p.id())).map(Party::name).toList();
                derivedRepresented = withoutSeat.isEmpty();
            }
            Optional<Party> host = own.hostPartyId() == null ? Optional.empty() : own.party(own.hostPartyId());
            hostName = host.map(Party::name).orElse(null);
            if (buyerParty.isEmpty()) {
                buyerIsHost = Boolean.FALSE; // the host is one of the parties
            } else if (host.isPresent()) {
                buyerIsHost = buyerParty.get().id().equals(host.get().id());
            }
        }

        Boolean member = r.buyerIsMember() != null ? r.buyerIsMember()
                : derivedMember != null ? derivedMember
                : buyerAmongControllers(r);
        Integer count = r.controllers() != null ? Integer.valueOf(r.controllers().size()) : derivedCount;
        Boolean represented = r.controllersInDecisionBodies() != null ? r.controllersInDecisionBodies() : derivedRepresented;
        if (r.controllersInDecisionBodies() != null) {
            withoutSeat = List.of();
        }

        Map<String, Object> in = new HashMap<>();
        in.put("supplierForm", r.supplierForm().name());
        in.put("buyerIsMember", member);
        in.put("buyerIsHost", buyerIsHost);
        in.put("controllerCount", count == null ? null : BigDecimal.valueOf(count));
        in.put("controllersInDecisionBodies", represented);
        in.put("jointDecisiveInfluence", r.jointDecisiveInfluence());
        in.put("contraryInterests", r.contraryInterests());
        in.put("activityShareForControllers", r.activityShareForControllers());
        in.put("activityMeasure", r.activityMeasure() == null ? null : r.activityMeasure().name());
        in.put("privateCapital", r.privateCapital());
        in.put("authoritiesOnly", r.authoritiesOnly());
        in.put("commonObjectives", r.commonObjectives());
        in.put("publicInterestOnly", r.publicInterestOnly());
        in.put("openMarketShare", r.openMarketShare());
        Map<String, Object> out = dmn.evaluate(DmnModels.LOU_EXEMPTIONS, in);
        Boolean sameLegalPerson = (Boolean) out.get("sameLegalPerson");

        return new ExemptionAssessment(r, pointer,
                own == null ? null : own.name(), hostName,
                member, sameLegalPerson, count, represented, withoutSeat,
                Criterion.of(out.get("controlCriterion")),
                Criterion.of(out.get("activityCriterion")),
                Criterion.of(out.get("privateCapitalCriterion")),
                Criterion.of(out.get("authoritiesOnlyCriterion")),
                Criterion.of(out.get("commonObjectivesCriterion")),
                Criterion.of(out.get("publicInterestCriterion")),
                Criterion.of(out.get("openMarketCriterion")));
    }

    /** The case's committee when it is a gemensam nämnd and the relation's supplier is that nämnd. */
    private static Committee ownJointCommittee(ProcurementRelation r, Committee committee) {
        if (committee == null || committee.form() != CooperationForm.GEMENSAM_NAMND || r.supplierForm() != SupplierForm.JOINT_COMMITTEE) {
            return null;
        }
        Party supplier = r.supplier();
        if (supplier.id().equals(committee.id())) {
            return committee;
        }
        Party asParty = new Party(committee.id(), committee.name(), PartyKind.OTHER, null, null, committee.aliases());
        boolean named = PartyNames.matches(asParty, supplier.name()) || supplier.aliases().stream().anyMatch(a -> PartyNames.matches(asParty, a));
        return named ? committee : null;
    }

    /** The party the buyer is: by id, else by its name or one of its aliases. */
    private static Optional<Party> findParty(List<Party> parties, Party buyer) {
        Optional<Party> byId = parties.stream().filter(p -> p.id().equals(buyer.id())).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        Optional<Party> byName = PartyNames.find(parties, buyer.name());
        if (byName.isPresent()) {
            return byName;
        }
        for (String alias : buyer.aliases()) {
            Optional<Party> byAlias = PartyNames.find(parties, alias);
            if (byAlias.isPresent()) {
                return byAlias;
            }
        }
        return Optional.empty();
    }

    /** Whether the buyer is among the relation's own list of controllers; {@code null} without a list. */
    private static Boolean buyerAmongControllers(ProcurementRelation r) {
        if (r.controllers() == null) {
            return null;
        }
        for (ControllerShare c : r.controllers()) {
            if (c.partyId().equals(r.buyer().id()) || (c.name() != null && PartyNames.matches(r.buyer(), c.name()))) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
