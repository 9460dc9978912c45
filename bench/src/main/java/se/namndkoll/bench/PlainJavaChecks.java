package se.namndkoll.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.namndkoll.rules.document.Dates;
import se.namndkoll.rules.document.Distribution;
import se.namndkoll.rules.document.Numbering;
import se.namndkoll.rules.document.NumberingIssue;
import se.namndkoll.rules.document.OrgNumbers;
import se.namndkoll.rules.document.Placeholders;
import se.namndkoll.rules.document.Proposals;
import se.namndkoll.rules.document.WrittenDate;
import se.namndkoll.rules.economy.Amounts;
import se.namndkoll.rules.economy.BudgetTotals;
import se.namndkoll.rules.economy.ContributionSplit;
import se.namndkoll.rules.engine.Messages;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Announcement;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.BudgetKind;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.ElectingBody;
import se.namndkoll.rules.model.ExemptionClaimed;
import se.namndkoll.rules.model.GoverningDocument;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.LineType;
import se.namndkoll.rules.model.MeetingPlan;
import se.namndkoll.rules.model.Officer;
import se.namndkoll.rules.model.ParagraphRange;
import se.namndkoll.rules.model.ParticipationMode;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProcurementRelation;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.RemoteMedium;
import se.namndkoll.rules.model.ResultCarryOver;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.SupplierForm;
import se.namndkoll.rules.model.TermsVersion;
import se.namndkoll.rules.model.TextZone;
import se.namndkoll.rules.names.PartyNames;
import se.namndkoll.rules.names.PersonNames;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.time.SwedishCalendar;

/**
 * The practical lower bound of measurement 1 (issue #7): the checks of the rule catalogue that can
 * run on a structured case (committee, protocol, agenda, budget, procurement relations; no document,
 * no decisions, no reglemente or agreement text), written as straightforward Java over the fact
 * model, with the DMN tables as if-chains. It uses the rules' own pure helpers (placeholders,
 * distribution lists, organisation numbers, names, calendar, amounts) as a hand-written checker
 * would, and renders every finding's title and messages through the same message bundles, so it
 * does the same work as {@code RuleEngine.check} minus the rule engine. {@code PlainJavaParityTest}
 * proves it reports the same rule ids, variants and locations on the realistic case and its
 * variants. It is not the product: it has no legal comments and is not kept for anything else.
 */
public final class PlainJavaChecks {

    /** One finding: what the engine's {@code Finding} holds that the comparison needs. */
    public record PlainFinding(String ruleId, String variant, Severity severity, String pointer, Map<String, Object> facts,
            String title, String message, String messageEn) {
    }

    /** A report: the findings (most severe first) and the rule ids that ran. */
    public record PlainReport(List<PlainFinding> findings, List<String> rulesEvaluated) {
    }

    private static final Pattern DIGIT = Pattern.compile("(?s).*[0-9].*");

    private static final Pattern NO_SERIAL = Pattern.compile("(?s).*[-/:]\\s*|.*/\\s*/.*");

    /** A case number stated without a digit, or without its serial number ("RV 2024-", "GNS//2019"). */
    static boolean unfilledCaseNumber(String caseNumber) {
        return caseNumber != null && (!DIGIT.matcher(caseNumber).matches() || NO_SERIAL.matcher(caseNumber).matches());
    }

    private static final String[] RULE_IDS = {
        "AGR-EQUAL-SHARES", "DOC-BLANK-FIELD", "DOC-DATE-WEEKDAY", "DOC-DISTRIBUTION", "DOC-MISSING-PROPOSAL",
        "DOC-NUMBERING", "DOC-ORGNR", "DOC-PARAGRAPH-RANGE", "DOC-PLACEHOLDER", "FIN-TABLE-SUMS", "KL-ANSLAG-DURATION",
        "KL-ANSLAG-TIMELY", "KL-ATTENDANCE-RECORD", "KL-BUDGET-BALANCE", "KL-FORBUND-REPRESENTATION", "KL-JOINT-ANNOUNCEMENT", "KL-JOINT-CHAIR",
        "KL-JOINT-DOCUMENTS", "KL-JOINT-PARTIES", "KL-JOINT-REPRESENTATION", "KL-JUSTERING-DEADLINE", "KL-QUORUM",
        "KL-REMOTE-PARTICIPATION", "LOU-HORIZONTAL", "LOU-INHOUSE-ACTIVITY", "LOU-INHOUSE-CONTROL",
        "LOU-INHOUSE-PRIVATE-CAPITAL", "LOU-JOINT-COMMITTEE", "LOU-NON-PARTY", "REGL-MEETING-PLAN", "REGL-SUBSTITUTE-SAME-PARTY",
        // Listed where they apply but not implemented here: none of them fires on the realistic case, so the
        // baseline does less than the engine and the measured ratio is, if anything, against the engine.
        "KL-JOINT-SUBSTITUTE-COUNT", "REGL-JUSTERING", "REGL-NOTICE-DEADLINE"};

    private final Messages messages = Messages.load();

    /** Checks a structured case (see the class comment for what it covers). */
    public PlainReport check(Case c) {
        if (c.document() != null || !c.decisions().isEmpty() || !c.tables().isEmpty() || !c.governingTexts().isEmpty()) {
            throw new IllegalArgumentException("The plain-Java baseline covers structured cases without documents, decisions, tables or governing texts");
        }
        LocalDate date = c.effectiveDate().orElseThrow();
        Committee committee = c.committee();
        TermsVersion terms = committee == null ? null : committee.termsOn(date).orElse(null);
        Run r = new Run(c, committee, terms);
        r.protocolRules();
        r.committeeRules();
        r.budgetRules();
        r.textRules();
        r.agendaRules();
        r.louRules();
        r.termsRules();

        Map<String, PlainFinding> unique = new LinkedHashMap<>();
        for (PlainFinding f : r.out) {
            unique.putIfAbsent(f.ruleId() + "|" + f.variant() + "|" + f.pointer(), f);
        }
        List<PlainFinding> findings = new ArrayList<>(unique.values());
        findings.sort(Comparator.comparing(PlainFinding::severity).thenComparing(PlainFinding::ruleId).thenComparing(PlainFinding::pointer));
        return new PlainReport(findings, evaluated(c, terms != null, r.hasText));
    }

    private static List<String> evaluated(Case c, boolean terms, boolean text) {
        boolean committee = c.committee() != null;
        boolean seats = committee && c.committee().seats() != null;
        boolean protocol = c.protocol() != null;
        boolean attendance = protocol && c.protocol().attendance() != null;
        boolean agenda = c.agenda() != null;
        boolean budget = c.budget() != null;
        boolean procurement = !c.procurementRelations().isEmpty();
        List<String> ids = new ArrayList<>();
        for (String id : RULE_IDS) {
            boolean runs = switch (id) {
                case "AGR-EQUAL-SHARES" -> committee && terms && budget;
                case "DOC-BLANK-FIELD", "DOC-MISSING-PROPOSAL", "DOC-NUMBERING" -> agenda || protocol;
                case "DOC-DATE-WEEKDAY" -> protocol || text;
                case "DOC-DISTRIBUTION" -> committee && (agenda || protocol);
                case "DOC-ORGNR" -> committee || procurement || text;
                case "DOC-PLACEHOLDER" -> text;
                case "FIN-TABLE-SUMS", "KL-BUDGET-BALANCE" -> budget;
                case "KL-FORBUND-REPRESENTATION" -> seats;
                case "KL-JOINT-CHAIR", "KL-JOINT-DOCUMENTS", "KL-JOINT-PARTIES", "KL-JOINT-REPRESENTATION" -> committee;
                case "KL-JOINT-ANNOUNCEMENT" -> committee && protocol;
                case "KL-QUORUM" -> attendance && seats;
                case "LOU-JOINT-COMMITTEE" -> procurement && committee;
                case "LOU-HORIZONTAL", "LOU-INHOUSE-ACTIVITY", "LOU-INHOUSE-CONTROL", "LOU-INHOUSE-PRIVATE-CAPITAL", "LOU-NON-PARTY" -> procurement;
                case "REGL-MEETING-PLAN" -> terms;
                case "REGL-SUBSTITUTE-SAME-PARTY" -> attendance && terms;
                case "KL-JOINT-SUBSTITUTE-COUNT" -> seats;
                case "REGL-JUSTERING" -> protocol && terms;
                case "REGL-NOTICE-DEADLINE" -> agenda && terms;
                default -> protocol; // DOC-PARAGRAPH-RANGE, KL-ANSLAG-*, KL-ATTENDANCE-RECORD, KL-JUSTERING-DEADLINE, KL-REMOTE-PARTICIPATION
            };
            if (runs) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** One check's state. */
    private final class Run {
        final Case c;
        final Committee committee;
        final TermsVersion terms;
        final List<PlainFinding> out = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();
        boolean hasText;

        Run(Case c, Committee committee, TermsVersion terms) {
            this.c = c;
            this.committee = committee;
            this.terms = terms;
            collectTexts();
        }

        void add(String id, Severity severity, String variant, String pointer, Map<String, Object> facts) {
            String key = id + "." + variant;
            out.add(new PlainFinding(id, variant, severity, pointer, facts,
                    messages.render(id + ".title", Map.of(), Messages.SWEDISH),
                    messages.render(key, facts, Messages.SWEDISH),
                    messages.render(key, facts, Messages.ENGLISH)));
        }

        Map<String, Object> facts(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], kv[i + 1]);
            }
            return m;
        }

