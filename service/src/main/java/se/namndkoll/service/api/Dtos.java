package se.namndkoll.service.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.namndkoll.documents.draft.CommitteeDraft;
import se.namndkoll.documents.draft.Provenance;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.report.Location;
import se.namndkoll.rules.report.Provision;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.report.Verdict;

/** The API's request and response bodies (the fact model itself is used as it is). */
public final class Dtos {

    private Dtos() {
    }

    @Schema(description = "The engine's answer to one case")
    public record ReportResponse(
            @Schema(description = "Id of the decision-log entry of this check (GET /api/v1/evaluations/{id})") UUID evaluationId,
            @Schema(description = "The committee checked against, absent when none") String committeeId,
            @Schema(description = "The date whose law and terms were applied") LocalDate evaluationDate,
            @Schema(description = "The report at a glance. FAIL: at least one ERROR finding. INCOMPLETE: no error, but rules that "
                    + "judge what the case holds could not run for want of what the committee supplies (no committee given or "
                    + "recognised, its seats, its terms in force); they are listed in rulesNotRun, and the report is not a pass. "
                    + "WARN: warnings but no errors, every such rule ran. PASS: no finding above INFO, every such rule ran.")
            Verdict verdict,
            String ruleSetVersion,
            @Schema(description = "Most severe first") List<FindingResponse> findings,
            @Schema(description = "Ids of every rule that ran on this case; a rule that holds produces no finding") List<String> rulesEvaluated,
            @Schema(description = "The rules that judge what the case holds but could not run for want of what the committee "
                    + "supplies, each with what it lacked; not empty exactly when the verdict is INCOMPLETE, or FAIL with such "
                    + "rules besides the error") List<RuleNotRunResponse> rulesNotRun,
            @Schema(description = "Documents only: the committee checked against, or the body the document names when it is "
                    + "not a registered committee") BodyResponse body,
            @Schema(description = "Documents only, with includeLines=true: the document's lines as read, numbered as the findings' "
                    + "lines are") List<DocumentLine> lines) {

        ReportResponse(UUID evaluationId, String committeeId, LocalDate evaluationDate, Verdict verdict, String ruleSetVersion,
                List<FindingResponse> findings, List<String> rulesEvaluated, List<RuleNotRunResponse> rulesNotRun) {
            this(evaluationId, committeeId, evaluationDate, verdict, ruleSetVersion, findings, rulesEvaluated, rulesNotRun, null, null);
        }
    }

    @Schema(description = "A rule that could not run on the case for want of what the committee supplies")
    record RuleNotRunResponse(
            @Schema(example = "KL-QUORUM") String ruleId,
            @Schema(description = "The rule's title in the response language", example = "Nämnden ska vara beslutför") String title,
            @Schema(description = "What the case lacked: COMMITTEE (no committee was given or recognised; register it, or name it "
                    + "with committeeId or ?committee=), SEATS (the committee's seats are not registered), TERMS (no reglemente or "
                    + "agreement terms of the committee are in force on the evaluation date)", example = "[\"COMMITTEE\"]")
            List<String> missing,
            @Schema(description = "What the case lacked, in words in the response language", example = "en registrerad nämnd")
            String reason) {
    }

    @Schema(description = "The deciding body of a checked document")
    record BodyResponse(
            @Schema(description = "The committee's name, or the body's name as the document writes it",
                    example = "Gemensamma nämnden för upphandling") String name,
            @Schema(description = "Whether the document was checked against a registered or given committee (its seats, parties "
                    + "and terms); false: only the rules that need no committee ran, and those the document's own statements about "
                    + "its body support (findings with factsFrom \"document\")") boolean registered,
            @Schema(description = "The name as a report shows it, in the response language",
                    example = "Gemensamma nämnden för upphandling – inte registrerad") String label) {
    }

    @Schema(description = "One line of a checked document")
    record DocumentLine(
            @Schema(description = "Line number, from 1") int number,
            @Schema(description = "Page, when the format has pages") Integer page,
            String text) {
    }

    @Schema(description = "One problem the engine found, with its legal basis")
    record FindingResponse(
            @Schema(example = "KL-QUORUM") String ruleId,
            @Schema(description = "Which outcome of the rule", example = "meeting") String variant,
            Severity severity,
            @Schema(description = "The rule's title in the response language") String title,
            @Schema(description = "What is wrong, in the response language (Accept-Language: sv or en)") String message,
            @Schema(example = "[\"KL 6 kap. 27 §\"]") List<String> legalBasis,
            @Schema(description = "The wording and version of each statutory citation of legalBasis, from the statute text bundled "
                    + "with the rules, with the words the rule rests on (quotes); a reglemente or agreement has none") List<Provision> provisions,
            @Schema(description = "Whether every statutory citation was checked against the statute text (the section exists and the "
                    + "rule's quoted words are in it), and every reglemente or agreement citation against that document") boolean verified,
            @Schema(description = "JSON Pointer into the input and, for a document, its lines (line, lineEnd) and, for a PDF, the page "
                    + "of the first line (page)") Location location,
            @Schema(description = "The figures behind the finding") Map<String, Object> facts,
            @Schema(description = "\"document\" when the finding rests on facts the checked document states about its own body (a "
                    + "provisional committee), not on a registered committee; absent otherwise", example = "document")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            FactsSource factsFrom) {
    }

