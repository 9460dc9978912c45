package se.namndkoll.service.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.draft.CommitteeDrafter;
import se.namndkoll.documents.draft.NotGoverningTextException;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.service.check.CaseReader;
import se.namndkoll.service.check.InputError;
import se.namndkoll.service.check.InvalidInputException;
import se.namndkoll.service.draft.CommitteeDraftService;
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
    private final CommitteeDraftService drafts;
    private final ReportMapper reports;

    CommitteeController(CommitteeRegistry registry, CaseReader reader, CommitteeDraftService drafts, ReportMapper reports) {
        this.registry = registry;
        this.reader = reader;
        this.drafts = drafts;
        this.reports = reports;
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

    @PostMapping(path = "/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Draft a committee from its reglemente, agreement or förbundsordning (files)",
            description = "Multipart form with one or more parts 'file' (text, PDF or Word) of the same body. Answers 200 with the draft "
                    + "(nothing is saved; save the edited draft with PUT /committees/{id}), 422 when a file is no governing text (a "
                    + "protocol, a kallelse) or cannot be read.")
    Dtos.DraftResponse draftFiles(@RequestPart(name = "file", required = false) List<MultipartFile> files,
            @Parameter(description = "Also return each file's lines (for showing each fact's source lines)")
            @RequestParam(defaultValue = "false") boolean includeLines, Locale locale)
            throws IOException, UnreadableDocumentException, NotGoverningTextException {
        List<MultipartFile> parts = files == null ? List.of() : files.stream().filter(Objects::nonNull).toList();
        if (parts.isEmpty()) {
            throw new InvalidInputException(List.of(InputError.parameter("file", "required", Map.of())));
        }
        if (parts.size() > CommitteeDraftService.MAX_FILES) {
            throw new InvalidInputException(List.of(InputError.parameter("file", "Size", Map.of("min", 1, "max", CommitteeDraftService.MAX_FILES))));
        }
        List<CommitteeDrafter.Source> sources = new ArrayList<>();
        for (MultipartFile f : parts) {
            String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "dokument" : f.getOriginalFilename();
            sources.add(new CommitteeDrafter.Source(name.length() > 300 ? name.substring(0, 300) : name, f.getBytes()));
        }
        return response(drafts.draft(sources), includeLines, locale);
    }

    @PostMapping(path = "/drafts", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Draft a committee from the text of its reglemente, agreement or förbundsordning",
            description = "The body is the document's text (UTF-8 unless the Content-Type names another charset).")
    Dtos.DraftResponse draftText(@RequestBody byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "A name for the text in the draft's provenance")
            @RequestParam(required = false, defaultValue = "reglemente.txt") @Size(max = 300) String fileName,
            @RequestParam(defaultValue = "false") boolean includeLines, Locale locale)
            throws UnreadableDocumentException, NotGoverningTextException {
        byte[] content = body;
        if (contentType.getCharset() != null && !contentType.getCharset().equals(StandardCharsets.UTF_8)) {
            content = new String(body, contentType.getCharset()).getBytes(StandardCharsets.UTF_8);
        }
        return response(drafts.draft(List.of(new CommitteeDrafter.Source(fileName, content))), includeLines, locale);
    }

    private Dtos.DraftResponse response(CommitteeDraftService.Drafted drafted, boolean includeLines, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        var draft = drafted.draft();
        return new Dtos.DraftResponse(draft.committee(), draft.provenance(),
                draft.unresolved().stream().map(u -> new Dtos.UnresolvedResponse(u.pointer(), u.code(), english ? u.messageEn() : u.message())).toList(),
                draft.representation(),
                draft.files().stream().map(f -> new Dtos.DraftFileResponse(f.name(), f.kinds(), !includeLines ? null
                        : f.lines().stream().map(l -> new Dtos.DocumentLine(l.number(), l.page(), l.text())).toList())).toList(),
                reports.findings(drafted.report().findings(), locale), drafted.report().rulesEvaluated(),
                ReportMapper.notRun(drafted.report().rulesNotRun(), locale));
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
