package se.namndkoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.BudgetKind;
import se.namndkoll.rules.model.BudgetLine;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.LineType;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.ResultCarryOver;
import se.namndkoll.rules.reference.ReferenceCommittees;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Report;

/**
 * What the YAML corpus cannot express: the cited clause of the committee's agreement, the
 * citations and verified flag of each DRL rule within one id, and month names in the messages.
 */
class EconomyRulesTest {

    private static RuleEngine engine;

    @BeforeAll
    static void load() {
        engine = RuleEngine.create();
    }

    @Test
    void anUnfilledInvoicingMonthCitesTheAgreementsClauseAndNamesJanuary() {
        Committee jamtland = ReferenceCommittees.find(ReferenceCommittees.JAMTLAND).orElseThrow();
        ProposedDecision invoice = new ProposedDecision(null, DecisionKind.INVOICE_CONTRIBUTIONS, null, LocalDate.of(2019, 12, 6),
                "Fakturering av parterna sker i xxx 2020.", 9, null, 2020, new BigDecimal("914400"), null, null, null, null,
                null, null, null, null, null);
        Report report = engine.check(new Case(null, jamtland, null, null, null, null, null, List.of(invoice), null));

        Finding month = only(report, "AGR-PAYMENT-JANUARY");
        assertThat(month.legalBasis()).containsExactly("Samverkansöverenskommelse (kostnadsfördelning)");
        assertThat(month.verified()).isTrue();
        assertThat(month.message()).contains("januari");
        assertThat(month.messageEn()).contains("January");
        assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("AGR-EQUAL-SHARES"));
    }

    @Test
    void theGenericAgreementCitationStaysWhenTheClauseIsUnknown() {
        Committee norrbotten = ReferenceCommittees.find(ReferenceCommittees.NORRBOTTEN).orElseThrow();
        ProposedDecision carry = new ProposedDecision(null, DecisionKind.CARRY_OVER_RESULT, null, LocalDate.of(2020, 3, 11), null,
                2, null, 2019, null, null, null, null, null, null, new BigDecimal("514431"),
                CarryOverRule.SETTLE_WITH_PARTIES, null, null);
        Report report = engine.check(new Case(null, norrbotten, null, null, null, null, null, List.of(carry), null));

        assertThat(only(report, "AGR-CARRY-OVER").legalBasis()).containsExactly("Samverkansavtal/överenskommelse");
    }

    @Test
    void theBalanceAndTheRestorationOfAForbundsDeficitCiteTheStycketAndTheRouteToTheForbund() {
        Committee forbund = new Committee("forbund", "Förbundet", null, CooperationForm.KOMMUNALFORBUND, null,
                List.of(new Party("a", "A kommun", PartyKind.KOMMUN)),
                null, null, null, null, null, null);
        Budget budget = new Budget(2022, BudgetKind.BUDGET, List.of(
                new BudgetLine("Bidrag", LineType.INCOME, new BigDecimal("100")),
                new BudgetLine("Kostnader", LineType.COST, new BigDecimal("100"))), null, null, null, null,
                List.of(new ResultCarryOver(2018, new BigDecimal("-5000"), null, null)), null);
        Report report = engine.check(new Case(LocalDate.of(2021, 11, 20), forbund, null, null, budget, null, null, null, null));

        List<Finding> findings = report.findings().stream().filter(f -> f.ruleId().equals("KL-BUDGET-BALANCE")).toList();
        assertThat(findings).extracting(Finding::variant).containsExactlyInAnyOrder("unbalanced", "notRestored");
        Finding balance = findings.stream().filter(f -> f.variant().equals("unbalanced")).findFirst().orElseThrow();
        Finding restoration = findings.stream().filter(f -> f.variant().equals("notRestored")).findFirst().orElseThrow();
        // 11 kap. applies to a kommunalförbund through 9 kap. 2 §
        assertThat(balance.legalBasis()).containsExactly("KL 11 kap. 5 § andra stycket", "KL 9 kap. 2 §");
        assertThat(balance.verified()).isTrue();
        assertThat(balance.provisions()).extracting(p -> p.ref()).containsExactly("KL 11 kap. 5 § andra stycket", "KL 9 kap. 2 §");
        assertThat(balance.provisions().get(0).version()).isEqualTo("Lag (2023:642)");
        assertThat(restoration.legalBasis()).containsExactly("KL 11 kap. 12 §", "KL 9 kap. 2 §");
        assertThat(restoration.verified()).isTrue();
        assertThat(restoration.message()).contains("2018").contains("2021").doesNotContain("2 018");
        assertThat(engine.catalogue().find("KL-BUDGET-BALANCE").orElseThrow().verified()).isTrue();
    }

    private static Finding only(Report report, String ruleId) {
        List<Finding> findings = report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }
}
