package se.namndkoll.rules.engine;

import se.namndkoll.rules.law.Statutes;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Location;

/** Turns what the rules reported into findings: locates them and renders their texts. */
public final class FindingAssembler {

    private final Messages messages;

    public FindingAssembler(Messages messages) {
        this.messages = messages;
    }

    public Finding assemble(FindingDraft draft, Locator locator) {
        String id = draft.meta().ruleId();
        String key = id + "." + draft.variant();
        String pointer = draft.target() == null ? draft.pointer() : locator.pointerOf(draft.target()) + draft.pointer();
        return new Finding(
                id,
                draft.variant(),
                draft.meta().severity(),
                messages.render(id + ".title", java.util.Map.of(), Messages.SWEDISH),
                messages.render(key, draft.facts(), Messages.SWEDISH),
                messages.render(key, draft.facts(), Messages.ENGLISH),
                draft.legalBasis(),
                LegalBasisCheck.provisions(draft.legalBasis(), draft.meta().quotes(), Statutes.bundled()),
                draft.meta().confirmed(),
                Location.of(pointer),
                draft.facts());
    }
}
