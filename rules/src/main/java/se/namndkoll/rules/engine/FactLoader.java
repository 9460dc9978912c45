package se.namndkoll.rules.engine;

import java.util.List;
import java.util.function.BiConsumer;
import se.namndkoll.rules.CheckUnit;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.model.TextLine;
import se.namndkoll.rules.model.TextZone;

/**
 * Inserts every part of a case into the rule unit's data stores and records each fact's JSON
 * Pointer. Free text is inserted once: from the document's lines when the case was read from a
 * document, otherwise from the structured fields.
 */
public final class FactLoader {

    private final Locator locator;
    private final CheckUnit unit;
    private boolean hasText;

    public FactLoader(Locator locator, CheckUnit unit) {
        this.locator = locator;
        this.unit = unit;
    }

    public boolean hasText() {
        return hasText;
    }

    public void load(Case c, Evaluation evaluation, TermsVersion termsInForce) {
        unit.getEvaluation().add(evaluation);
        if (c.committee() != null) {
            loadCommittee(c.committee(), termsInForce);
        }
        if (c.protocol() != null) {
            loadProtocol(c.protocol());
        }
        if (c.agenda() != null) {
            unit.getAgenda().add(locator.register(c.agenda(), "/agenda"));
            each(c.agenda().items(), "/agenda/items", (item, p) -> unit.getAgendaItems().add(locator.register(item, p)));
        }
        if (c.budget() != null) {
            unit.getBudget().add(locator.register(c.budget(), "/budget"));
        }
        each(c.tables(), "/tables", (t, p) -> unit.getTables().add(locator.register(t, p)));
        each(c.governingTexts(), "/governingTexts", (g, p) -> unit.getGoverningTexts().add(locator.register(g, p)));
        each(c.procurementRelations(), "/procurementRelations", (r, p) -> unit.getRelations().add(locator.register(r, p)));
        each(c.decisions(), "/decisions", (d, p) -> {
            unit.getDecisions().add(locator.register(d, p));
            if (d.procurement() != null) {
                unit.getRelations().add(locator.register(d.procurement(), p + "/procurement"));
            }
        });
        if (c.document() != null) {
            loadDocument(c.document());
        } else {
            loadStructuredText(c);
        }
    }

    private void loadCommittee(Committee committee, TermsVersion termsInForce) {
        unit.getCommittee().add(locator.register(committee, "/committee"));
        each(committee.parties(), "/committee/parties", (party, p) -> unit.getParties().add(locator.register(party, p)));
        if (committee.seats() != null) {
            each(committee.seats(), "/committee/seats", (seat, p) -> unit.getSeats().add(locator.register(seat, p)));
        }
        if (termsInForce != null) {
            int index = committee.terms().indexOf(termsInForce);
            unit.getTerms().add(locator.register(termsInForce, "/committee/terms/" + index));
        }
        if (committee.documents() != null) {
            each(committee.documents(), "/committee/documents", (d, p) -> unit.getGoverningDocuments().add(locator.register(d, p)));
        }
        if (committee.meetingPlans() != null) {
            each(committee.meetingPlans(), "/committee/meetingPlans", (m, p) -> unit.getMeetingPlans().add(locator.register(m, p)));
        }
    }

    private void loadProtocol(Protocol protocol) {
        unit.getProtocol().add(locator.register(protocol, "/protocol"));
        if (protocol.attendance() != null) {
            each(protocol.attendance(), "/protocol/attendance", (a, p) -> unit.getAttendance().add(locator.register(a, p)));
        }
        each(protocol.paragraphs(), "/protocol/paragraphs", (par, p) -> unit.getParagraphs().add(locator.register(par, p)));
        if (protocol.announcements() != null) {
            each(protocol.announcements(), "/protocol/announcements", (a, p) -> unit.getAnnouncements().add(locator.register(a, p)));
        }
    }

    private void loadDocument(SourceDocument document) {
        unit.getDocument().add(locator.register(document, "/document"));
        each(document.lines(), "/document/lines", (TextLine line, String p) -> {
            // A line that repeats content read earlier in the document is checked once, at its first occurrence.
            if (!line.text().isBlank() && line.duplicateOf() == null) {
                text(p, line.text(), line.zone() == null ? TextZone.BODY : line.zone(), line.number());
            }
        });
        each(document.fields(), "/document/fields", (f, p) -> unit.getFields().add(locator.register(f, p)));
        each(document.dates(), "/document/dates", (d, p) -> unit.getDates().add(locator.register(d, p)));
    }

    private void loadStructuredText(Case c) {
        if (c.agenda() != null) {
            each(c.agenda().items(), "/agenda/items", (AgendaItem item, String p) -> {
                text(p + "/title", item.title(), TextZone.BODY, null);
                text(p + "/description", item.description(), TextZone.BODY, null);
                each(item.proposals(), p + "/proposals", (ProposalPoint point, String pp) -> text(pp + "/text", point.text(), TextZone.PROPOSAL, null));
            });
        }
        if (c.protocol() != null) {
            each(c.protocol().paragraphs(), "/protocol/paragraphs", (ProtocolParagraph par, String p) -> {
                text(p + "/title", par.title(), TextZone.BODY, null);
                text(p + "/decision", par.decision(), TextZone.DECISION, null);
            });
        }
        each(c.decisions(), "/decisions", (ProposedDecision d, String p) -> text(p + "/text", d.text(), TextZone.PROPOSAL, null));
    }

    private void text(String pointer, String text, TextZone zone, Integer line) {
        if (text != null && !text.isBlank()) {
            unit.getTexts().add(new TextFact(pointer, text, zone, line));
            hasText = true;
        }
    }

    private static <T> void each(List<T> list, String pointer, BiConsumer<T, String> action) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            action.accept(list.get(i), pointer + "/" + i);
        }
    }
}
