package se.namndkoll.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndkoll.rules.report.RuleDescriptor;
import se.namndkoll.service.check.RuleCatalogueService;

@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rules", description = "The rule catalogue")
class RuleController {

    private final RuleCatalogueService catalogue;

    RuleController(RuleCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every rule: id, titles, severities, legal basis with the provisions' wording, verified, what it requires, source files")
    List<RuleDescriptor> all() {
        return catalogue.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule, with the wording and version of each provision it cites (provisions) and the explanation of how it reads the law")
    RuleDescriptor one(@PathVariable String id) {
        return catalogue.get(id);
    }
}
