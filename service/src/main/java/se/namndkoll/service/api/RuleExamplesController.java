package se.namndkoll.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.service.check.RuleExamplesService;

@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rules")
class RuleExamplesController {

    private final RuleExamplesService examples;

    RuleExamplesController(RuleExamplesService examples) {
        this.examples = examples;
    }

    @GetMapping("/{id}/examples")
    @Operation(summary = "The rule's examples: its test cases, each with its name and whether the rule fires on it")
    List<RuleExamplesService.Example> examples(@PathVariable String id) {
        return examples.examples(id);
    }
}
