package se.namndkoll.service.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import se.namndkoll.documents.DocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.draft.CommitteeDraft;
import se.namndkoll.documents.draft.CommitteeDrafter;
import se.namndkoll.documents.draft.NotGoverningTextException;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.report.Report;

/** Drafts a committee from its governing documents and checks the draft; nothing is saved. */
@Service
public class CommitteeDraftService {

    /** At most this many files make one draft. */
    public static final int MAX_FILES = 8;

    private final CommitteeDrafter drafter;
    private final RuleEngine engine;
    private final Clock clock;

    public CommitteeDraftService(DocumentImporter importer, RuleEngine engine, Clock clock) {
        this.drafter = new CommitteeDrafter(importer);
        this.engine = engine;
        this.clock = clock;
    }

    /** A draft and the committee rules' report on it. */
    public record Drafted(CommitteeDraft draft, Report report) {
    }

    /**
     * @throws UnreadableDocumentException when a file cannot be read as a document
     * @throws NotGoverningTextException when a file is no reglemente, agreement or förbundsordning
     */
    public Drafted draft(List<CommitteeDrafter.Source> sources) throws UnreadableDocumentException, NotGoverningTextException {
        CommitteeDraft draft = drafter.draft(sources);
        return new Drafted(draft, check(draft.committee()));
    }

    /**
     * The committee rules on the draft as it stands, judged on the day its terms take effect (or
     * today). A terms version still without its first day is left out of the check: it is listed as
     * unresolved for the user to complete.
     */
    private Report check(Committee c) {
        List<TermsVersion> dated = c.terms().stream().filter(t -> t.validFrom() != null).toList();
        LocalDate on = dated.stream().map(TermsVersion::validFrom).max(LocalDate::compareTo).orElse(LocalDate.now(clock));
        Committee checked = new Committee(c.id(), c.name(), c.aliases(), c.form(), c.hostPartyId(), c.parties(), c.seats(), c.chair(),
                c.viceChair(), dated, c.documents(), c.meetingPlans(), c.assembly());
        return engine.check(new Case(on, checked, null, null, null, null, null, null, null));
    }
}
