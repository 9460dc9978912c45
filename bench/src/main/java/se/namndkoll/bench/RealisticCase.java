package se.namndkoll.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import se.namndkoll.rules.model.ActivityMeasure;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Budget;
import se.namndkoll.rules.model.BudgetKind;
import se.namndkoll.rules.model.BudgetLine;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.ClauseReferences;
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
import se.namndkoll.rules.model.PartyContribution;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.ProcurementRelation;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.RemoteMedium;
import se.namndkoll.rules.model.ResultCarryOver;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.SupplierForm;
import se.namndkoll.rules.model.TermsVersion;

/**
 * The realistic case of the benchmarks (issue #7): a gemensam nämnd of 14 kommuner with one ledamot
 * and one ersättare each (modelled on the Norrbotten e-nämnd of seed 002), a protocol with attendance
 * and 10 paragraphs, an agenda of 12 items, a budget of 30 lines and 3 procurement relations. The
 * {@link Variant#FULL} case carries the kinds of mistakes the seeds show (a late justering, a
 * placeholder, a gap in the numbering, an ersättare serving for another party, a paragraph without a
 * quorum, unequal shares, a private supplier claimed as horizontal cooperation...), so that several
 * rules fire; the other variants take parts away or repair them, for the parity test.
 */
public final class RealisticCase {

    /** The cases measured and compared. */
    public enum Variant {
        /** Everything, with the mistakes: many rules fire. */
        FULL,
        /** Everything, with the mistakes repaired: few findings. */
        CLEAN,
        /** No protocol: only the agenda, the budget and the relations. */
        NO_PROTOCOL,
        /** The same parts, the committee a kommunalförbund. */
        FORBUND,
        /** No committee at all: only the committee-independent rules. */
        NO_COMMITTEE
    }

    static final String[][] MUNICIPALITIES = {
        {"arjeplog", "Arjeplogs kommun", "2120002262"}, {"arvidsjaur", "Arvidsjaurs kommun", "2120002270"},
        {"boden", "Bodens kommun", "2120002296"}, {"gallivare", "Gällivare kommun", "2120002841"},
        {"haparanda", "Haparanda stad", "2120002866"}, {"jokkmokk", "Jokkmokks kommun", "2120002874"},
        {"kalix", "Kalix kommun", "2120002882"}, {"kiruna", "Kiruna kommun", "2120002858"},
        {"lulea", "Luleå kommun", "2120002833"}, {"pajala", "Pajala kommun", "2120002890"},
        {"pitea", "Piteå kommun", "2120002809"}, {"alvsbyn", "Älvsbyns kommun", "2120002817"},
        {"overtornea", "Övertorneå kommun", "2120002825"}, {"overkalix", "Överkalix kommun", "2120002908"},
    };
    static final String[] LEDAMOT = {"Anna Lind", "Bertil Ek", "Cecilia Ström", "David Nyberg", "Eva Holm", "Fredrik Sjö",
        "Gun Berg", "Hans Lund", "Ingrid Falk", "Johan Ås", "Karin Vik", "Lars Mo", "Maria Dahl", "Nils Hed"};
    static final String[] ERSATTARE = {"Olle Strand", "Pia Kvist", "Rolf Ekman", "Sara Borg", "Tore Lindh", "Ulla Norén",
        "Viktor Sund", "Åsa Wall", "Örjan Björk", "Agneta Fors", "Bo Hägg", "Carin Hult", "Dan Rask", "Elin Torp"};

    static final LocalDate MEETING = LocalDate.of(2024, 3, 13);

    private RealisticCase() {
    }

    public static Case build(Variant v) {
        boolean full = v != Variant.CLEAN;
        Committee committee = v == Variant.NO_COMMITTEE ? null : committee(v == Variant.FORBUND, full);
        Protocol protocol = v == Variant.NO_PROTOCOL ? null : protocol(full);
        return new Case(null, committee, protocol, agenda(full), budget(full), List.of(), relations(full), List.of(), null, null);
    }

