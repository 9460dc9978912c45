package se.namndkoll.service.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.rules.report.Verdict;
import se.namndkoll.service.evaluation.EvaluationRecord;
import se.namndkoll.service.evaluation.EvaluationService;
import se.namndkoll.service.evaluation.EvaluationStore;

@RestController
@RequestMapping(path = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Decision log", description = "Every check, recorded: when, by whom, which committee, the input's digest, the rule-set "
        + "version, the verdict and the findings. Written asynchronously; an entry appears within moments of its check.")
class EvaluationController {

    private final EvaluationService evaluations;
    private final ObjectMapper mapper;

    EvaluationController(EvaluationService evaluations, ObjectMapper mapper) {
        this.evaluations = evaluations;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "Entries, newest first, without their findings")
    Dtos.PageResponse<Dtos.EvaluationResponse> search(
            @Parameter(description = "Only this committee's entries") @RequestParam(required = false) @Size(max = 100) String committee,
            @Parameter(description = "First day, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, inclusive") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        EvaluationStore.Page result = evaluations.search(committee, from, to, page, size);
        return new Dtos.PageResponse<>(result.items().stream().map(r -> response(r, null)).toList(), page, size, result.total(),
                (result.total() + size - 1) / size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry with its findings")
    Dtos.EvaluationResponse one(@PathVariable String id) {
        EvaluationRecord record = evaluations.get(id);
        try {
            return response(record, mapper.readTree(record.findingsJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings cannot be read", e);
        }
    }

    private static Dtos.EvaluationResponse response(EvaluationRecord r, JsonNode findings) {
        return new Dtos.EvaluationResponse(r.id(), r.recordedAt(), r.kind(), r.label(), r.caller(), r.committeeId(), r.committeeVersion(),
                r.evaluationDate(), r.inputDigest(), r.ruleSetVersion(), Verdict.valueOf(r.verdict()), r.findingCount(), findings);
    }
}
