package se.namndkoll.documents.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.namndkoll.documents.DocumentImporter;
import se.namndkoll.documents.ImportOptions;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.documents.StandardDocumentImporter;
import se.namndkoll.documents.UnreadableDocumentException;
import se.namndkoll.documents.draft.Reading.Fact;
import se.namndkoll.documents.draft.Reading.PartyFact;
import se.namndkoll.documents.draft.Reading.SeatsFact;
import se.namndkoll.documents.draft.Sentences.Sentence;
import se.namndkoll.documents.text.Municipalities;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.ClauseReferences;
import se.namndkoll.rules.model.Committee;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.DocumentKind;
import se.namndkoll.rules.model.ElectingBody;
import se.namndkoll.rules.model.FederationAssembly;
import se.namndkoll.rules.model.GoverningDocument;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.Limits;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.model.TermsVersion;

/**
 * Drafts a committee from its governing documents: one or several files of the same body (its
 * reglemente, its samverkansavtal or överenskommelse, its förbundsordning), read as the document
 * import reads any file (text, PDF, Word). The draft is in the registry's schema, with the lines
 * each fact came from and what the texts leave open; nothing is saved. A file that is a protocol, a
 * kallelse or another kind of document, or from which nothing of a committee can be read, is refused
 * ({@link NotGoverningTextException}). Plain Java; thread-safe.
 */
public final class CommitteeDrafter {

    /** A file to draft from: its name as the user gave it, and its bytes. */
    public record Source(String fileName, byte[] content) {
    }

    private final DocumentImporter importer;

    public CommitteeDrafter() {
        this(new StandardDocumentImporter());
    }

    public CommitteeDrafter(DocumentImporter importer) {
        this.importer = importer;
    }

