package se.namndkoll.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.service.check.CaseReader;
import se.namndkoll.service.registry.CommitteeRegistry;
import se.namndkoll.service.registry.RegisteredCommittee;
import se.namndkoll.service.security.Caller;

@RestController
@RequestMapping(path = "/api/v1/committees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Committees", description = "The committee registry: parties, seats and the dated terms of reglemente and agreement. "
        + "Changes use ETag/If-Match: replacing or deleting an existing committee needs If-Match with its current ETag "
        + "(428 without it, 412 when it has changed since it was read).")
class CommitteeController {

    private final CommitteeRegistry registry;
    private final CaseReader reader;

    CommitteeController(CommitteeRegistry registry, CaseReader reader) {
        this.registry = registry;
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "Every committee, with its version and the validity of each terms version")
    List<Dtos.CommitteeSummary> all() {
        return registry.all().stream().map(CommitteeController::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One committee; the ETag header is its version (If-None-Match gives 304)")
    ResponseEntity<Committee> one(@PathVariable String id, WebRequest request) {
        RegisteredCommittee committee = registry.get(id);
        if (request.checkNotModified(committee.etag())) {
            return null;
        }
        return ResponseEntity.ok().eTag(committee.etag()).body(committee.committee());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create (201) or replace (200) a committee",
            description = "Replacing needs If-Match with the current ETag. If-None-Match: * creates only. Needs an API key when keys are configured.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Committee.class))))
    ResponseEntity<Committee> put(@PathVariable String id, @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            Caller caller) {
        CommitteeRegistry.Saved saved = registry.put(id, reader.committee(body, id), ifMatch, ifNoneMatch, caller);
        ResponseEntity.BodyBuilder response = saved.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/committees/" + id))
                : ResponseEntity.ok();
        return response.eTag(saved.committee().etag()).body(saved.committee().committee());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a committee (needs If-Match, and an API key when keys are configured)")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Caller caller) {
        registry.delete(id, ifMatch, caller);
        return ResponseEntity.noContent().build();
    }

    private static Dtos.CommitteeSummary summary(RegisteredCommittee r) {
        Committee c = r.committee();
        return new Dtos.CommitteeSummary(c.id(), c.name(), c.form(), r.version(), r.updatedAt(), r.updatedBy(),
                c.terms().stream().map(t -> new Dtos.TermsSummary(t.validFrom(), t.validTo(), t.source())).toList());
    }
}
