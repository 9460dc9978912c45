package se.namndkoll.rules.engine;

import java.util.Map;
import se.namndkoll.rules.law.Statutes;
import se.namndkoll.rules.model.FactsSource;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Location;

/** Turns what the rules reported into findings: locates them and renders their texts. */
public final class FindingAssembler {

    private final Messages messages;

    public FindingAssembler(Messages messages) {
        this.messages = messages;
    }

    public Finding assemble(FindingDraft draft, Locator locator) {
        return assemble(draft, locator, false);
    }

    /**
     * @param provisionalCommittee whether the committee is built from the document's own statements:
     *     a finding that rests on it says so and carries {@code factsFrom: "document"}
     */
    public Finding assemble(FindingDraft draft, Locator locator, boolean provisionalCommittee) {
        String id = draft.meta().ruleId();
        String key = id + "." + draft.variant();
        String pointer = draft.target() == null ? draft.pointer() : locator.pointerOf(draft.target()) + draft.pointer();
        boolean fromDocument = provisionalCommittee && (Scope.restsOnCommittee(draft.meta().requires()) || pointer.startsWith("/committee"));
        String message = messages.render(key, draft.facts(), Messages.SWEDISH);
        String messageEn = messages.render(key, draft.facts(), Messages.ENGLISH);
        if (fromDocument) {
            message = message + " " + messages.render(PROVISIONAL_NOTE, Map.of(), Messages.SWEDISH);
            messageEn = messageEn + " " + messages.render(PROVISIONAL_NOTE, Map.of(), Messages.ENGLISH);
        }
        return new Finding(
                id,
                draft.variant(),
                draft.meta().severity(),
                messages.render(id + ".title", Map.of(), Messages.SWEDISH),
                message,
                messageEn,
                draft.legalBasis(),
                LegalBasisCheck.provisions(draft.legalBasis(), draft.meta().quotes(), Statutes.bundled()),
                draft.meta().confirmed(),
                Location.of(pointer),
                draft.facts(),
                fromDocument ? FactsSource.DOCUMENT : null);
    }

    /** The sentence a finding on a provisional committee ends with (messages/findings_*.properties). */
    static final String PROVISIONAL_NOTE = "provisional.note";
}