        // ---------------------------------------------------------------- the protocol

        void protocolRules() {
            Protocol p = c.protocol();
            if (p == null) {
                return;
            }
            List<Attendance> attendance = p.attendance() == null ? List.of() : p.attendance();
            // KL-REMOTE-PARTICIPATION
            long remote = attendance.stream().filter(a -> Boolean.TRUE.equals(a.remote())).count();
            boolean distance = p.participation() == ParticipationMode.HYBRID || p.participation() == ParticipationMode.REMOTE || remote > 0;
            if (distance) {
                if (terms != null && Boolean.FALSE.equals(terms.remoteParticipationAllowed())) {
                    Map<String, Object> f = facts("meetingDate", p.meetingDate(), "place", p.place(), "remoteAttendees", remote);
                    add("KL-REMOTE-PARTICIPATION", Severity.ERROR, "notAllowed", "/protocol/participation", f);
                }
                if (terms == null || terms.remoteParticipationAllowed() == null) {
                    add("KL-REMOTE-PARTICIPATION", Severity.WARNING, "decisionNotShown", "/protocol/participation",
                            facts("meetingDate", p.meetingDate(), "place", p.place(), "remoteAttendees", remote));
                }
                if (p.remoteMedium() == RemoteMedium.AUDIO_ONLY) {
                    add("KL-REMOTE-PARTICIPATION", Severity.ERROR, "audioOnly", "/protocol/remoteMedium",
                            facts("meetingDate", p.meetingDate(), "place", p.place()));
                }
            }
            if (p.participation() == ParticipationMode.REMOTE) {
                add("KL-REMOTE-PARTICIPATION", Severity.WARNING, "noMeetingPlace", "/protocol/place",
                        facts("meetingDate", p.meetingDate(), "place", p.place()));
            } else {
                for (int i = 0; i < attendance.size(); i++) {
                    Attendance a = attendance.get(i);
                    if (Boolean.TRUE.equals(a.chair()) && Boolean.TRUE.equals(a.remote())) {
                        add("KL-REMOTE-PARTICIPATION", Severity.WARNING, "chairRemote", "/protocol/attendance/" + i + "/remote",
                                facts("meetingDate", p.meetingDate(), "person", a.person()));
                    }
                }
            }

            // KL-ATTENDANCE-RECORD
            if (p.attendance() == null && !Boolean.TRUE.equals(p.extract()) && p.attendanceStatement() != null) {
                add("KL-ATTENDANCE-RECORD", Severity.INFO, "statedInWords", "/protocol/attendanceStatement",
                        facts("meetingDate", p.meetingDate(), "statement", p.attendanceStatement()));
            } else if (p.attendance() == null && !Boolean.TRUE.equals(p.extract())) {
                boolean referenced = Boolean.TRUE.equals(p.attendanceReferenced());
                add("KL-ATTENDANCE-RECORD", referenced ? Severity.WARNING : Severity.ERROR, referenced ? "referencedButMissing" : "missing",
                        "/protocol/attendance", facts("meetingDate", p.meetingDate()));
            } else if (p.attendance() != null && attendance.stream().noneMatch(Attendance::serves)) {
                add("KL-ATTENDANCE-RECORD", Severity.ERROR, "noneServing", "/protocol/attendance", facts("meetingDate", p.meetingDate()));
            }

            // KL-QUORUM: more than half of the ledamot seats (kl-beslutforhet.dmn)
            if (committee != null && committee.seats() != null && p.attendance() != null) {
                int seats = (int) committee.seats().stream().filter(s -> s.role() == SeatRole.LEDAMOT).count();
                if (seats > 0) {
                    int required = seats / 2 + 1;
                    // the presence the same in every paragraph: one finding for the meeting
                    boolean varies = attendance.stream().anyMatch(a -> a.serves() && a.paragraphs() != null)
                            || p.paragraphs().stream().anyMatch(par -> !par.disqualified().isEmpty());
                    if (!varies) {
                        long present = attendance.stream().filter(Attendance::serves).count();
                        if (present < required) {
                            String numbers = p.paragraphs().stream().map(ProtocolParagraph::number).sorted()
                                    .map(String::valueOf).collect(Collectors.joining(", "));
                            Map<String, Object> f = facts("seats", seats, "present", present, "required", required);
                            if (!numbers.isEmpty()) {
                                f.put("paragraphs", numbers);
                            }
                            add("KL-QUORUM", Severity.ERROR, "meeting", "/protocol/attendance", f);
                        }
                    }
                    for (int i = 0; varies && i < p.paragraphs().size(); i++) {
                        ProtocolParagraph par = p.paragraphs().get(i);
                        long present = attendance.stream()
                                .filter(a -> a.serves() && a.presentAt(par.number()) && !par.disqualified().contains(a.person())).count();
                        if (present < required) {
                            add("KL-QUORUM", Severity.ERROR, "paragraph", "/protocol/paragraphs/" + i,
                                    facts("paragraph", par.number(), "seats", seats, "present", present, "required", required));
                        }
                    }
                }
            }

            // The deadlines (kl-protokoll-frister.dmn): 14 days, 2 days, 3 weeks, rolled forward.
            if (p.meetingDate() != null) {
                LocalDate lastAdjustment = SwedishCalendar.rollForward(p.meetingDate().plusDays(14));
                LocalDate latestLawfulAdjustment = p.adjustmentDeadline() != null && p.adjustmentDeadline().isBefore(lastAdjustment)
                        ? p.adjustmentDeadline() : lastAdjustment;
                LocalDate lastPosting = p.adjustedOn() == null ? null : SwedishCalendar.rollForward(p.adjustedOn().plusDays(2));
                LocalDate latestLawfulPosting = SwedishCalendar.rollForward(latestLawfulAdjustment.plusDays(2));
                LocalDate earliestLawfulAdjustment = p.noticePostedOn() == null ? null : SwedishCalendar.earliestStart(p.noticePostedOn(), 2);
                LocalDate appealEnd = p.noticePostedOn() == null ? null : SwedishCalendar.rollForward(p.noticePostedOn().plusDays(21));

                if (p.adjustedOn() != null && p.adjustedOn().isAfter(lastAdjustment)) {
                    add("KL-JUSTERING-DEADLINE", Severity.ERROR, "late", "/protocol/adjustedOn", facts("meetingDate", p.meetingDate(),
                            "adjustedOn", p.adjustedOn(), "daysAfterMeeting", ChronoUnit.DAYS.between(p.meetingDate(), p.adjustedOn()),
                            "periodDays", 14, "lastAdjustmentDay", lastAdjustment));
                }
                if (p.adjustedOn() == null && p.adjustmentDeadline() != null && p.adjustmentDeadline().isAfter(lastAdjustment)) {
                    add("KL-JUSTERING-DEADLINE", Severity.ERROR, "statedDeadlineTooLate", "/protocol/adjustmentDeadline",
                            facts("meetingDate", p.meetingDate(), "adjustmentDeadline", p.adjustmentDeadline(),
                                    "daysAfterMeeting", ChronoUnit.DAYS.between(p.meetingDate(), p.adjustmentDeadline()),
                                    "periodDays", 14, "lastAdjustmentDay", lastAdjustment));
                }
                LocalDate posted = p.noticePostedOn();
                if (lastPosting != null && posted != null && posted.isAfter(lastPosting)) {
                    add("KL-ANSLAG-TIMELY", Severity.ERROR, "late", "/protocol/noticePostedOn", facts("adjustedOn", p.adjustedOn(),
                            "posted", posted, "daysAfterAdjustment", ChronoUnit.DAYS.between(p.adjustedOn(), posted),
                            "periodDays", 2, "lastPostingDay", lastPosting));
                }
                if (p.adjustedOn() == null && posted != null && posted.isAfter(latestLawfulPosting)) {
                    add("KL-ANSLAG-TIMELY", Severity.ERROR, "noLawfulAdjustmentDate", "/protocol/noticePostedOn",
                            facts("meetingDate", p.meetingDate(), "posted", posted, "latestLawfulAdjustment", latestLawfulAdjustment,
                                    "latestLawfulPosting", latestLawfulPosting,
                                    "daysAfterMeeting", ChronoUnit.DAYS.between(p.meetingDate(), posted)));
                }
                if (earliestLawfulAdjustment != null && earliestLawfulAdjustment.equals(latestLawfulAdjustment) && p.adjustedOn() == null
                        && !posted.isAfter(latestLawfulPosting) && !posted.isBefore(p.meetingDate())) {
                    add("KL-ANSLAG-TIMELY", Severity.INFO, "onlyIfAdjustedOnLastDay", "/protocol/noticePostedOn",
                            facts("meetingDate", p.meetingDate(), "posted", posted, "requiredAdjustmentDay", latestLawfulAdjustment,
                                    "periodDays", 2));
                }
                LocalDate removed = p.noticeRemovedOn();
                if (appealEnd != null && removed != null && !removed.isBefore(posted) && removed.isBefore(appealEnd)) {
                    add("KL-ANSLAG-DURATION", Severity.ERROR, "early", "/protocol/noticeRemovedOn", facts("posted", posted,
                            "removed", removed, "appealEnd", appealEnd, "daysPosted", ChronoUnit.DAYS.between(posted, removed)));
                }
                if (appealEnd != null && removed != null && removed.equals(appealEnd)) {
                    add("KL-ANSLAG-DURATION", Severity.WARNING, "onLastDay", "/protocol/noticeRemovedOn",
                            facts("posted", posted, "removed", removed, "appealEnd", appealEnd));
                }
                jointAnnouncements(p, lastPosting, latestLawfulAdjustment, latestLawfulPosting, appealEnd, true);
            } else {
                jointAnnouncements(p, null, null, null, null, false);
            }
            if (p.adjustedOn() != null && p.meetingDate() != null && p.adjustedOn().isBefore(p.meetingDate())) {
                add("KL-JUSTERING-DEADLINE", Severity.ERROR, "beforeMeeting", "/protocol/adjustedOn",
                        facts("meetingDate", p.meetingDate(), "adjustedOn", p.adjustedOn()));
            }
            LocalDate posted = p.noticePostedOn();
            if (p.adjustedOn() != null && posted != null && posted.isBefore(p.adjustedOn())) {
                add("KL-ANSLAG-TIMELY", Severity.ERROR, "beforeAdjustment", "/protocol/noticePostedOn",
                        facts("adjustedOn", p.adjustedOn(), "posted", posted));
            }
            if (p.adjustedOn() == null && posted != null && p.meetingDate() != null && posted.isBefore(p.meetingDate())) {
                add("KL-ANSLAG-TIMELY", Severity.ERROR, "beforeMeeting", "/protocol/noticePostedOn",
                        facts("meetingDate", p.meetingDate(), "posted", posted));
            }
            if (posted != null && p.noticeRemovedOn() != null && p.noticeRemovedOn().isBefore(posted)) {
                add("KL-ANSLAG-DURATION", Severity.ERROR, "beforePosting", "/protocol/noticeRemovedOn",
                        facts("posted", posted, "removed", p.noticeRemovedOn()));
            }

            // DOC-PARAGRAPH-RANGE
            ParagraphRange range = p.adjustedParagraphs();
            if (range != null && range.to() >= range.from()) {
                if (!p.paragraphs().isEmpty()) {
                    Set<Integer> inRange = new HashSet<>();
                    for (ProtocolParagraph par : p.paragraphs()) {
                        if (range.contains(par.number())) {
                            inRange.add(par.number());
                        }
                    }
                    if (inRange.size() < range.to() - range.from() + 1 && !Boolean.TRUE.equals(p.extract())) {
                        List<Integer> missing = new ArrayList<>();
                        for (int n = range.from(); n <= range.to() && missing.size() < 20; n++) {
                            if (!inRange.contains(n)) {
                                missing.add(n);
                            }
                        }
                        add("DOC-PARAGRAPH-RANGE", Severity.WARNING, "missingFromProtocol", "/protocol/adjustedParagraphs",
                                facts("from", range.from(), "to", range.to(), "missing", missing));
                    }
                }
                List<Integer> outside = new ArrayList<>();
                for (ProtocolParagraph par : p.paragraphs()) {
                    if (!range.contains(par.number()) && !Boolean.TRUE.equals(par.immediatelyAdjusted())) {
                        outside.add(par.number());
                    }
                }
                if (!outside.isEmpty()) {
                    add("DOC-PARAGRAPH-RANGE", Severity.WARNING, "outsideRange", "/protocol/adjustedParagraphs",
                            facts("from", range.from(), "to", range.to(), "outside", outside));
                }
            }

            // DOC-BLANK-FIELD (the protocol's parts), DOC-MISSING-PROPOSAL, DOC-NUMBERING
            for (int i = 0; i < p.paragraphs().size(); i++) {
                ProtocolParagraph par = p.paragraphs().get(i);
                if (unfilledCaseNumber(par.caseNumber())) {
                    add("DOC-BLANK-FIELD", Severity.WARNING, "caseNumberParagraph", "/protocol/paragraphs/" + i + "/caseNumber",
                            facts("paragraph", par.number(), "caseNumber", par.caseNumber().trim()));
                }
                if ((par.decision() == null || par.decision().trim().isEmpty()) && !Proposals.formality(par.title())) {
                    add("DOC-MISSING-PROPOSAL", Severity.WARNING, "paragraph", "/protocol/paragraphs/" + i + "/decision",
                            facts("paragraph", par.number(), "title", par.title()));
                }
            }
            if (p.startTime() != null && p.endTime() == null) {
                add("DOC-BLANK-FIELD", Severity.INFO, "endTime", "/protocol/endTime", facts("meetingDate", p.meetingDate(), "startTime", p.startTime()));
            }
            for (NumberingIssue n : Numbering.ofProtocol(p)) {
                add("DOC-NUMBERING", Severity.WARNING, n.isGap() ? "paragraphGap" : "paragraphDuplicate", "/protocol/paragraphs/" + n.index(),
                        facts("numbers", n.numbersText(), "count", n.count(), "before", n.before(), "after", n.after()));
            }
            if (c.agenda() != null && c.agenda().meetingDate() != null && !Objects.equals(p.meetingDate(), c.agenda().meetingDate())) {
                add("DOC-DATE-WEEKDAY", Severity.WARNING, "agendaProtocol", "/protocol/meetingDate",
                        facts("agendaDate", c.agenda().meetingDate(), "protocolDate", p.meetingDate()));
            }
            // DOC-DISTRIBUTION (paragraphs)
            if (committee != null) {
                for (int i = 0; i < p.paragraphs().size(); i++) {
                    ProtocolParagraph par = p.paragraphs().get(i);
                    if (par.distribution() != null && Distribution.addressesAllParties(par.decision())) {
                        List<Party> missing = Distribution.uncovered(committee.parties(), par.distribution());
                        if (!missing.isEmpty()) {
                            add("DOC-DISTRIBUTION", Severity.WARNING, "paragraph", "/protocol/paragraphs/" + i + "/distribution",
                                    facts("paragraph", par.number(), "missing", Distribution.names(missing), "count", missing.size(),
                                            "parties", committee.parties().size()));
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- the committee

        /** KL-JOINT-ANNOUNCEMENT (kl-09-anslag-parter.drl); the deadlines exist only with a meeting date. */
        void jointAnnouncements(Protocol p, LocalDate lastPosting, LocalDate latestLawfulAdjustment, LocalDate latestLawfulPosting,
                LocalDate appealEnd, boolean deadlines) {
            if (committee == null || committee.form() != CooperationForm.GEMENSAM_NAMND) {
                return;
            }
            List<Announcement> list = p.announcements() == null ? List.of() : p.announcements();
            String host = committee.hostPartyId();
            boolean hostListed = host != null && list.stream().anyMatch(a -> a.partyId().equals(host));
            LocalDate last = p.noticePostedOn();
            for (var a : list) {
                if (a.postedOn() != null && (last == null || a.postedOn().isAfter(last))) {
                    last = a.postedOn();
                }
            }
            LocalDate jointEnd = deadlines && last != null ? SwedishCalendar.rollForward(last.plusDays(21)) : null;
            if (p.noticePostedOn() != null || !list.isEmpty()) {
                List<String> missing = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (Party party : committee.parties()) {
                    Optional<Announcement> entry = list.stream().filter(a -> a.partyId().equals(party.id())).findFirst();
                    boolean announced = entry.isPresent() ? entry.get().postedOn() != null
                            : party.id().equals(host) && p.noticePostedOn() != null;
                    (announced ? shown : missing).add(party.name());
                }
                if (!missing.isEmpty()) {
                    Map<String, Object> f = facts("missing", String.join(", ", missing), "count", missing.size(),
                            "parties", committee.parties().size());
                    if (!shown.isEmpty()) {
                        f.put("shown", String.join(", ", shown));
                    }
                    if (jointEnd != null) {
                        f.put("lastAnnouncement", last);
                        f.put("appealEnd", jointEnd);
                    }
                    add("KL-JOINT-ANNOUNCEMENT", Severity.INFO, "notShown", p.announcements() == null ? "/protocol/noticePostedOn"
                            : "/protocol/announcements", f);
                }
            }
            if (!deadlines) {
                return;
            }
            String lastParty = lastParty(p, host, hostListed, last);
            for (int i = 0; i < list.size(); i++) {
                var a = list.get(i);
                if (a.partyId().equals(host) && p.noticePostedOn() != null) {
                    continue;
                }
                String at = "/protocol/announcements/" + i;
                String name = committee.party(a.partyId()).map(Party::name).orElse(a.partyId());
                if (p.adjustedOn() != null && lastPosting != null && a.postedOn() != null && a.postedOn().isAfter(lastPosting)) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.ERROR, "late", at + "/postedOn", facts("party", name, "posted", a.postedOn(),
                            "adjustedOn", p.adjustedOn(), "lastPostingDay", lastPosting, "appealEnd", jointEnd));
                }
                if (p.adjustedOn() == null && a.postedOn() != null && a.postedOn().isAfter(latestLawfulPosting)) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.ERROR, "lateNoAdjustmentDate", at + "/postedOn", facts("party", name,
                            "posted", a.postedOn(), "latestLawfulAdjustment", latestLawfulAdjustment, "latestLawfulPosting", latestLawfulPosting));
                }
                if (jointEnd != null && a.removedOn() != null && a.removedOn().isBefore(jointEnd)
                        && (a.postedOn() == null || !a.removedOn().isBefore(a.postedOn()))) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.ERROR, "removedEarly", at + "/removedOn", facts("party", name, "posted", a.postedOn(),
                            "removed", a.removedOn(), "lastParty", lastParty, "lastAnnouncement", last, "appealEnd", jointEnd));
                }
                if (jointEnd != null && a.removedOn() != null && a.removedOn().equals(jointEnd)) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.WARNING, "removedOnLastDay", at + "/removedOn", facts("party", name,
                            "removed", a.removedOn(), "lastParty", lastParty, "lastAnnouncement", last, "appealEnd", jointEnd));
                }
            }
            LocalDate removed = p.noticeRemovedOn();
            if (host != null && !hostListed && p.noticePostedOn() != null && removed != null && appealEnd != null && jointEnd != null) {
                String name = committee.party(host).map(Party::name).orElse(host);
                if (!removed.isBefore(appealEnd) && removed.isBefore(jointEnd)) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.ERROR, "removedEarly", "/protocol/noticeRemovedOn", facts("party", name,
                            "posted", p.noticePostedOn(), "removed", removed, "lastParty", lastParty, "lastAnnouncement", last, "appealEnd", jointEnd));
                }
                if (jointEnd.isAfter(appealEnd) && removed.equals(jointEnd)) {
                    add("KL-JOINT-ANNOUNCEMENT", Severity.WARNING, "removedOnLastDay", "/protocol/noticeRemovedOn", facts("party", name,
                            "removed", removed, "lastParty", lastParty, "lastAnnouncement", last, "appealEnd", jointEnd));
                }
            }
        }

        private String lastParty(Protocol p, String host, boolean hostListed, LocalDate day) {
            if (day == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            if (!hostListed && day.equals(p.noticePostedOn()) && host != null) {
                names.add(committee.party(host).map(Party::name).orElse(host));
            }
            for (var a : p.announcements() == null ? List.<Announcement>of() : p.announcements()) {
                String name = committee.party(a.partyId()).map(Party::name).orElse(a.partyId());
                if (day.equals(a.postedOn()) && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        void committeeRules() {
            if (committee == null) {
                return;
            }
            List<Party> parties = committee.parties();
            List<Seat> seats = committee.seats();
            for (int i = 0; i < parties.size(); i++) {
                Party p = parties.get(i);
                if (OrgNumbers.invalid(p.organisationNumber())) {
                    orgnr(p.organisationNumber(), p.name(), "/committee/parties/" + i + "/organisationNumber");
                }
            }
            if (committee.form() == CooperationForm.KOMMUNALFORBUND && seats != null) {
                for (int i = 0; i < parties.size(); i++) {
                    Party p = parties.get(i);
                    long ledamoter = seats.stream().filter(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.LEDAMOT).count();
                    long ersattare = seats.stream().filter(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.ERSATTARE).count();
                    String at = "/committee/parties/" + i;
                    if (ledamoter == 0) {
                        add("KL-FORBUND-REPRESENTATION", Severity.ERROR, "missingLedamot", at, facts("member", p.name()));
                    }
                    if (ersattare == 0) {
                        add("KL-FORBUND-REPRESENTATION", Severity.ERROR, "missingErsattare", at, facts("member", p.name()));
                    }
                    if (ledamoter > 0 && ersattare > 0 && ersattare != ledamoter) {
                        add("KL-FORBUND-REPRESENTATION", Severity.WARNING, "unequalCount", at,
                                facts("member", p.name(), "ledamoter", ledamoter, "ersattare", ersattare));
                    }
                }
            }
            if (committee.form() != CooperationForm.GEMENSAM_NAMND) {
                return;
            }
            // KL-JOINT-PARTIES
            for (int i = 0; i < parties.size(); i++) {
                Party p = parties.get(i);
                if (!p.isMunicipalityOrRegion()) {
                    add("KL-JOINT-PARTIES", Severity.ERROR, "partyKind", "/committee/parties/" + i + "/kind",
                            facts("party", p.name(), "kind", p.kind()));
                }
            }
            if (parties.size() < 2) {
                add("KL-JOINT-PARTIES", Severity.ERROR, "tooFewParties", "/committee/parties", facts("parties", parties.size()));
            }
            if (committee.hostPartyId() == null) {
                add("KL-JOINT-PARTIES", Severity.ERROR, "noHost", "/committee/hostPartyId", facts());
            } else if (committee.party(committee.hostPartyId()).isEmpty()) {
                add("KL-JOINT-PARTIES", Severity.ERROR, "hostNotParty", "/committee/hostPartyId", facts("host", committee.hostPartyId()));
            }
            // KL-JOINT-REPRESENTATION
            if (seats != null) {
                for (int i = 0; i < parties.size(); i++) {
                    Party p = parties.get(i);
                    if (seats.stream().noneMatch(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.LEDAMOT)) {
                        add("KL-JOINT-REPRESENTATION", Severity.ERROR, "missingLedamot", "/committee/parties/" + i, facts("party", p.name()));
                    }
                    if (seats.stream().noneMatch(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.ERSATTARE)) {
                        add("KL-JOINT-REPRESENTATION", Severity.ERROR, "missingErsattare", "/committee/parties/" + i, facts("party", p.name()));
                    }
                    long ledamoter = seats.stream().filter(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.LEDAMOT).count();
                    long ersattare = seats.stream().filter(s -> s.partyId().equals(p.id()) && s.role() == SeatRole.ERSATTARE).count();
                    if (ledamoter > 0 && ersattare > 0 && ledamoter != ersattare) {
                        add("KL-JOINT-REPRESENTATION", Severity.WARNING, "unequalCount", "/committee/parties/" + i,
                                facts("party", p.name(), "ledamoter", ledamoter, "ersattare", ersattare));
                    }
                }
                for (int i = 0; i < seats.size(); i++) {
                    Seat s = seats.get(i);
                    if (committee.party(s.partyId()).isEmpty()) {
                        add("KL-JOINT-REPRESENTATION", Severity.ERROR, "seatNotParty", "/committee/seats/" + i + "/partyId",
                                facts("partyId", s.partyId(), "role", s.role(), "person", s.person()));
                    }
                }
            }
            // KL-JOINT-CHAIR
            chairElection(committee.chair(), "/committee/chair/electedBy", "chairByCommittee", "chairByPartyCouncil");
            chairElection(committee.viceChair(), "/committee/viceChair/electedBy", "viceChairByCommittee", "viceChairByPartyCouncil");
            chairSeat(committee.chair(), "chairNotLedamot", "/committee/chair/person");
            chairSeat(committee.viceChair(), "viceChairNotLedamot", "/committee/viceChair/person");
            if (committee.chair() != null && committee.chair().person() == null) {
                add("KL-JOINT-CHAIR", Severity.INFO, "chairVacant", "/committee/chair", facts());
            }
            if (committee.viceChair() != null && committee.viceChair().person() == null) {
                add("KL-JOINT-CHAIR", Severity.INFO, "viceChairVacant", "/committee/viceChair", facts());
            }
            // KL-JOINT-DOCUMENTS
            List<GoverningDocument> documents = committee.documents();
            if (documents != null) {
                if (documents.stream().noneMatch(d -> d.kind() == GoverningDocumentKind.REGLEMENTE)) {
                    add("KL-JOINT-DOCUMENTS", Severity.ERROR, "missingReglemente", "/committee/documents", facts());
                }
                if (documents.stream().noneMatch(d -> d.kind() == GoverningDocumentKind.AGREEMENT)) {
                    add("KL-JOINT-DOCUMENTS", Severity.ERROR, "missingAgreement", "/committee/documents", facts());
                }
                for (int i = 0; i < documents.size(); i++) {
                    GoverningDocument d = documents.get(i);
                    if (d.adoptedBy() == null || (d.kind() != GoverningDocumentKind.REGLEMENTE && d.kind() != GoverningDocumentKind.AGREEMENT)) {
                        continue;
                    }
                    List<String> missing = parties.stream().filter(p -> !d.adoptedBy().contains(p.id())).map(Party::name).toList();
                    if (!missing.isEmpty()) {
                        add("KL-JOINT-DOCUMENTS", Severity.ERROR, d.kind() == GoverningDocumentKind.REGLEMENTE ? "reglementeNotAdopted" : "agreementNotAdopted",
                                "/committee/documents/" + i + "/adoptedBy",
                                facts("missing", String.join(", ", missing), "count", missing.size(), "parties", parties.size()));
                    }
                }
            }
        }

        void chairElection(Officer o, String pointer, String byCommittee, String byPartyCouncil) {
            if (o != null && (o.electedBy() == ElectingBody.COMMITTEE || o.electedBy() == ElectingBody.PARTY_COUNCIL)) {
                add("KL-JOINT-CHAIR", Severity.WARNING, o.electedBy() == ElectingBody.COMMITTEE ? byCommittee : byPartyCouncil, pointer,
                        facts("person", o.person(), "electedBy", o.electedBy()));
            }
        }

        void chairSeat(Officer o, String variant, String pointer) {
            List<Seat> seats = committee.seats();
            if (seats == null || o == null || o.person() == null) {
                return;
            }
            List<Seat> ledamot = seats.stream().filter(s -> s.role() == SeatRole.LEDAMOT).toList();
            if (!ledamot.isEmpty() && ledamot.stream().noneMatch(s -> s.person() == null)
                    && ledamot.stream().noneMatch(s -> s.person().trim().equalsIgnoreCase(o.person().trim()))) {
                add("KL-JOINT-CHAIR", Severity.WARNING, variant, pointer, facts("person", o.person()));
            }
        }

        // ---------------------------------------------------------------- the budget

        void budgetRules() {
            Budget b = c.budget();
            if (b == null) {
                return;
            }
            CooperationForm form = committee == null ? null : committee.form();
            for (BudgetTotals t : BudgetTotals.of(b)) {
                if (t.income().compareTo(t.cost()) > 0 || b.kind() != BudgetKind.BUDGET) {
                    continue;
                }
                Map<String, Object> f = facts("year", String.valueOf(b.year()), "income", t.income(), "cost", t.cost(), "difference", t.difference());
                if (form == CooperationForm.KOMMUNALFORBUND) {
                    if (Boolean.TRUE.equals(b.exceptionalReasons())) {
                        add("KL-BUDGET-BALANCE", Severity.INFO, "exceptionalReasons", "/budget/exceptionalReasons", f);
                    } else {
                        add("KL-BUDGET-BALANCE", Severity.ERROR, "unbalanced", "/budget", f);
                    }
                } else if (form == CooperationForm.GEMENSAM_NAMND) {
                    add("KL-BUDGET-BALANCE", Severity.INFO, "jointCommittee", "/budget", f);
                } else if (committee == null) {
                    f.put("exceptionalReasons", b.exceptionalReasons());
                    add("KL-BUDGET-BALANCE", Severity.WARNING, "formUnknown", "/budget", f);
                }
            }
            for (int i = 0; i < b.earlierResults().size(); i++) {
                ResultCarryOver r = b.earlierResults().get(i);
                if (r.amount().signum() >= 0) {
                    continue;
                }
                boolean open = (r.restoredInYear() != null && r.restoredInYear() > r.year() + 3)
                        || (r.restoredInYear() == null && b.year() >= r.year() + 3);
                String at = "/budget/earlierResults/" + i;
                if (open) {
                    String variant = r.restoredInYear() != null ? "restoredLate"
                            : (b.year() == r.year() + 3 && b.kind() != BudgetKind.OUTCOME ? "openInLastYear" : "notRestored");
                    Map<String, Object> f = facts("deficitYear", String.valueOf(r.year()), "deficit", r.amount().negate(),
                            "deadlineYear", String.valueOf(r.year() + 3),
                            "restoredInYear", r.restoredInYear() == null ? null : String.valueOf(r.restoredInYear()),
                            "year", String.valueOf(b.year()));
                    if (form == CooperationForm.KOMMUNALFORBUND) {
                        add("KL-BUDGET-BALANCE", Severity.ERROR, variant, at, f);
                    } else if (committee == null) {
                        add("KL-BUDGET-BALANCE", Severity.WARNING, variant, at, f);
                    } else if (form == CooperationForm.GEMENSAM_NAMND) {
                        add("KL-BUDGET-BALANCE", Severity.INFO, "jointCommitteeDeficit", at, facts("deficitYear", String.valueOf(r.year()),
                                "deficit", r.amount().negate(), "deadlineYear", String.valueOf(r.year() + 3), "year", String.valueOf(b.year())));
                    }
                }
                if ((committee == null || form == CooperationForm.KOMMUNALFORBUND) && Boolean.FALSE.equals(r.restorationPlanAdopted())) {
                    add("KL-BUDGET-BALANCE", Severity.WARNING, "noRestorationPlan", at + "/restorationPlanAdopted",
                            facts("deficitYear", String.valueOf(r.year()), "deficit", r.amount().negate(), "deadlineYear", String.valueOf(r.year() + 3)));
                }
            }
            // FIN-TABLE-SUMS
            if (b.statedIncome() != null && Amounts.hasLines(b.lines(), LineType.INCOME)) {
                BigDecimal computed = Amounts.lineSum(b.lines(), LineType.INCOME);
                if (b.statedIncome().compareTo(computed) != 0) {
                    add("FIN-TABLE-SUMS", Severity.ERROR, "budgetIncome", "/budget/statedIncome", facts("year", String.valueOf(b.year()),
                            "stated", b.statedIncome(), "computed", computed, "difference", b.statedIncome().subtract(computed)));
                }
            }
            if (b.statedCost() != null && Amounts.hasLines(b.lines(), LineType.COST)) {
                BigDecimal computed = Amounts.lineSum(b.lines(), LineType.COST);
                if (b.statedCost().compareTo(computed) != 0) {
                    add("FIN-TABLE-SUMS", Severity.ERROR, "budgetCost", "/budget/statedCost", facts("year", String.valueOf(b.year()),
                            "stated", b.statedCost(), "computed", computed, "difference", b.statedCost().subtract(computed)));
                }
            }
            // AGR-EQUAL-SHARES
            if (terms != null && terms.costAllocation() == CostAllocation.EQUAL_SHARES) {
                for (ContributionSplit s : ContributionSplit.all(List.of(), List.of(b))) {
                    String at = "/budget" + s.splitPointer();
                    if (!s.split().isEmpty() && !Amounts.allEqual(s.split())) {
                        add("AGR-EQUAL-SHARES", Severity.ERROR, "unequal", at, facts("lowest", Amounts.lowest(s.split()),
                                "highest", Amounts.highest(s.split()), "entries", s.split().size()));
                    }
                    if (s.total() != null && !s.split().isEmpty() && s.sum().compareTo(s.total()) != 0) {
                        add("AGR-EQUAL-SHARES", Severity.ERROR, "sumMismatch", at, facts("total", s.total(), "sum", s.sum(),
                                "difference", s.sum().subtract(s.total())));
                    }
                    if (!s.split().isEmpty()) {
                        List<Party> missing = s.missing(committee.parties());
                        if (!missing.isEmpty()) {
                            add("AGR-EQUAL-SHARES", Severity.ERROR, "partyMissing", at, facts("missing", ContributionSplit.names(missing),
                                    "count", missing.size(), "parties", committee.parties().size()));
                        }
                        for (Integer i : s.strangers(committee.parties())) {
                            add("AGR-EQUAL-SHARES", Severity.ERROR, "notParty", at + "/" + i,
                                    facts("partyId", s.split().get(i).partyId(), "amount", s.split().get(i).amount()));
                        }
                    }
                    if (s.total() != null && s.split().isEmpty()
                            && !Amounts.divisible(s.total(), committee.parties().size(), new BigDecimal("0.01"))) {
                        add("AGR-EQUAL-SHARES", Severity.ERROR, "notDivisible", "/budget" + s.totalPointer(), facts("total", s.total(),
                                "parties", committee.parties().size(),
                                "share", Amounts.share(s.total(), committee.parties().size(), new BigDecimal("0.01"))));
                    }
                }
            }
        }

        // ---------------------------------------------------------------- free text

        void collectTexts() {
            Agenda agenda = c.agenda();
            if (agenda != null) {
                for (int i = 0; i < agenda.items().size(); i++) {
                    AgendaItem item = agenda.items().get(i);
                    String p = "/agenda/items/" + i;
                    text(p + "/title", item.title(), TextZone.BODY);
                    text(p + "/description", item.description(), TextZone.BODY);
                    for (int j = 0; j < item.proposals().size(); j++) {
                        text(p + "/proposals/" + j + "/text", item.proposals().get(j).text(), TextZone.PROPOSAL);
                    }
                }
            }
            if (c.protocol() != null) {
                for (int i = 0; i < c.protocol().paragraphs().size(); i++) {
                    ProtocolParagraph par = c.protocol().paragraphs().get(i);
                    text("/protocol/paragraphs/" + i + "/title", par.title(), TextZone.BODY);
                    text("/protocol/paragraphs/" + i + "/decision", par.decision(), TextZone.DECISION);
                }
            }
        }

        void text(String pointer, String text, TextZone zone) {
            if (text != null && !text.isBlank()) {
                texts.add(new Text(pointer, text, zone));
                hasText = true;
            }
        }

        void textRules() {
            for (Text t : texts) {
                if (Placeholders.any(t.text)) {
                    String variant = t.zone == TextZone.BODY ? "text" : t.zone == TextZone.DECISION ? "decision" : "proposal";
                    add("DOC-PLACEHOLDER", Severity.ERROR, variant, t.pointer, facts("token", Placeholders.tokens(t.text),
                            "text", Placeholders.excerpt(t.text, Placeholders.find(t.text).get(0))));
                }
                for (WrittenDate w : Dates.wrongWeekdays(t.text)) {
                    add("DOC-DATE-WEEKDAY", Severity.WARNING, "weekday", t.pointer, facts("text", w.text(), "date", w.date(),
                            "stated", Dates.swedish(w.statedWeekday()), "actual", Dates.swedish(w.date().getDayOfWeek()),
                            "statedEn", Dates.english(w.statedWeekday()), "actualEn", Dates.english(w.date().getDayOfWeek())));
                }
                for (String n : OrgNumbers.inText(t.text)) {
                    if (OrgNumbers.invalid(n)) {
                        add("DOC-ORGNR", Severity.ERROR, OrgNumbers.malformed(n) ? "format" : "checkDigit", t.pointer, facts("number", n,
                                "source", "i texten ”" + Placeholders.excerpt(t.text, n) + "”",
                                "sourceEn", "in the text “" + Placeholders.excerpt(t.text, n) + "”",
                                "expected", OrgNumbers.expectedCheckDigit(n)));
                    }
                }
            }
        }

        void orgnr(String number, String source, String pointer) {
            add("DOC-ORGNR", Severity.ERROR, OrgNumbers.malformed(number) ? "format" : "checkDigit", pointer,
                    facts("number", number, "source", source, "sourceEn", source, "expected", OrgNumbers.expectedCheckDigit(number)));
        }

        // ---------------------------------------------------------------- the agenda

        void agendaRules() {
            Agenda agenda = c.agenda();
            if (agenda == null) {
                return;
            }
            for (NumberingIssue n : Numbering.ofAgenda(agenda)) {
                add("DOC-NUMBERING", Severity.WARNING, n.isGap() ? "agendaGap" : "agendaDuplicate", "/agenda/items/" + n.index(),
                        facts("numbers", n.numbersText(), "count", n.count(), "before", n.before(), "after", n.after()));
            }
            for (int i = 0; i < agenda.items().size(); i++) {
                AgendaItem item = agenda.items().get(i);
                String at = "/agenda/items/" + i;
                for (NumberingIssue n : Numbering.ofProposals(item, 1)) {
                    add("DOC-NUMBERING", Severity.WARNING, n.isGap() ? "proposalGap" : "proposalDuplicate", at + "/proposals/" + n.index(),
                            facts("item", item.number(), "numbers", n.numbersText(), "count", n.count(), "after", n.after()));
                }
                if (Boolean.TRUE.equals(item.decisionItem()) && !Proposals.anyText(item.proposals())) {
                    add("DOC-MISSING-PROPOSAL", Severity.WARNING, "agendaItem", at + "/proposals", facts("item", item.number(), "title", item.title()));
                }
                if (unfilledCaseNumber(item.caseNumber())) {
                    add("DOC-BLANK-FIELD", Severity.WARNING, "caseNumberItem", at + "/caseNumber",
                            facts("item", item.number(), "caseNumber", item.caseNumber().trim()));
                }
                if (committee != null && item.distribution() != null && Distribution.proposalsAddressAllParties(item.proposals())) {
                    List<Party> missing = Distribution.uncovered(committee.parties(), item.distribution());
                    if (!missing.isEmpty()) {
                        add("DOC-DISTRIBUTION", Severity.WARNING, "agendaItem", at + "/distribution", facts("item", item.number(),
                                "missing", Distribution.names(missing), "count", missing.size(), "parties", committee.parties().size()));
                    }
                }
            }
        }

        // ---------------------------------------------------------------- LOU (lou-intern-upphandling.dmn as if-chains)

        void louRules() {
            List<ProcurementRelation> relations = c.procurementRelations();
            for (int i = 0; i < relations.size(); i++) {
                ProcurementRelation r = relations.get(i);
                String at = "/procurementRelations/" + i;
                if (OrgNumbers.invalid(r.buyer().organisationNumber())) {
                    orgnr(r.buyer().organisationNumber(), r.buyer().name(), at + "/buyer/organisationNumber");
                }
                if (OrgNumbers.invalid(r.supplier().organisationNumber())) {
                    orgnr(r.supplier().organisationNumber(), r.supplier().name(), at + "/supplier/organisationNumber");
                }
                lou(r, at);
            }
        }

        void lou(ProcurementRelation r, String at) {
            Committee own = ownJointCommittee(r);
            Boolean derivedMember = null;
            Integer derivedCount = null;
            Boolean derivedRepresented = null;
            List<String> withoutSeat = List.of();
            String hostName = null;
            Boolean sameLegalPerson = switch (r.supplierForm()) {
                case OWN_ADMINISTRATION -> Boolean.TRUE;
                case JOINT_COMMITTEE -> null;
                default -> Boolean.FALSE;
            };
            if (own != null) {
                Optional<Party> buyerParty = findParty(own.parties(), r.buyer());
                derivedMember = buyerParty.isPresent();
                derivedCount = own.parties().size();
                if (own.seats() != null) {
                    Set<String> seated = new HashSet<>();
                    for (Seat s : own.seats()) {
                        if (s.role() == SeatRole.LEDAMOT) {
                            seated.add(s.partyId());
                        }
                    }
                    withoutSeat = own.parties().stream().filter(p -> !seated.contains(p.id())).map(Party::name).toList();
                    derivedRepresented = withoutSeat.isEmpty();
                }
                Optional<Party> host = own.hostPartyId() == null ? Optional.empty() : own.party(own.hostPartyId());
                hostName = host.map(Party::name).orElse(null);
                if (buyerParty.isEmpty()) {
                    sameLegalPerson = Boolean.FALSE;
                } else if (host.isPresent()) {
                    sameLegalPerson = buyerParty.get().id().equals(host.get().id());
                }
            }
            Boolean member = r.buyerIsMember() != null ? r.buyerIsMember() : derivedMember != null ? derivedMember : buyerAmongControllers(r);
            Integer count = r.controllers() != null ? Integer.valueOf(r.controllers().size()) : derivedCount;
            Boolean represented = r.controllersInDecisionBodies() != null ? r.controllersInDecisionBodies() : derivedRepresented;
            if (r.controllersInDecisionBodies() != null) {
                withoutSeat = List.of();
            }
            String[] control = control(member, count, represented, r.jointDecisiveInfluence(), r.contraryInterests());
            String[] activity = activity(r.activityMeasure() == null ? null : r.activityMeasure().name(), r.activityShareForControllers());
            String[] privateCapital = r.privateCapital() == null
                    ? (r.supplierForm() == SupplierForm.JOINT_COMMITTEE ? new String[] {"MET", "JOINT_COMMITTEE_HAS_NO_CAPITAL"} : new String[] {"UNKNOWN", "NOT_STATED"})
                    : r.privateCapital() ? new String[] {"NOT_MET", "DIRECT_PRIVATE_CAPITAL"} : new String[] {"MET", "NO_PRIVATE_CAPITAL"};
            String[] authoritiesOnly = r.supplierForm() == SupplierForm.PRIVATE ? new String[] {"NOT_MET", "PRIVATE_SUPPLIER"}
                    : r.authoritiesOnly() == null ? new String[] {"UNKNOWN", "NOT_STATED"}
                    : r.authoritiesOnly() ? new String[] {"MET", "AUTHORITIES_ONLY"} : new String[] {"NOT_MET", "NOT_AUTHORITIES_ONLY"};
            String common = yesNo(r.commonObjectives());
            String publicInterest = yesNo(r.publicInterestOnly());
            String[] openMarket = r.openMarketShare() == null ? new String[] {"UNKNOWN", "NOT_STATED"}
                    : r.openMarketShare().compareTo(new BigDecimal("0.2")) < 0 ? new String[] {"MET", "LESS_THAN_20"}
                    : r.openMarketShare().compareTo(new BigDecimal("0.2")) == 0 ? new String[] {"NOT_MET", "EXACTLY_20"}
                    : new String[] {"NOT_MET", "MORE_THAN_20"};

            ExemptionClaimed claimed = r.exemptionClaimed();
            boolean inHouse = claimed == null || claimed == ExemptionClaimed.IN_HOUSE;
            boolean notSame = !Boolean.TRUE.equals(sameLegalPerson);
            Map<String, Object> bs = facts("buyer", r.buyer().name(), "supplier", r.supplier().name());
            String committeeName = own == null ? null : own.name();
            if (committee != null && r.supplierForm() == SupplierForm.JOINT_COMMITTEE && committeeName != null) {
                if (Boolean.TRUE.equals(sameLegalPerson)) {
                    add("LOU-JOINT-COMMITTEE", Severity.INFO, "host", at, facts("buyer", r.buyer().name(), "committee", committeeName));
                } else if (Boolean.FALSE.equals(sameLegalPerson) && Boolean.TRUE.equals(member) && inHouse) {
                    add("LOU-JOINT-COMMITTEE", Severity.INFO, "otherParty", at,
                            facts("buyer", r.buyer().name(), "committee", committeeName, "host", hostName));
                }
            }
            if (inHouse && notSame && control[0].equals("NOT_MET")) {
                switch (control[1]) {
                    case "NO_DECISIVE_INFLUENCE" -> add("LOU-INHOUSE-CONTROL", Severity.ERROR, "noDecisiveInfluence", at + "/jointDecisiveInfluence", bs);
                    case "NOT_ALL_REPRESENTED" -> {
                        if (withoutSeat.isEmpty()) {
                            add("LOU-INHOUSE-CONTROL", Severity.ERROR, "notRepresented", at + "/controllersInDecisionBodies", bs);
                        } else {
                            Map<String, Object> f = new LinkedHashMap<>(bs);
                            f.put("partiesWithoutSeat", withoutSeat);
                            add("LOU-INHOUSE-CONTROL", Severity.ERROR, "partiesWithoutSeat", at + "/controllersInDecisionBodies", f);
                        }
                    }
                    case "CONTRARY_INTERESTS" -> add("LOU-INHOUSE-CONTROL", Severity.ERROR, "contraryInterests", at + "/contraryInterests", bs);
                    default -> {
                    }
                }
            }
            if (claimed == ExemptionClaimed.IN_HOUSE && notSame && control[0].equals("UNKNOWN")) {
                add("LOU-INHOUSE-CONTROL", Severity.WARNING, "unknown", at + "/exemptionClaimed", bs);
            }
            if (inHouse && notSame && activity[0].equals("NOT_MET") && activity[1].equals("EXACTLY_80")) {
                add("LOU-INHOUSE-ACTIVITY", Severity.ERROR, "exactly80", at + "/activityShareForControllers", with(bs, "share", r.activityShareForControllers()));
            }
            if (inHouse && notSame && activity[0].equals("NOT_MET") && activity[1].equals("LESS_THAN_80")) {
                add("LOU-INHOUSE-ACTIVITY", Severity.ERROR, "lessThan80", at + "/activityShareForControllers", with(bs, "share", r.activityShareForControllers()));
            }
            if (claimed == ExemptionClaimed.IN_HOUSE && notSame && !Boolean.FALSE.equals(member) && activity[1].equals("SHARE_NOT_STATED")) {
                add("LOU-INHOUSE-ACTIVITY", Severity.WARNING, "unknown", at + "/activityShareForControllers", bs);
            }
            if (inHouse && notSame && activity[1].equals("MEASURE_NOT_ACCEPTED")) {
                add("LOU-INHOUSE-ACTIVITY", Severity.WARNING, "measure", at + "/activityMeasure", with(bs, "share", r.activityShareForControllers()));
            }
            if (inHouse && notSame && privateCapital[0].equals("NOT_MET")) {
                add("LOU-INHOUSE-PRIVATE-CAPITAL", Severity.ERROR, "privateCapital", at + "/privateCapital", bs);
            }
            if (claimed == ExemptionClaimed.HORIZONTAL_COOPERATION && notSame) {
                if (authoritiesOnly[1].equals("PRIVATE_SUPPLIER")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "privateSupplier", at + "/supplierForm", bs);
                }
                if (authoritiesOnly[1].equals("NOT_AUTHORITIES_ONLY")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "notAuthoritiesOnly", at + "/authoritiesOnly", bs);
                }
                if (common.equals("NOT_MET")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "noCommonObjectives", at + "/commonObjectives", bs);
                }
                if (publicInterest.equals("NOT_MET")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "notPublicInterest", at + "/publicInterestOnly", bs);
                }
                if (openMarket[1].equals("EXACTLY_20")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "openMarketExactly20", at + "/openMarketShare", with(bs, "openMarketShare", r.openMarketShare()));
                }
                if (openMarket[1].equals("MORE_THAN_20")) {
                    add("LOU-HORIZONTAL", Severity.ERROR, "openMarketAbove20", at + "/openMarketShare", with(bs, "openMarketShare", r.openMarketShare()));
                }
                if (authoritiesOnly[0].equals("UNKNOWN")) {
                    add("LOU-HORIZONTAL", Severity.WARNING, "authoritiesOnlyUnknown", at + "/authoritiesOnly", bs);
                }
                if (common.equals("UNKNOWN")) {
                    add("LOU-HORIZONTAL", Severity.WARNING, "commonObjectivesUnknown", at + "/commonObjectives", bs);
                }
                if (publicInterest.equals("UNKNOWN")) {
                    add("LOU-HORIZONTAL", Severity.WARNING, "publicInterestUnknown", at + "/publicInterestOnly", bs);
                }
                if (openMarket[0].equals("UNKNOWN")) {
                    add("LOU-HORIZONTAL", Severity.WARNING, "openMarketUnknown", at + "/openMarketShare", bs);
                }
            }
            if (inHouse && notSame && Boolean.FALSE.equals(member)) {
                if (r.supplierForm() == SupplierForm.JOINT_COMMITTEE) {
                    add("LOU-NON-PARTY", Severity.ERROR, "jointCommittee", at + "/buyer", bs);
                } else if (r.supplierForm() == SupplierForm.KOMMUNALFORBUND || r.supplierForm() == SupplierForm.COMPANY) {
                    add("LOU-NON-PARTY", Severity.ERROR, "member", at + "/buyer", bs);
                }
            }
        }

        Map<String, Object> with(Map<String, Object> base, String key, Object value) {
            Map<String, Object> m = new LinkedHashMap<>(base);
            m.put(key, value);
            return m;
        }

        String yesNo(Boolean b) {
            return b == null ? "UNKNOWN" : b ? "MET" : "NOT_MET";
        }

        String[] control(Boolean member, Integer count, Boolean represented, Boolean influence, Boolean contrary) {
            if (Boolean.FALSE.equals(member)) {
                return new String[] {"NOT_MET", "NOT_A_CONTROLLER"};
            }
            if (Boolean.FALSE.equals(influence)) {
                return new String[] {"NOT_MET", "NO_DECISIVE_INFLUENCE"};
            }
            if (count != null && count > 1 && Boolean.FALSE.equals(represented)) {
                return new String[] {"NOT_MET", "NOT_ALL_REPRESENTED"};
            }
            if (count != null && count > 1 && Boolean.TRUE.equals(contrary)) {
                return new String[] {"NOT_MET", "CONTRARY_INTERESTS"};
            }
            if (member == null) {
                return new String[] {"UNKNOWN", "MEMBERSHIP_NOT_STATED"};
            }
            if (influence == null) {
                return new String[] {"UNKNOWN", "INFLUENCE_NOT_STATED"};
            }
            if (count != null && count == 1) {
                return new String[] {"MET", "SOLE_CONTROL"};
            }
            if ((count == null || count > 1) && Boolean.TRUE.equals(represented) && Boolean.FALSE.equals(contrary)) {
                return new String[] {"MET", "JOINT_CONTROL"};
            }
            return new String[] {"UNKNOWN", "CONDITIONS_NOT_STATED"};
        }

        String[] activity(String measure, BigDecimal share) {
            if (share == null) {
                return new String[] {"UNKNOWN", "SHARE_NOT_STATED"};
            }
            if ("OTHER_PERIOD".equals(measure)) {
                return new String[] {"UNKNOWN", "MEASURE_NOT_ACCEPTED"};
            }
            int cmp = share.compareTo(new BigDecimal("0.8"));
            return cmp > 0 ? new String[] {"MET", "MORE_THAN_80"} : cmp == 0 ? new String[] {"NOT_MET", "EXACTLY_80"} : new String[] {"NOT_MET", "LESS_THAN_80"};
        }

        Committee ownJointCommittee(ProcurementRelation r) {
            if (committee == null || committee.form() != CooperationForm.GEMENSAM_NAMND || r.supplierForm() != SupplierForm.JOINT_COMMITTEE) {
                return null;
            }
            Party supplier = r.supplier();
            if (supplier.id().equals(committee.id())) {
                return committee;
            }
            Party asParty = new Party(committee.id(), committee.name(), PartyKind.OTHER, null, null, committee.aliases());
            boolean named = PartyNames.matches(asParty, supplier.name()) || supplier.aliases().stream().anyMatch(a -> PartyNames.matches(asParty, a));
            return named ? committee : null;
        }

        Optional<Party> findParty(List<Party> parties, Party buyer) {
            for (Party p : parties) {
                if (p.id().equals(buyer.id())) {
                    return Optional.of(p);
                }
            }
            Optional<Party> byName = PartyNames.find(parties, buyer.name());
            if (byName.isPresent()) {
                return byName;
            }
            for (String alias : buyer.aliases()) {
                Optional<Party> byAlias = PartyNames.find(parties, alias);
                if (byAlias.isPresent()) {
                    return byAlias;
                }
            }
            return Optional.empty();
        }

        Boolean buyerAmongControllers(ProcurementRelation r) {
            if (r.controllers() == null) {
                return null;
            }
            return r.controllers().stream().anyMatch(c -> c.partyId().equals(r.buyer().id())
                    || (c.name() != null && PartyNames.matches(r.buyer(), c.name())));
        }

        // ---------------------------------------------------------------- the terms (reglemente)

        void termsRules() {
            if (terms == null) {
                return;
            }
            if (Boolean.TRUE.equals(terms.meetingPlanRequired())) {
                List<MeetingPlan> plans = committee.meetingPlans() == null ? List.of() : committee.meetingPlans();
                if (c.protocol() != null) {
                    meetingPlan(plans, c.protocol().meetingDate(), "/protocol/meetingDate");
                } else if (c.agenda() != null && c.agenda().meetingDate() != null) {
                    meetingPlan(plans, c.agenda().meetingDate(), "/agenda/meetingDate");
                }
            }
            if (Boolean.TRUE.equals(terms.substituteFromSameParty()) && c.protocol() != null && c.protocol().attendance() != null) {
                substitutes(c.protocol());
            }
        }

        void meetingPlan(List<MeetingPlan> plans, LocalDate date, String pointer) {
            int year = date.getYear();
            if (plans.stream().anyMatch(m -> m.year() < year) && plans.stream().noneMatch(m -> m.year() == year && m.adoptedOn() != null)) {
                List<String> years = new ArrayList<>();
                for (Integer y : new TreeSet<>(plans.stream().map(MeetingPlan::year).toList())) {
                    years.add(String.valueOf(y));
                }
                boolean withinSeries = plans.stream().anyMatch(m -> m.year() >= year);
                add("REGL-MEETING-PLAN", withinSeries ? Severity.WARNING : Severity.INFO, withinSeries ? "noPlanForYear" : "noPlanRecorded",
                        "/committee/meetingPlans", facts("meetingDate", date, "year", String.valueOf(year), "recordedYears", years));
            }
            if (plans.stream().noneMatch(m -> m.year() == year && m.meetingDates().contains(date))) {
                for (MeetingPlan plan : plans) {
                    if (plan.year() == year && !plan.meetingDates().isEmpty() && !plan.meetingDates().contains(date)) {
                        add("REGL-MEETING-PLAN", Severity.INFO, "dateNotInPlan", pointer, facts("meetingDate", date,
                                "year", String.valueOf(plan.year()), "plannedDates", plan.meetingDates(), "planReference", plan.reference()));
                    }
                }
            }
        }

        void substitutes(Protocol p) {
            List<Attendance> attendance = p.attendance();
            List<Seat> seats = committee.seats() == null ? List.of() : committee.seats();
            List<Party> parties = committee.parties();
            for (int i = 0; i < attendance.size(); i++) {
                Attendance e = attendance.get(i);
                if (e.role() != SeatRole.ERSATTARE || !e.serves() || e.partyId() == null) {
                    continue;
                }
                String at = "/protocol/attendance/" + i;
                boolean otherPartyFound = false;
                if (e.servingFor() != null) {
                    List<Seat> ledamotSeats = seats.stream().filter(l -> l.role() == SeatRole.LEDAMOT && PersonNames.same(l.person(), e.servingFor())).toList();
                    for (Seat l : ledamotSeats) {
                        if (!Objects.equals(l.partyId(), e.partyId())) {
                            substituteOtherParty(e, at, l.partyId(), parties);
                        }
                    }
                    if (ledamotSeats.isEmpty()) {
                        for (Attendance l : attendance) {
                            if (l.role() == SeatRole.LEDAMOT && l.partyId() != null && PersonNames.same(l.person(), e.servingFor())
                                    && !Objects.equals(l.partyId(), e.partyId())) {
                                substituteOtherParty(e, at, l.partyId(), parties);
                            }
                        }
                    }
                }
                otherPartyFound = seats.stream().anyMatch(l -> l.role() == SeatRole.LEDAMOT && PersonNames.same(l.person(), e.servingFor())
                                && !Objects.equals(l.partyId(), e.partyId()))
                        || attendance.stream().anyMatch(l -> l.role() == SeatRole.LEDAMOT && l.partyId() != null
                                && PersonNames.same(l.person(), e.servingFor()) && !Objects.equals(l.partyId(), e.partyId()));
                if (otherPartyFound) {
                    continue;
                }
                long partySeats = seats.stream().filter(s -> s.role() == SeatRole.LEDAMOT && Objects.equals(s.partyId(), e.partyId())).count();
                if (partySeats == 0) {
                    continue;
                }
                boolean filled = false;
                if (p.paragraphs().isEmpty()) {
                    filled = attendance.stream().filter(a -> a.role() == SeatRole.LEDAMOT && a.serves() && Objects.equals(a.partyId(), e.partyId())).count() >= partySeats;
                } else {
                    for (ProtocolParagraph par : p.paragraphs()) {
                        if (!e.presentAt(par.number()) || par.disqualified().contains(e.person())) {
                            continue;
                        }
                        long present = attendance.stream().filter(a -> a.role() == SeatRole.LEDAMOT && a.serves()
                                && Objects.equals(a.partyId(), e.partyId()) && a.presentAt(par.number()) && !par.disqualified().contains(a.person())).count();
                        filled |= present >= partySeats;
                    }
                }
                if (filled) {
                    add("REGL-SUBSTITUTE-SAME-PARTY", Severity.WARNING, "partySeatsFilled", at, facts("person", e.person(),
                            "party", partyName(parties, e.partyId()), "ledamotSeats", partySeats));
                }
            }
            for (int i = 0; i < parties.size(); i++) {
                Party party = parties.get(i);
                long partySeats = seats.stream().filter(s -> s.role() == SeatRole.LEDAMOT && Objects.equals(s.partyId(), party.id())).count();
                if (partySeats == 0) {
                    continue;
                }
                List<Predicate<Attendance>> scopes = new ArrayList<>();
                if (p.paragraphs().isEmpty()) {
                    scopes.add(a -> true);
                } else {
                    for (ProtocolParagraph par : p.paragraphs()) {
                        scopes.add(a -> a.presentAt(par.number()) && !par.disqualified().contains(a.person()));
                    }
                }
                for (Predicate<Attendance> scope : scopes) {
                    long ledamoter = attendance.stream().filter(a -> a.role() == SeatRole.LEDAMOT && a.serves()
                            && Objects.equals(a.partyId(), party.id()) && scope.test(a)).count();
                    long ersattare = attendance.stream().filter(a -> a.role() == SeatRole.ERSATTARE && a.serves()
                            && Objects.equals(a.partyId(), party.id()) && scope.test(a)).count();
                    if (ledamoter < partySeats && ledamoter + ersattare > partySeats) {
                        add("REGL-SUBSTITUTE-SAME-PARTY", Severity.WARNING, "tooManySubstitutes", "/committee/parties/" + i,
                                facts("party", party.name(), "ledamotSeats", partySeats, "ledamoter", ledamoter, "ersattare", ersattare));
                    }
                }
            }
        }

        void substituteOtherParty(Attendance e, String at, String otherPartyId, List<Party> parties) {
            add("REGL-SUBSTITUTE-SAME-PARTY", Severity.ERROR, "otherParty", at + "/servingFor", facts("person", e.person(),
                    "party", partyName(parties, e.partyId()), "servingFor", e.servingFor(), "servingForParty", partyName(parties, otherPartyId)));
        }

        String partyName(List<Party> parties, String id) {
            for (Party p : parties) {
                if (p.id().equals(id)) {
                    return p.name();
                }
            }
            return id;
        }
    }

    private record Text(String pointer, String text, TextZone zone) {
    }
}
