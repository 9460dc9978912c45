package se.namndkoll.rules.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndkoll.rules.economy.AmountsTest.share;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.BudgetKind;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyContribution;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProposedDecision;

class ContributionSplitTest {

    private static final List<Party> PARTIES = List.of(
            new Party("region", "Region Jämtland Härjedalen", PartyKind.REGION),
            new Party("are", "Åre kommun", PartyKind.KOMMUN),
            new Party("berg", "Bergs kommun", PartyKind.KOMMUN));

    @Test
    void anInvoicingDecisionStatesTotalAndSplit() {
        ProposedDecision d = decision(DecisionKind.INVOICE_CONTRIBUTIONS, new BigDecimal("300"),
                List.of(share("region", "100"), share("berg", "100"), share("x", "100")), null);
        ContributionSplit s = ContributionSplit.of(d).get(0);
        assertThat(s.owner()).isSameAs(d);
        assertThat(s.totalPointer()).isEqualTo("/totalAmount");
        assertThat(s.splitPointer()).isEqualTo("/split");
        assertThat(s.sum()).isEqualByComparingTo("300");
        assertThat(s.missing(PARTIES)).extracting(Party::id).containsExactly("are");
        assertThat(s.strangers(PARTIES)).containsExactly(2);
        assertThat(ContributionSplit.names(s.missing(PARTIES))).isEqualTo("Åre kommun");
    }

    @Test
    void aBudgetDecisionStatesItsBudgetsContribution() {
        Budget budget = new Budget(2020, BudgetKind.BUDGET, null, null, null, new BigDecimal("1023400"), null, null, null);
        ProposedDecision d = decision(DecisionKind.ADOPT_BUDGET, null, null, budget);
        ContributionSplit s = ContributionSplit.of(d).get(0);
        assertThat(s.totalPointer()).isEqualTo("/budget/basicContribution");
        assertThat(s.splitPointer()).isEqualTo("/budget/contributions");
        assertThat(s.split()).isEmpty();
        assertThat(ContributionSplit.of(budget).get(0).totalPointer()).isEqualTo("/basicContribution");
    }

    @Test
    void nothingStatedGivesNoSplit() {
        assertThat(ContributionSplit.of(decision(DecisionKind.INVOICE_CONTRIBUTIONS, null, null, null))).isEmpty();
        assertThat(ContributionSplit.of(decision(DecisionKind.ADOPT_BUDGET, new BigDecimal("5"), null, null))).isEmpty();
        assertThat(ContributionSplit.of(decision(DecisionKind.OTHER, new BigDecimal("5"), null, null))).isEmpty();
    }

    @Test
    void gathersTheSplitsOfDecisionsAndBudgets() {
        Budget budget = new Budget(2019, BudgetKind.OUTCOME, null, null, null, new BigDecimal("1002400"), null, null, null);
        ProposedDecision d = decision(DecisionKind.INVOICE_CONTRIBUTIONS, new BigDecimal("914400"), null, null);
        assertThat(ContributionSplit.all(List.of(d, "not a decision"), List.of(budget)))
                .extracting(ContributionSplit::owner).containsExactly(d, budget);
    }

    private static ProposedDecision decision(DecisionKind kind, BigDecimal total, List<PartyContribution> split, Budget budget) {
        return new ProposedDecision(null, kind, null, null, null, null, null, null, total, split, null, null, null, null,
                null, null, null, budget);
    }
}