    /**
     * @throws UnreadableDocumentException when a file cannot be read as a document at all
     * @throws NotGoverningTextException when a file is no governing text
     */
    public CommitteeDraft draft(List<Source> sources) throws UnreadableDocumentException, NotGoverningTextException {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("no files to draft from");
        }
        List<Reading> readings = new ArrayList<>();
        List<CommitteeDraft.File> files = new ArrayList<>();
        for (Source source : sources) {
            String name = source.fileName() == null || source.fileName().isBlank() ? "dokument" : source.fileName();
            // read without a registry: a governing text is drafted as what it says, never as a registered committee
            ImportedDocument document = importer.read(name, source.content(), new ImportOptions(null, List.of(), null));
            DocumentKind main = document.mainKind();
            boolean governing = !document.input().governingTexts().isEmpty() || main == DocumentKind.REGLEMENTE || main == DocumentKind.AGREEMENT;
            if (!governing && (main == DocumentKind.PROTOCOL || main == DocumentKind.AGENDA)) {
                throw notGoverning(name, main);
            }
            Reading reading = Reading.of(name, Sentences.of(document.input().document().lines()), document.bodyName());
            if (!governing && reading.empty()) {
                throw notGoverning(name, main);
            }
            if (reading.empty() && reading.documentKind == null) {
                throw new NotGoverningTextException(name, name + " är inte läsbart som ett reglemente, en överenskommelse eller en förbundsordning: "
                        + "ingen nämnd, inga parter och inga platser kunde läsas ur texten.",
                        name + " cannot be read as a reglemente, an agreement or a förbundsordning: no committee, parties or seats could be read from the text.");
            }
            if (!governing) {
                reading.gaps.add(new Reading.Gap("", "not-governing-kind", name + " är inte skrivet som ett reglemente, en överenskommelse eller en förbundsordning ("
                        + kindName(main, false) + "); kontrollera uppgifterna mot nämndens styrdokument.",
                        name + " is not written as a reglemente, an agreement or a förbundsordning (" + kindName(main, true)
                                + "); check the facts against the committee's governing documents.", null));
            }
            readings.add(reading);
            files.add(new CommitteeDraft.File(name, document.kinds(), document.input().document().lines()));
        }
        return new Builder(readings, files).build();
    }

    private static NotGoverningTextException notGoverning(String name, DocumentKind kind) {
        return new NotGoverningTextException(name, name + " är " + kindName(kind, false) + ", inte ett reglemente, en överenskommelse eller en förbundsordning. "
                + "En nämnd kan bara skapas ur sina styrdokument; granska dokumentet under Granska dokument i stället.",
                name + " is " + kindName(kind, true) + ", not a reglemente, an agreement or a förbundsordning. A committee can only be drafted "
                        + "from its governing documents; check the document under Check document instead.");
    }

    private static String kindName(DocumentKind kind, boolean english) {
        return switch (kind) {
            case PROTOCOL -> english ? "a protocol" : "ett protokoll";
            case AGENDA -> english ? "a notice of a meeting (kallelse)" : "en kallelse";
            case MEMO -> english ? "a memorandum (tjänsteskrivelse)" : "en tjänsteskrivelse";
            case FINANCIAL -> english ? "a budget or table of figures" : "en budget eller en tabell";
            case REGLEMENTE -> english ? "a reglemente" : "ett reglemente";
            case AGREEMENT -> english ? "an agreement" : "ett avtal";
            case OTHER -> english ? "a document of another kind" : "ett dokument av annat slag";
        };
    }

    /** Merges the readings of the files into one committee, with provenance and what stays open. */
    private static final class Builder {

        private final List<Reading> readings;
        private final List<CommitteeDraft.File> files;
        private final List<Provenance> provenance = new ArrayList<>();
        private final List<Unresolved> unresolved = new ArrayList<>();
        private final Map<Sentence, Reading> owner = new IdentityHashMap<>();

        Builder(List<Reading> readings, List<CommitteeDraft.File> files) {
            this.readings = readings;
            this.files = files;
            readings.forEach(r -> r.sentences.forEach(s -> owner.put(s, r)));
        }

        private void from(String pointer, Sentence s) {
            if (s != null) {
                from(pointer, s, 0, s.text().length());
            }
        }

        /** The fact at {@code pointer} stands in the part from..to of sentence {@code s}: its lines are that part's. */
        private void from(String pointer, Sentence s, int start, int end) {
            if (s == null) {
                return;
            }
            Reading r = owner.get(s);
            int line = s.lineOf(start);
            int lineEnd = s.lineOf(Math.max(start, end - 1));
            provenance.add(new Provenance(pointer, r == null ? null : r.file, line, lineEnd == line ? null : lineEnd, Reading.shorten(s.text(), 300)));
        }

        private void from(String pointer, Fact<?> f) {
            if (f != null) {
                from(pointer, f.where(), f.from(), f.to());
            }
        }

        private void open(String pointer, String code, String message, String messageEn) {
            if (unresolved.stream().noneMatch(u -> u.pointer().equals(pointer) && u.code().equals(code))) {
                unresolved.add(new Unresolved(pointer, code, message, messageEn));
            }
        }

        /** The first reading's fact, and a conflict noted when another file states it otherwise. */
        private <T> Fact<T> first(Function<Reading, Fact<T>> get, String pointer, String what, String whatEn) {
            Fact<T> found = null;
            for (Reading r : readings) {
                Fact<T> f = get.apply(r);
                if (f == null) {
                    continue;
                }
                if (found == null) {
                    found = f;
                } else if (!same(found.value(), f.value())) {
                    open(pointer, "conflict", "Filerna anger olika " + what + " (" + show(found.value()) + " och " + show(f.value()) + "); kontrollera.",
                            "The files state different " + whatEn + " (" + show(found.value()) + " and " + show(f.value()) + "); check.");
                }
            }
            return found;
        }

        private static boolean same(Object a, Object b) {
            if (a instanceof int[] x && b instanceof int[] y) {
                return Arrays.equals(x, y);
            }
            if (a instanceof String x && b instanceof String y) {
                return Reading.sameParty(x, y) || x.equalsIgnoreCase(y);
            }
            return Objects.equals(a, b);
        }

        private static String show(Object v) {
            return v instanceof int[] x ? Arrays.toString(x) : String.valueOf(v);
        }

        CommitteeDraft build() {
            // name and short names
            Fact<String> name = first(r -> r.name, "/name", "namn på nämnden", "names of the committee");
            List<String> aliases = new ArrayList<>();
            for (Reading r : readings) {
                for (Fact<String> a : r.aliases) {
                    if (name != null && same(a.value(), name.value()) || aliases.stream().anyMatch(x -> x.equalsIgnoreCase(a.value()))) {
                        continue;
                    }
                    from("/aliases/" + aliases.size(), a.where());
                    aliases.add(a.value());
                }
                if (r.name != null && name != null && r.name != name && !same(r.name.value(), name.value())
                        && aliases.stream().noneMatch(x -> x.equalsIgnoreCase(r.name.value()))) {
                    from("/aliases/" + aliases.size(), r.name.where());
                    aliases.add(r.name.value());
                }
            }
            if (name != null) {
                from("/name", name.where());
            } else {
                open("/name", "not-stated", "Texten anger inte nämndens namn; skriv in det.", "The text does not state the committee's name; enter it.");
            }
            // form
            Fact<CooperationForm> form = first(r -> r.form, "/form", "former", "forms");
            Fact<String> other = first(r -> r.otherForm, "/form", "former", "forms");
            if (other != null && form == null) {
                from("/form", other.where());
                open("/form", "other-form", "Texten beskriver en " + other.value() + ", som inte är en form av kommunal samverkan som registret tar; välj form.",
                        "The text describes an association (" + other.value() + "), which is not a form of municipal cooperation the registry takes; choose a form.");
            } else if (form != null) {
                from("/form", form.where());
            } else {
                open("/form", "not-stated", "Texten säger inte om nämnden är en gemensam nämnd eller ett kommunalförbund; välj form.",
                        "The text does not say whether the body is a joint committee or a local federation; choose the form.");
            }
            Fact<FederationAssembly> assembly = first(r -> r.assembly, "/assembly", "beslutande församlingar", "assemblies");
            if (assembly != null) {
                from("/assembly", assembly.where());
            }
            // parties, in the order first named
            Map<String, PartyFact> partyFacts = new LinkedHashMap<>();
            for (Reading r : readings) {
                for (PartyFact p : r.parties.values()) {
                    boolean known = partyFacts.values().stream().anyMatch(q -> q.id().equals(p.id()) || Reading.sameParty(q.name(), p.name()));
                    if (!known) {
                        partyFacts.put(p.id(), p);
                    }
                }
            }
            List<Party> parties = new ArrayList<>();
            for (PartyFact p : partyFacts.values()) {
                from("/parties/" + parties.size(), p.where(), p.from(), p.to());
                Municipalities.Municipality m = p.kind() == PartyKind.KOMMUN ? Municipalities.find(p.name()) : null;
                List<String> partyAliases = m == null ? List.of() : List.of(m.base());
                parties.add(new Party(p.id(), p.name(), p.kind(), null, null, partyAliases));
            }
            if (parties.isEmpty()) {
                open("/parties", "not-stated", "Texten anger inte vilka kommuner och regioner som är parter; lägg till dem.",
                        "The text does not state which municipalities and regions are parties; add them.");
            }
            // host
            Fact<String> host = first(r -> r.host, "/hostPartyId", "värdkommuner", "hosts");
            String hostId = null;
            if (host != null) {
                Party hostParty = parties.stream().filter(p -> Reading.sameParty(p.name(), host.value())).findFirst().orElse(null);
                if (hostParty != null) {
                    hostId = hostParty.id();
                    from("/hostPartyId", host);
                } else {
                    open("/hostPartyId", "not-a-party", host.value() + " anges som värd eller säte men finns inte bland de parter som kunde läsas; kontrollera parterna och värden.",
                            host.value() + " is named as host or seat but is not among the parties read; check the parties and the host.");
                }
            } else if (readings.stream().allMatch(r -> r.gaps.stream().noneMatch(g -> g.pointer().equals("/hostPartyId")))) {
                open("/hostPartyId", "not-stated", "Texten anger inte värdkommun eller säte; välj värd bland parterna.",
                        "The text does not state the host or the seat; choose the host among the parties.");
            }
            // seats
            List<Seat> seats = new ArrayList<>();
            List<CommitteeDraft.Representation> representation = new ArrayList<>();
            seats(parties, seats, representation);
            // terms
            List<TermsVersion> terms = terms();
            // documents
            List<GoverningDocument> documents = new ArrayList<>();
            for (Reading r : readings) {
                List<String> adopted = new ArrayList<>();
                LocalDate latest = null;
                for (Map.Entry<String, Fact<LocalDate>> a : r.adoptedBy.entrySet()) {
                    String id = parties.stream().filter(p -> p.id().equals(a.getKey())).map(Party::id).findFirst().orElse(null);
                    if (id != null && !adopted.contains(id)) {
                        adopted.add(id);
                        if (a.getValue().value() != null && (latest == null || a.getValue().value().isAfter(latest))) {
                            latest = a.getValue().value();
                        }
                    }
                }
                GoverningDocumentKind kind = r.documentKind != null ? r.documentKind
                        : form != null && form.value() == CooperationForm.KOMMUNALFORBUND ? GoverningDocumentKind.FEDERATION_CHARTER : GoverningDocumentKind.AGREEMENT;
                int index = documents.size();
                documents.add(new GoverningDocument(kind, r.title != null ? r.title : r.file, latest, adopted.isEmpty() ? null : adopted, r.file));
                r.adoptedBy.values().forEach(f -> from("/documents/" + index + "/adoptedBy", f));
            }
            // a gemensam nämnd's reglemente and agreement that a file says exist, when no file of that kind was given
            for (GoverningDocumentKind kind : List.of(GoverningDocumentKind.REGLEMENTE, GoverningDocumentKind.AGREEMENT)) {
                if (documents.stream().anyMatch(d -> d.kind() == kind)) {
                    continue;
                }
                for (Reading r : readings) {
                    Sentence s = r.documentKind != kind ? r.mentions.get(kind) : null;
                    if (s != null) {
                        String title = (kind == GoverningDocumentKind.REGLEMENTE ? "Reglemente" : "Samverkansavtal/överenskommelse") + " (nämns i " + r.file + ")";
                        from("/documents/" + documents.size(), s);
                        documents.add(new GoverningDocument(kind, title, null, null, "Nämns i " + r.file));
                        break;
                    }
                }
            }
            // gaps each file noted
            for (Reading r : readings) {
                for (Reading.Gap g : r.gaps) {
                    open(g.pointer(), g.code(), g.message(), g.messageEn());
                    from(g.pointer().isEmpty() ? "" : g.pointer(), g.where());
                }
            }
            CooperationForm f = form == null ? null : form.value();
            String id = name == null ? null : Municipalities.slug(name.value());
            Committee committee = new Committee(id, name == null ? null : name.value(), aliases, f, hostId, parties,
                    seats.isEmpty() ? null : seats, null, null, terms, documents, null, assembly == null ? null : assembly.value());
            provenance.removeIf(p -> p.pointer().isEmpty() && p.text() == null);
            return new CommitteeDraft(committee, provenance, unresolved, representation, files);
        }

        private void seats(List<Party> parties, List<Seat> seats, List<CommitteeDraft.Representation> representation) {
            Map<String, SeatsFact> byParty = new LinkedHashMap<>();
            SeatsFact each = null;
            SeatsFact total = null;
            for (Reading r : readings) {
                for (Map.Entry<String, SeatsFact> e : r.seatsByParty.entrySet()) {
                    Party p = parties.stream().filter(x -> x.id().equals(e.getKey())).findFirst().orElse(null);
                    if (p != null) {
                        byParty.putIfAbsent(p.id(), e.getValue());
                    }
                }
                each = each == null ? r.seatsEach : each;
                total = total == null ? r.seatsTotal : total;
            }
            if (each != null && parties.isEmpty()) {
                representation.add(new CommitteeDraft.Representation(null, each.ledamoter(), each.ersattare()));
                from("/seats", each.where(), each.from(), each.to());
                open("/seats", "partial", "Texten säger att varje part utser " + count(each) + ", men parterna kunde inte läsas; lägg till parterna och deras platser.",
                        "The text says each party appoints " + countEn(each) + ", but the parties could not be read; add the parties and their seats.");
                return;
            }
            for (Party p : parties) {
                SeatsFact s = byParty.getOrDefault(p.id(), each);
                if (s == null) {
                    continue;
                }
                representation.add(new CommitteeDraft.Representation(p.id(), s.ledamoter(), s.ersattare()));
                add(seats, SeatRole.LEDAMOT, p.id(), s.ledamoter(), s);
                add(seats, SeatRole.ERSATTARE, p.id(), s.ersattare(), s);
                if (s.ersattare() == null) {
                    open("/seats", "partial", "Texten anger ledamöter men inte ersättare för " + p.name() + "; fyll i ersättarna.",
                            "The text states members but not substitutes for " + p.name() + "; fill in the substitutes.");
                }
            }
            boolean somePartiesWithout = !representation.isEmpty() && representation.size() < parties.size();
            if (somePartiesWithout) {
                List<String> without = parties.stream().filter(p -> representation.stream().noneMatch(x -> p.id().equals(x.partyId()))).map(Party::name).toList();
                open("/seats", "partial", "Texten anger inte platserna för " + String.join(", ", without) + "; fyll i dem.",
                        "The text does not state the seats of " + String.join(", ", without) + "; fill them in.");
            }
            if (representation.isEmpty() && total != null) {
                add(seats, SeatRole.LEDAMOT, null, total.ledamoter(), total);
                add(seats, SeatRole.ERSATTARE, null, total.ersattare(), total);
                open("/seats", "total-only", "Texten anger att nämnden består av " + count(total) + " men inte hur platserna fördelas på parterna; ange varje parts platser.",
                        "The text says the body has " + countEn(total) + " but not how the seats are shared among the parties; enter each party's seats.");
            } else if (representation.isEmpty()) {
                open("/seats", "not-stated", "Texten anger inte hur många ledamöter och ersättare varje part utser; fyll i platserna.",
                        "The text does not state how many members and substitutes each party appoints; fill in the seats.");
            } else if (total != null && !somePartiesWithout) {
                long l = seats.stream().filter(x -> x.role() == SeatRole.LEDAMOT).count();
                long e = seats.stream().filter(x -> x.role() == SeatRole.ERSATTARE).count();
                if (total.ledamoter() != null && total.ledamoter() != l || total.ersattare() != null && total.ersattare() != e) {
                    open("/seats", "conflict", "Texten anger " + count(total) + " totalt, men platserna per part blir " + l + " ledamöter och " + e
                            + " ersättare; kontrollera.", "The text states " + countEn(total) + " in all, but the seats per party add up to " + l
                            + " members and " + e + " substitutes; check.");
                }
            }
        }

        private void add(List<Seat> seats, SeatRole role, String partyId, Integer n, SeatsFact where) {
            if (n == null) {
                return;
            }
            for (int i = 0; i < n && seats.size() < Limits.SEATS; i++) {
                from("/seats/" + seats.size(), where.where(), where.from(), where.to());
                seats.add(new Seat(role, partyId, null, null));
            }
        }

        private static String count(SeatsFact s) {
            return (s.ledamoter() == null ? "?" : s.ledamoter()) + (s.ledamoter() != null && s.ledamoter() == 1 ? " ledamot" : " ledamöter")
                    + (s.ersattare() == null ? "" : " och " + s.ersattare() + " ersättare");
        }

        private static String countEn(SeatsFact s) {
            return (s.ledamoter() == null ? "?" : s.ledamoter()) + (s.ledamoter() != null && s.ledamoter() == 1 ? " member" : " members")
                    + (s.ersattare() == null ? "" : " and " + s.ersattare() + (s.ersattare() == 1 ? " substitute" : " substitutes"));
        }

        private List<TermsVersion> terms() {
            Fact<LocalDate> validFrom = first(r -> r.validFrom, "/terms/0/validFrom", "giltighetsdagar", "dates of validity");
            Fact<Boolean> plan = first(r -> r.meetingPlan, "/terms/0/meetingPlanRequired", "villkor", "terms");
            Fact<Boolean> sameParty = first(r -> r.sameParty, "/terms/0/substituteFromSameParty", "villkor", "terms");
            Fact<Boolean> remote = first(r -> r.remote, "/terms/0/remoteParticipationAllowed", "villkor", "terms");
            Fact<CostAllocation> cost = first(r -> r.cost, "/terms/0/costAllocation", "kostnadsfördelningar", "cost allocations");
            Fact<CarryOverRule> carry = first(r -> r.carryOver, "/terms/0/carryOver", "regler om över- och underskott", "surplus rules");
            Fact<List<Integer>> months = first(r -> r.paymentMonths, "/terms/0/contributionPaymentMonths", "betalningsmånader", "payment months");
            Fact<int[]> notice = first(r -> r.notice, "/terms/0/noticeDaysBefore", "frister för kallelsen", "notice periods");
            Fact<Integer> adjustment = first(r -> r.adjustmentDays, "/terms/0/adjustmentDays", "frister för justeringen", "periods for the approval");
            Fact<Integer> adjusters = first(r -> r.adjusters, "/terms/0/adjustersRequired", "antal justerare", "numbers of adjusters");
            Fact<ElectingBody> chair = first(r -> r.chair, "/terms/0/chairElectedBy", "sätt att välja ordförande", "ways to elect the chair");
            boolean any = validFrom != null || plan != null || sameParty != null || remote != null || cost != null || carry != null || months != null
                    || notice != null || adjustment != null || adjusters != null || chair != null;
            if (!any) {
                return List.of();
            }
            record Point(String pointer, Fact<?> fact) {
            }
            for (Point p : List.of(new Point("/terms/0/validFrom", validFrom), new Point("/terms/0/meetingPlanRequired", plan),
                    new Point("/terms/0/substituteFromSameParty", sameParty), new Point("/terms/0/remoteParticipationAllowed", remote),
                    new Point("/terms/0/costAllocation", cost), new Point("/terms/0/carryOver", carry),
                    new Point("/terms/0/contributionPaymentMonths", months), new Point("/terms/0/noticeDaysBefore", notice),
                    new Point("/terms/0/adjustmentDays", adjustment), new Point("/terms/0/adjustersRequired", adjusters),
                    new Point("/terms/0/chairElectedBy", chair))) {
                if (p.fact() != null) {
                    from(p.pointer(), p.fact());
                }
            }
            if (validFrom == null) {
                open("/terms/0/validFrom", "not-stated", "Texten anger inte från vilken dag villkoren gäller; fyll i giltighetsdagen.",
                        "The text does not state from which day the terms apply; fill in the date.");
            }
            ClauseReferences clauses = new ClauseReferences(clause(months), clause(cost), clause(carry), clause(plan), clause(sameParty), clause(remote),
                    clause(notice), clause(adjustment != null ? adjustment : adjusters));
            String source = String.join("; ", readings.stream().map(r -> r.title != null ? r.file + ": " + r.title : r.file).toList());
            return List.of(new TermsVersion(validFrom == null ? null : validFrom.value(), null, Reading.shorten(source, 2000),
                    months == null ? null : months.value(), cost == null ? null : cost.value(), plan == null ? null : plan.value(),
                    sameParty == null ? null : sameParty.value(), remote == null ? null : remote.value(), null, carry == null ? null : carry.value(),
                    List.of(), clauses, notice == null ? null : notice.value()[0], notice == null ? null : notice.value()[1] == 1,
                    adjustment == null ? null : adjustment.value(), adjusters == null ? null : adjusters.value(), chair == null ? null : chair.value()));
        }

        private String clause(Fact<?> f) {
            if (f == null) {
                return null;
            }
            Reading r = owner.get(f.where());
            return r == null ? null : r.clause(f.where());
        }
    }
}
