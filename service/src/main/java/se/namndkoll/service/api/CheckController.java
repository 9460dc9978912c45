package se.namndkoll.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.service.check.CheckService;
import se.namndkoll.service.security.Caller;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checks", description = "Check a case against KL, LOU and the committee's reglemente and agreement")
class CheckController {

    private final CheckService checks;
    private final ReportMapper reports;

    CheckController(CheckService checks, ReportMapper reports) {
        this.checks = checks;
        this.reports = reports;
    }

    @PostMapping(path = "/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a structured case",
            description = "A committee (inline, or committeeId from the registry) and any of proposed decisions, a meeting with "
                    + "its protocol, an agenda, a budget, financial tables and procurement relations, judged on evaluationDate. "
                    + "Legal problems are findings in a 200 report; only input that cannot be read is an error.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Dtos.CheckRequestDoc.class))))
    Dtos.ReportResponse check(@RequestBody JsonNode body, Caller caller, Locale locale) {
        return reports.report(checks.check(body, caller), locale);
    }
}