    static Committee committee(boolean forbund, boolean full) {
        List<Party> parties = new ArrayList<>();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.length; i++) {
            String[] m = MUNICIPALITIES[i];
            parties.add(new Party(m[0], m[1], PartyKind.KOMMUN, null, 20_000 + 1_000 * i, List.of(m[1].split(" ")[0])));
            seats.add(new Seat(SeatRole.LEDAMOT, m[0], LEDAMOT[i], i % 2 == 0 ? "S" : "M"));
            seats.add(new Seat(SeatRole.ERSATTARE, m[0], ERSATTARE[i], i % 2 == 0 ? "S" : "M"));
        }
        ClauseReferences clauses = new ClauseReferences("Samverkansavtal § 6", "Samverkansavtal § 5", "Reglemente § 12",
                "Reglemente § 7", "Reglemente § 9", "Reglemente § 10");
        TermsVersion terms = new TermsVersion(LocalDate.of(2016, 2, 10), null, "Samverkansavtal 2016-02-10",
                List.of(1), CostAllocation.EQUAL_SHARES, true, true, true, true, CarryOverRule.CARRY_FORWARD, List.of(), clauses);
        List<GoverningDocument> documents = List.of(
                new GoverningDocument(GoverningDocumentKind.REGLEMENTE, "Reglemente för e-nämnden", LocalDate.of(2013, 3, 25),
                        ids(), "Reglemente 2013-03-25"),
                new GoverningDocument(GoverningDocumentKind.AGREEMENT, "Samverkansavtal för e-nämnden", LocalDate.of(2016, 2, 10),
                        ids(), "Samverkansavtal 2016-02-10"));
        List<MeetingPlan> plans = List.of(
                new MeetingPlan(2023, LocalDate.of(2022, 11, 16), "Protokoll 2022-11-16 § 8",
                        List.of(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 6, 14), LocalDate.of(2023, 11, 15))),
                new MeetingPlan(2024, LocalDate.of(2023, 11, 15), "Protokoll 2023-11-15 § 9",
                        List.of(full ? LocalDate.of(2024, 3, 14) : MEETING, LocalDate.of(2024, 6, 12), LocalDate.of(2024, 11, 13))));
        return new Committee(forbund ? "kommunalforbund-norrbotten" : "e-namnden-bench",
                forbund ? "Kommunalförbundet Norrbotten" : "Norrbottens e-nämnd",
                List.of("E-nämnden"), forbund ? CooperationForm.KOMMUNALFORBUND : CooperationForm.GEMENSAM_NAMND,
                "lulea", parties, seats,
                new Officer(LEDAMOT[8], "lulea", ElectingBody.HOST_COUNCIL, LocalDate.of(2023, 1, 1)),
                new Officer(LEDAMOT[10], "pitea", ElectingBody.HOST_COUNCIL, LocalDate.of(2023, 1, 1)),
                List.of(terms), documents, plans);
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (String[] m : MUNICIPALITIES) {
            ids.add(m[0]);
        }
        return ids;
    }

    static Protocol protocol(boolean full) {
        List<Attendance> attendance = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.length; i++) {
            String party = MUNICIPALITIES[i][0];
            if (i == 3 || i == 6) {
                // absent ledamöter: Gällivare's ersättare serves; Kalix's seat is taken by Boden's ersättare (a mistake in FULL)
                continue;
            }
            attendance.add(new Attendance(LEDAMOT[i], SeatRole.LEDAMOT, party, i % 2 == 0 ? "S" : "M", true, null, null,
                    full && i == 8, i == 8));
        }
        attendance.add(new Attendance(ERSATTARE[3], SeatRole.ERSATTARE, "gallivare", "M", true, LEDAMOT[3], null, false, false));
        attendance.add(full
                ? new Attendance(ERSATTARE[2], SeatRole.ERSATTARE, "boden", "S", true, LEDAMOT[6], null, false, false)
                : new Attendance(ERSATTARE[6], SeatRole.ERSATTARE, "kalix", "S", true, LEDAMOT[6], null, false, false));
        attendance.add(new Attendance(ERSATTARE[0], SeatRole.ERSATTARE, "arjeplog", "S", false, null, null, false, false));

        String[] titles = {"Val av justerare", "Godkännande av dagordningen", "Årsbokslut 2023", "Verksamhetsplan 2024",
            "Budget 2025", "Förstudie löneadministration", "Sammanträdesplan 2025", "Medfinansiering av e-arkiv",
            "Delegationsbeslut", "Informationsärenden"};
        List<ProtocolParagraph> paragraphs = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            List<String> disqualified = full && n == 8
                    ? List.of(LEDAMOT[0], LEDAMOT[1], LEDAMOT[2], LEDAMOT[4], LEDAMOT[5], LEDAMOT[7], LEDAMOT[9])
                    : List.of();
            String decision = switch (n) {
                case 3 -> "Nämnden godkänner årsbokslutet för 2023 och överlämnar det till samtliga samverkande kommuner.";
                case 8 -> "Nämnden beslutar att medfinansiera e-arkivet med 400 000 kronor.";
                case 10 -> full ? "" : "Informationen noteras.";
                default -> "Nämnden beslutar enligt förslaget i ärende " + n + ".";
            };
            List<String> distribution = n == 3
                    ? (full ? List.of("Luleå kommun", "Piteå kommun", "Bodens kommun") : List.of("Samtliga samverkande kommuner"))
                    : null;
            paragraphs.add(new ProtocolParagraph(n, titles[n - 1], "EN 2024/" + (10 + n), decision, disqualified, n == 1, distribution));
        }
        LocalDate adjusted = full ? MEETING.plusDays(20) : MEETING.plusDays(6);
        LocalDate posted = full ? adjusted.plusDays(4) : adjusted.plusDays(1);
        return new Protocol(MEETING, LocalTime.of(9, 0), full ? null : LocalTime.of(12, 0), "Luleå stadshus, sal A",
                full ? ParticipationMode.HYBRID : ParticipationMode.IN_PERSON, full ? RemoteMedium.VIDEO : null,
                attendance, true, null, null, paragraphs, List.of(LEDAMOT[10], LEDAMOT[12]), adjusted, null,
                new ParagraphRange(1, full ? 9 : 10), posted, posted.plusDays(40), null, "Luleå kommun, kommunledningsförvaltningen", null);
    }

    static Agenda agenda(boolean full) {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            int number = full && i >= 7 ? i + 1 : i; // FULL skips item 7
            boolean decisionItem = i >= 3 && i <= 10;
            List<ProposalPoint> proposals = decisionItem && !(full && i == 9)
                    ? List.of(new ProposalPoint(1, i == 5 && full
                            ? "Fakturering av parterna sker i xxx 2025."
                            : "Nämnden beslutar att godkänna förslaget i ärende " + i + "."),
                        new ProposalPoint(2, "Beslutet expedieras till samtliga samverkande kommuner."))
                    : List.of();
            items.add(new AgendaItem(number, "Ärende " + i + ": " + (decisionItem ? "beslut om verksamheten" : "information"),
                    "EN 2024/" + (20 + i), LocalTime.of(9, 0).plusMinutes(15L * i), "Förvaltningschefen",
                    "Bakgrund till ärende " + i + ". Sammanträdet hålls onsdag den 13 mars 2024 i Luleå.",
                    proposals, decisionItem, decisionItem ? List.of("Samtliga samverkande kommuner") : null,
                    List.of("Tjänsteskrivelse " + i)));
        }
        return new Agenda(MEETING, LocalTime.of(9, 0), "Luleå stadshus, sal A", items);
    }

    static Budget budget(boolean full) {
        List<BudgetLine> lines = new ArrayList<>();
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (int i = 1; i <= 30; i++) {
            boolean isIncome = i <= 10;
            BigDecimal amount = BigDecimal.valueOf(isIncome ? 700_000L + 10_000L * i : 180_000L + 7_500L * i);
            lines.add(new BudgetLine((isIncome ? "Intäkt " : "Kostnad ") + i, isIncome ? LineType.INCOME : LineType.COST, amount));
            if (isIncome) {
                income = income.add(amount);
            } else {
                cost = cost.add(amount);
            }
        }
        List<PartyContribution> contributions = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.length; i++) {
            contributions.add(new PartyContribution(MUNICIPALITIES[i][0],
                    BigDecimal.valueOf(full && i == 13 ? 420_000 : 400_000)));
        }
        BigDecimal basic = BigDecimal.valueOf(400_000L * MUNICIPALITIES.length);
        return new Budget(2024, BudgetKind.BUDGET, lines, income, full ? cost.add(BigDecimal.valueOf(10_000)) : cost,
                full ? basic : basic.add(BigDecimal.ZERO), contributions,
                List.of(new ResultCarryOver(2022, BigDecimal.valueOf(full ? -120_000 : 80_000), null, full ? Boolean.FALSE : null)),
                null);
    }

    static List<ProcurementRelation> relations(boolean full) {
        Party jointCommittee = new Party("e-namnden-bench", "Norrbottens e-nämnd", PartyKind.OTHER, null, null, List.of());
        Party pitea = new Party("pitea", "Piteå kommun", PartyKind.KOMMUN, "2120002809", null, List.of());
        Party boden = new Party("boden", "Bodens kommun", PartyKind.KOMMUN, "2120002296", null, List.of());
        Party company = new Party("itbolaget", "IT-bolaget i Norrbotten AB", PartyKind.BOLAG, full ? "5560123457" : "5560123456", null, List.of());
        Party region = new Party("region-norrbotten", "Region Norrbotten", PartyKind.REGION, "2321000230", null, List.of());
        return List.of(
                new ProcurementRelation("r1", pitea, jointCommittee, SupplierForm.JOINT_COMMITTEE, ExemptionClaimed.IN_HOUSE,
                        null, null, null, true, false, null, null, null, null, null, null, null,
                        "Piteå köper e-tjänstplattform av e-nämnden"),
                new ProcurementRelation("r2", boden, company, SupplierForm.COMPANY, ExemptionClaimed.IN_HOUSE,
                        true, null, true, true, false, new BigDecimal(full ? "0.75" : "0.92"), ActivityMeasure.TURNOVER_THREE_YEAR_AVERAGE,
                        full, null, null, null, null, "Boden köper drift av IT-bolaget"),
                new ProcurementRelation("r3", boden, region, SupplierForm.AUTHORITY, ExemptionClaimed.HORIZONTAL_COOPERATION,
                        null, null, null, null, null, null, null, null, new BigDecimal(full ? "0.25" : "0.10"), true, true, true,
                        "Samarbete med regionen om e-arkiv"));
    }
}
