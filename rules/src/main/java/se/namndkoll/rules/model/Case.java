package se.namndkoll.rules.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What is handed to the engine: a committee and any of a protocol, an agenda, a budget, financial
 * tables, procurement relations and proposed decisions, judged on an evaluation date.
 *
 * @param evaluationDate the date whose law and terms apply; when {@code null} the meeting date of
 *     the protocol or agenda, or the date of the first dated decision, is used
 * @param committee the committee; {@code null} runs only the committee-independent rules
 * @param protocol a meeting and its protocol
 * @param agenda a kallelse/föredragningslista
 * @param budget a budget or financial statement
 * @param tables financial tables with stated totals
 * @param procurementRelations purchases judged under LOU
 * @param decisions proposed decisions
 * @param document the source document, when the case was read from one
 * @param governingTexts reglementen and agreements read from a document, with the topics they
 *     regulate (for the checklist rules)
 * @param committeeFrom {@code "document"} when {@code committee} is a provisional committee built from
 *     the checked document's own statements about its body (not registered); {@code null} for a
 *     registered committee or one the caller gives. Findings that rest on a provisional committee
 *     say so and carry {@code "factsFrom": "document"}, and the rules that judge what such a
 *     committee cannot know (a missing host, too few parties) do not run on it.
 */
public record Case(
        LocalDate evaluationDate,
        @Valid Committee committee,
        @Valid Protocol protocol,
        @Valid Agenda agenda,
        @Valid Budget budget,
        @Size(max = Limits.LIST) List<@NotNull @Valid FinancialTable> tables,
        @Size(max = Limits.RELATIONS) List<@NotNull @Valid ProcurementRelation> procurementRelations,
        @Size(max = Limits.DECISIONS) List<@NotNull @Valid ProposedDecision> decisions,
        @Valid SourceDocument document,
        @Size(max = Limits.LIST) List<@NotNull @Valid GoverningText> governingTexts,
        FactsSource committeeFrom) {

    public Case {
        tables = tables == null ? List.of() : List.copyOf(tables);
        procurementRelations = procurementRelations == null ? List.of() : List.copyOf(procurementRelations);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        governingTexts = governingTexts == null ? List.of() : List.copyOf(governingTexts);
    }

    public Case(LocalDate evaluationDate, Committee committee, Protocol protocol, Agenda agenda, Budget budget,
            List<FinancialTable> tables, List<ProcurementRelation> procurementRelations, List<ProposedDecision> decisions,
            SourceDocument document) {
        this(evaluationDate, committee, protocol, agenda, budget, tables, procurementRelations, decisions, document, null, null);
    }

    public Case(LocalDate evaluationDate, Committee committee, Protocol protocol, Agenda agenda, Budget budget,
            List<FinancialTable> tables, List<ProcurementRelation> procurementRelations, List<ProposedDecision> decisions,
            SourceDocument document, List<GoverningText> governingTexts) {
        this(evaluationDate, committee, protocol, agenda, budget, tables, procurementRelations, decisions, document, governingTexts, null);
    }

    /** Whether the committee is a provisional one, built from the document's own statements. */
    @JsonIgnore
    public boolean provisionalCommittee() {
        return committee != null && committeeFrom == FactsSource.DOCUMENT;
    }

    /** The evaluation date given, or the one implied by the case's own dates. */
    public Optional<LocalDate> effectiveDate() {
        if (evaluationDate != null) {
            return Optional.of(evaluationDate);
        }
        return Stream.of(
                        protocol == null ? null : protocol.meetingDate(),
                        agenda == null ? null : agenda.meetingDate())
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> decisions.stream().map(ProposedDecision::date).filter(Objects::nonNull).findFirst());
    }

    /** The case checked against {@code newCommittee}, a registered or given one (no longer provisional). */
    public Case withCommittee(Committee newCommittee) {
        return new Case(evaluationDate, newCommittee, protocol, agenda, budget, tables, procurementRelations, decisions, document,
                governingTexts, null);
    }

    /**
     * The same case judged on {@code date}: the one way a caller (the API's {@code
     * evaluationDate}, the command line's {@code --as-of}, a Kafka request's header) sets the
     * evaluation date of a case.
     */
    public Case withEvaluationDate(LocalDate date) {
        return new Case(date, committee, protocol, agenda, budget, tables, procurementRelations, decisions, document, governingTexts);
    }
}
