package se.namndkoll.service.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.namndkoll.documents.Body;
import se.namndkoll.documents.DocumentImporter;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.service.NotFoundException;
import se.namndkoll.service.registry.CommitteeRegistry;
import se.namndkoll.service.registry.RegisteredCommittee;
import se.namndkoll.service.security.Caller;

/**
 * Checks a document: the importer reads it into a case (with the document's lines, so findings
 * carry line numbers), and the case is checked like any other. The evaluation date is the one
 * given, else the date the importer finds in the document, else today.
 */
@Service
public class DocumentCheckService {

    private final DocumentImporter importer;
    private final CommitteeRegistry registry;
    private final CaseReader reader;
    private final CheckService checks;
    private final Clock clock;

    public DocumentCheckService(DocumentImporter importer, CommitteeRegistry registry, CaseReader reader, CheckService checks,
            Clock clock) {
        this.importer = importer;
        this.registry = registry;
        this.reader = reader;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * A checked document, its lines as the importer read them (numbered as the findings' line
     * numbers are, for a caller that shows them next to the findings) and the body it belongs to.
     */
    public record CheckedDocument(CheckOutcome outcome, List<TextLine> lines, Body body) {
    }

    /**
     * @param committeeId the committee named by the caller, or {@code null} to let the importer
     *     recognise it
     * @param evaluationDate the date to judge on, or {@code null}
     */
    public CheckOutcome check(String fileName, byte[] content, Charset charset, String committeeId,
            LocalDate evaluationDate, Caller caller) throws UnreadableDocumentException {
        return checkDocument(fileName, content, charset, committeeId, evaluationDate, caller).outcome();
    }

    /** As {@link #check}, with the document's lines. */
    public CheckedDocument checkDocument(String fileName, byte[] content, Charset charset, String committeeId,
            LocalDate evaluationDate, Caller caller) throws UnreadableDocumentException {
        return checkDocument(fileName, content, charset, committeeId, evaluationDate, caller, null);
    }

    /**
     * As {@link #checkDocument(String, byte[], java.nio.charset.Charset, String, LocalDate, Caller)}, under a
     * given evaluation id ({@code null}: a new one); a document checked again under the same id is logged once.
     */
    public CheckedDocument checkDocument(String fileName, byte[] content, Charset charset, String committeeId,
            LocalDate evaluationDate, Caller caller, UUID evaluationId) throws UnreadableDocumentException {
        String digest = CheckService.sha256(content);
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            content = new String(content, charset).getBytes(StandardCharsets.UTF_8);
        }
        List<RegisteredCommittee> all = registry.all();
        Committee committee = null;
        if (committeeId != null) {
            committee = all.stream().filter(c -> c.id().equals(committeeId)).findFirst()
                    .map(RegisteredCommittee::committee)
                    .orElseThrow(() -> new NotFoundException("committee", committeeId, null));
        }
        ImportedDocument imported = importer.read(fileName, content,
                new ImportOptions(committee, all.stream().map(RegisteredCommittee::committee).toList(), evaluationDate));
        Case input = imported.input();
        if (input.effectiveDate().isEmpty()) {
            input = input.withEvaluationDate(LocalDate.now(clock));
        }
        try {
            reader.validate(input);
        } catch (InvalidInputException e) {
            // The document was read but holds more than the fact model takes (thousands of paragraphs, say):
            // the document is the caller's input, so this is an unreadable document, not a malformed request.
            String where = e.errors().stream().map(InputError::pointer).distinct().limit(3).collect(Collectors.joining(", "));
            throw new UnreadableDocumentException(fileName, (fileName == null ? "Dokumentet" : fileName)
                    + " innehåller mer än tjänsten kan kontrollera (" + where + ").", e);
        }
        // a provisional committee, built from the document's own statements, is no registered committee: no id is recorded
        String id = imported.committeeId() != null ? imported.committeeId()
                : input.committee() == null || input.provisionalCommittee() ? null : input.committee().id();
        Long version = all.stream().filter(c -> c.id().equals(id) && c.committee().equals(imported.input().committee()))
                .findFirst().map(RegisteredCommittee::version).orElse(null);
        CheckOutcome outcome = checks.check(new ResolvedCase(input, null, id, version), caller, CheckService.DOCUMENT, fileName, digest,
                evaluationId);
        return new CheckedDocument(outcome, input.document() == null ? List.of() : input.document().lines(), imported.body());
    }
}
