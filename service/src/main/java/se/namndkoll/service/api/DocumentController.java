package se.namndkoll.service.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.namndkoll.service.check.DocumentCheckService;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.service.security.Caller;

@RestController
@RequestMapping(path = "/api/v1/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Documents", description = "Check a document (agenda, protocol, …); findings carry the document's line numbers")
class DocumentController {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.:-]*";

    private final DocumentCheckService documents;
    private final ReportMapper reports;

    DocumentController(DocumentCheckService documents, ReportMapper reports) {
        this.documents = documents;
        this.reports = reports;
    }

    @PostMapping(path = "/check", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Check a document sent as text",
            description = "The body is the document's text (UTF-8 unless the Content-Type names another charset).")
    Dtos.ReportResponse text(@RequestBody(required = false) byte[] body,
            @Parameter(hidden = true) @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "Registry id of the committee; when absent it is recognised from the text where possible")
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = ID) String committee,
            @Parameter(description = "Date to judge on; default: the document's meeting date, else today")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluationDate,
            @Parameter(description = "A name for the document in the report and the decision log")
            @RequestParam(required = false, defaultValue = "document.txt") @Size(max = 300) String fileName,
            @Parameter(description = "Also return the document's lines as read (for showing them next to the findings)")
            @RequestParam(defaultValue = "false") boolean includeLines,
            Caller caller, Locale locale) throws UnreadableDocumentException {
        Charset charset = contentType.getCharset();
        // An empty body is an empty document, answered as an empty file is (422), not as a request without a body.
        byte[] content = body == null ? new byte[0] : body;
        return respond(documents.checkDocument(fileName, content, charset, committee, evaluationDate, caller), includeLines, locale);
    }

    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Check a document uploaded as a file", description = "Multipart form with the part 'file'.")
    Dtos.ReportResponse file(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Size(max = 100) @Pattern(regexp = ID) String committee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate evaluationDate,
            @Parameter(description = "Also return the document's lines as read (for showing them next to the findings)")
            @RequestParam(defaultValue = "false") boolean includeLines,
            Caller caller, Locale locale) throws UnreadableDocumentException, IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "document" : file.getOriginalFilename();
        if (name.length() > 300) {
            name = name.substring(0, 300);
        }
        Charset charset = file.getContentType() == null ? null : charsetOf(file.getContentType());
        return respond(documents.checkDocument(name, file.getBytes(), charset, committee, evaluationDate, caller), includeLines, locale);
    }

    private Dtos.ReportResponse respond(DocumentCheckService.CheckedDocument checked, boolean includeLines, Locale locale) {
        return reports.report(checked, includeLines, locale);
    }

    private static Charset charsetOf(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