    @Schema(description = "A what-if: a baseline case and named variants, each a JSON Merge Patch (RFC 7386) over the baseline "
            + "with its committee resolved")
    record CompareRequest(
            @NotNull @Schema(description = "A check request: a case, with committeeId or an inline committee") JsonNode baseline,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid VariantRequest> variants) {
    }

    record VariantRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 2000) String description,
            @NotNull @Schema(description = "JSON Merge Patch over the baseline case; null removes a member, arrays are replaced whole")
            JsonNode patch) {
    }

    record CompareResponse(ReportResponse baseline, List<VariantResponse> variants) {
    }

    record VariantResponse(String name, String description, ReportResponse report, Difference difference) {
    }

    @Schema(description = "Findings compared with the baseline by identity: rule id, variant and location pointer")
    record Difference(List<FindingResponse> added, List<FindingResponse> removed, List<FindingResponse> unchanged) {
    }

    @Schema(description = "A committee drafted from its governing documents, not saved: the committee in the registry's schema "
            + "(what PUT /committees/{id} takes), where each fact was read, what the documents leave open, and what the committee rules "
            + "find in the draft as it stands")
    record DraftResponse(
            @Schema(description = "The drafted committee; a fact the documents do not state is null (listed in unresolved)")
            Committee committee,
            @Schema(description = "For each drafted fact (a JSON Pointer into committee), the file and lines it was read from")
            List<Provenance> provenance,
            @Schema(description = "What the documents do not say, or say ambiguously, for the user to complete before saving")
            List<UnresolvedResponse> unresolved,
            @Schema(description = "Seats per party as the documents state them (partyId null: each party)")
            List<CommitteeDraft.Representation> representation,
            @Schema(description = "The files read, with their kinds and, with includeLines=true, their lines") List<DraftFileResponse> files,
            @Schema(description = "The committee rules' findings on the draft as it stands") List<FindingResponse> findings,
            @Schema(description = "The rules that ran on the draft") List<String> rulesEvaluated,
            @Schema(description = "The committee rules that could not run on the draft, with the facts they lack")
            List<RuleNotRunResponse> rulesNotRun) {
    }

    @Schema(description = "A gap in a drafted committee")
    record UnresolvedResponse(
            @Schema(description = "JSON Pointer of the field in committee (\"\" for the whole)", example = "/hostPartyId") String pointer,
            @Schema(description = "not-stated, ambiguous, conflict, total-only, formula, partial, not-a-party, other-form, not-governing-kind")
            String code,
            @Schema(description = "What is missing and what to do, in the response language") String message) {
    }

    @Schema(description = "A file a committee was drafted from")
    record DraftFileResponse(String name, List<DocumentKind> kinds,
            @Schema(description = "With includeLines=true: the file's lines as read, numbered as provenance's lines are") List<DocumentLine> lines) {
    }

    @Schema(description = "A committee in the registry")
    record CommitteeSummary(String id, String name, CooperationForm form, long version, Instant updatedAt, String updatedBy,
            @Schema(description = "The reglemente/agreement terms versions with their validity") List<TermsSummary> terms) {
    }

    record TermsSummary(LocalDate validFrom, LocalDate validTo, String source) {
    }

    @Schema(description = "A decision-log entry")
    record EvaluationResponse(
            UUID id,
            Instant recordedAt,
            @Schema(description = "CHECK, DOCUMENT or COMPARE") String kind,
            @Schema(description = "COMPARE: baseline or the variant name; DOCUMENT: the file name") String label,
            @Schema(description = "API key id or anonymous") String caller,
            String committeeId,
            Long committeeVersion,
            LocalDate evaluationDate,
            @Schema(description = "SHA-256 (hex) of the case as evaluated in canonical JSON, or of a document's bytes") String inputDigest,
            String ruleSetVersion,
            Verdict verdict,
            int findingCount,
            @Schema(description = "The findings as reported (both languages); only on GET /evaluations/{id}") JsonNode findings) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long totalElements, long totalPages) {
    }

    /** Shape of a check request, for the API documentation only (the body is read as JSON). */
    @Schema(name = "CheckRequest", allOf = Case.class,
            description = "A case (see Case) and optionally committeeId: the registered committee to check against; an inline "
                    + "committee next to committeeId is a JSON Merge Patch over the registered one. evaluationDate is required "
                    + "unless the protocol, agenda or a decision is dated.")
    record CheckRequestDoc(
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]*") @Schema(example = "e-namnden-norrbotten") String committeeId) {
    }
}
