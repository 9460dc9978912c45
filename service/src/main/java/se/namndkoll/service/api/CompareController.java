package se.namndkoll.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.service.check.CompareService;
import se.namndkoll.service.security.Caller;

@RestController
@RequestMapping(path = "/api/v1/arrangements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "What-if", description = "Compare a baseline arrangement with named variants")
class CompareController {

    private final CompareService compare;
    private final ReportMapper reports;

    CompareController(CompareService compare, ReportMapper reports) {
        this.compare = compare;
        this.reports = reports;
    }

    @PostMapping(path = "/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare variants of an arrangement",
            description = "Each variant is a JSON Merge Patch over the baseline (committee resolved). Returns the baseline's report, "
                    + "each variant's report and the findings added, removed and unchanged (identity: ruleId, variant, location pointer).")
    Dtos.CompareResponse compare(@Valid @RequestBody Dtos.CompareRequest request, Caller caller, Locale locale) {
        var variants = request.variants().stream()
                .map(v -> new CompareService.Variant(v.name(), v.description(), v.patch()))
                .toList();
        return reports.comparison(compare.compare(request.baseline(), variants, caller), locale);
    }
}
