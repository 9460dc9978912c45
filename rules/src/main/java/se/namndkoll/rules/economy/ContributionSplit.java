package se.namndkoll.rules.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyContribution;
import se.namndkoll.rules.model.ProposedDecision;

/**
 * A basic contribution to be shared among the parties and what each is to pay, wherever the case
 * states it: an invoicing decision ({@code totalAmount}, {@code split}), the budget of a budget
 * decision, or the case's budget ({@code basicContribution}, {@code contributions}).
 *
 * @param owner the fact that holds the figures (a {@link ProposedDecision} or a {@link Budget})
 * @param totalPointer where the total sits, relative to {@code owner}
 * @param splitPointer where the split sits, relative to {@code owner}
 * @param total the amount to be shared, {@code null} when not stated
 * @param split what each party pays; empty when not stated
 */
public record ContributionSplit(Object owner, String totalPointer, String splitPointer, BigDecimal total,
        List<PartyContribution> split) {

    public ContributionSplit {
        split = split == null ? List.of() : List.copyOf(split);
    }

    /**
     * Every split stated in {@code facts}: the decisions (INVOICE_CONTRIBUTIONS, ADOPT_BUDGET with a
     * budget) and budgets among them, in order. Other facts are ignored.
     */
    public static List<ContributionSplit> all(List<?> decisions, List<?> budgets) {
        List<ContributionSplit> result = new ArrayList<>();
        for (Object o : decisions) {
            if (o instanceof ProposedDecision d) {
                result.addAll(of(d));
            }
        }
        for (Object o : budgets) {
            if (o instanceof Budget b) {
                result.addAll(of(b));
            }
        }
        return result;
    }

    /** The split of an INVOICE_CONTRIBUTIONS decision or of the budget of an ADOPT_BUDGET decision. */
    public static List<ContributionSplit> of(ProposedDecision decision) {
        if (decision.kind() == DecisionKind.INVOICE_CONTRIBUTIONS) {
            return nonEmpty(new ContributionSplit(decision, "/totalAmount", "/split", decision.totalAmount(), decision.split()));
        }
        if (decision.kind() == DecisionKind.ADOPT_BUDGET && decision.budget() != null) {
            Budget b = decision.budget();
            return nonEmpty(new ContributionSplit(decision, "/budget/basicContribution", "/budget/contributions",
                    b.basicContribution(), b.contributions()));
        }
        return List.of();
    }

    /** The split of a budget's basic contribution. */
    public static List<ContributionSplit> of(Budget budget) {
        return nonEmpty(new ContributionSplit(budget, "/basicContribution", "/contributions",
                budget.basicContribution(), budget.contributions()));
    }

    private static List<ContributionSplit> nonEmpty(ContributionSplit s) {
        return s.total() == null && s.split().isEmpty() ? List.of() : List.of(s);
    }

    /** The sum of the split. */
    public BigDecimal sum() {
        return Amounts.sum(split);
    }

    /** The parties (in the committee's order) that the split does not name. */
    public List<Party> missing(List<Party> parties) {
        Set<String> named = split.stream().map(PartyContribution::partyId).collect(Collectors.toSet());
        return parties.stream().filter(p -> !named.contains(p.id())).toList();
    }

    /** The positions in the split of entries that name no party of the committee. */
    public List<Integer> strangers(List<Party> parties) {
        Set<String> ids = parties.stream().map(Party::id).collect(Collectors.toSet());
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            if (!ids.contains(split.get(i).partyId())) {
                result.add(i);
            }
        }
        return result;
    }

    /** The names of {@code parties}, joined for a message. */
    public static String names(List<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.joining(", "));
    }
}
