package se.namndkoll.rules.decisions;

import java.math.BigDecimal;
import java.util.Map;
import se.namndkoll.rules.CheckUnit;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.SeatRole;

/** Feeds the number of ledamot seats to kl-beslutforhet.dmn. */
final class QuorumStep implements DecisionStep {

    @Override
    public void apply(CaseFacts facts, DecisionRunner dmn, CheckUnit unit) {
        Committee committee = facts.input().committee();
        if (committee == null || committee.seats() == null || facts.input().protocol() == null) {
            return;
        }
        long seats = committee.seats().stream().filter(s -> s.role() == SeatRole.LEDAMOT).count();
        if (seats == 0) {
            return;
        }
        Map<String, Object> result = dmn.evaluate(DmnModels.QUORUM, Map.of("ledamotSeats", seats));
        int minimum = ((BigDecimal) result.get("minimumPresent")).intValueExact();
        unit.getQuorum().add(new QuorumRequirement((int) seats, minimum));
    }
}
