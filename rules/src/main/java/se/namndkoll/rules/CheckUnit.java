package se.namndkoll.rules;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import se.namndkoll.rules.decisions.ExemptionAssessment;
import se.namndkoll.rules.decisions.ProtocolDeadlines;
import se.namndkoll.rules.decisions.PaymentMonthCheck;
import se.namndkoll.rules.decisions.QuorumRequirement;
import se.namndkoll.rules.engine.Evaluation;
import se.namndkoll.rules.engine.FindingDraft;
import se.namndkoll.rules.engine.TextFact;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.Announcement;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.DateMention;
import se.namndkoll.rules.model.FinancialTable;
import se.namndkoll.rules.model.GoverningDocument;
import se.namndkoll.rules.model.GoverningText;
import se.namndkoll.rules.model.LabelledField;
import se.namndkoll.rules.model.MeetingPlan;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.ProcurementRelation;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SourceDocument;
import se.namndkoll.rules.model.TermsVersion;

/**
 * The one rule unit every DRL file belongs to ({@code unit CheckUnit;}). Each part of the case is
 * a data store the rules match with OOPath ({@code /attendance[ role == SeatRole.LEDAMOT ]}); the
 * results of the DMN decisions are inserted before the rules fire. A rule reports a finding by
 * adding a {@link FindingDraft} to {@link #getFindings()}.
 */
public class CheckUnit implements RuleUnitData {

    private final DataStore<Evaluation> evaluation = DataSource.createStore();

    private final DataStore<Committee> committee = DataSource.createStore();
    private final DataStore<Party> parties = DataSource.createStore();
    private final DataStore<Seat> seats = DataSource.createStore();
    private final DataStore<TermsVersion> terms = DataSource.createStore();
    private final DataStore<GoverningDocument> governingDocuments = DataSource.createStore();
    private final DataStore<MeetingPlan> meetingPlans = DataSource.createStore();

    private final DataStore<Protocol> protocol = DataSource.createStore();
    private final DataStore<Attendance> attendance = DataSource.createStore();
    private final DataStore<ProtocolParagraph> paragraphs = DataSource.createStore();
    private final DataStore<Announcement> announcements = DataSource.createStore();

    private final DataStore<Agenda> agenda = DataSource.createStore();
    private final DataStore<AgendaItem> agendaItems = DataSource.createStore();

    private final DataStore<Budget> budget = DataSource.createStore();
    private final DataStore<FinancialTable> tables = DataSource.createStore();

    private final DataStore<ProposedDecision> decisions = DataSource.createStore();
    private final DataStore<ProcurementRelation> relations = DataSource.createStore();

    private final DataStore<SourceDocument> document = DataSource.createStore();
    private final DataStore<TextFact> texts = DataSource.createStore();
    private final DataStore<LabelledField> fields = DataSource.createStore();
    private final DataStore<DateMention> dates = DataSource.createStore();
    // Reglementen and agreements read from a document, with the topics they regulate.
    private final DataStore<GoverningText> governingTexts = DataSource.createStore();

    // Results of the DMN decisions (see se.namndkoll.rules.decisions).
    private final DataStore<QuorumRequirement> quorum = DataSource.createStore();
    private final DataStore<ExemptionAssessment> exemptions = DataSource.createStore();
    private final DataStore<ProtocolDeadlines> protocolDeadlines = DataSource.createStore();
    private final DataStore<PaymentMonthCheck> paymentMonthChecks = DataSource.createStore();

    private final DataStore<FindingDraft> findings = DataSource.createStore();

    public DataStore<FindingDraft> getFindings() {
        return findings;
    }

    public DataStore<Evaluation> getEvaluation() {
        return evaluation;
    }

    public DataStore<Committee> getCommittee() {
        return committee;
    }

    public DataStore<Party> getParties() {
        return parties;
    }

    public DataStore<Seat> getSeats() {
        return seats;
    }

    public DataStore<TermsVersion> getTerms() {
        return terms;
    }

    public DataStore<GoverningDocument> getGoverningDocuments() {
        return governingDocuments;
    }

    public DataStore<MeetingPlan> getMeetingPlans() {
        return meetingPlans;
    }

    public DataStore<Protocol> getProtocol() {
        return protocol;
    }

    public DataStore<Attendance> getAttendance() {
        return attendance;
    }

    public DataStore<ProtocolParagraph> getParagraphs() {
        return paragraphs;
    }

    public DataStore<Announcement> getAnnouncements() {
        return announcements;
    }

    public DataStore<Agenda> getAgenda() {
        return agenda;
    }

    public DataStore<AgendaItem> getAgendaItems() {
        return agendaItems;
    }

    public DataStore<Budget> getBudget() {
        return budget;
    }

    public DataStore<FinancialTable> getTables() {
        return tables;
    }

    public DataStore<ProposedDecision> getDecisions() {
        return decisions;
    }

    public DataStore<ProcurementRelation> getRelations() {
        return relations;
    }

    public DataStore<SourceDocument> getDocument() {
        return document;
    }

    public DataStore<TextFact> getTexts() {
        return texts;
    }

    public DataStore<LabelledField> getFields() {
        return fields;
    }

    public DataStore<DateMention> getDates() {
        return dates;
    }

    public DataStore<GoverningText> getGoverningTexts() {
        return governingTexts;
    }

    public DataStore<QuorumRequirement> getQuorum() {
        return quorum;
    }

    public DataStore<ExemptionAssessment> getExemptions() {
        return exemptions;
    }

    public DataStore<ProtocolDeadlines> getProtocolDeadlines() {
        return protocolDeadlines;
    }

    public DataStore<PaymentMonthCheck> getPaymentMonthChecks() {
        return paymentMonthChecks;
    }
}
