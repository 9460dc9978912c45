package se.namndkoll.documents.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.draft.Sentences.Sentence;
import se.namndkoll.documents.text.Municipalities.Mention;
import se.namndkoll.documents.text.Municipalities;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.documents.text.Vocabulary;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.CooperationForm;
import se.namndkoll.rules.model.CostAllocation;
import se.namndkoll.rules.model.ElectingBody;
import se.namndkoll.rules.model.FederationAssembly;
import se.namndkoll.rules.model.GoverningDocumentKind;
import se.namndkoll.rules.model.PartyKind;
import se.namndkoll.rules.names.PartyNames;
import se.namndkoll.rules.text.SwedishDates;

/**
 * What one governing text says of its committee, each fact with the sentence it was read from. The
 * facts are read sentence by sentence by the Swedish governing texts use; what a sentence does not
 * settle is left unread rather than guessed.
 */
final class Reading {

    /** A fact, the sentence that states it and the part of the sentence (from..to) that does. */
    record Fact<T>(T value, Sentence where, int from, int to) {

        Fact(T value, Sentence where) {
            this(value, where, 0, where == null ? 0 : where.text().length());
        }
    }

    /** A party named as such, and where. */
    record PartyFact(String id, String name, PartyKind kind, Sentence where, int from, int to) {
    }

    /** Seats stated for one party, for each party or for the body as a whole. */
    record SeatsFact(Integer ledamoter, Integer ersattare, Sentence where, int from, int to) {
    }

    /** A gap or an ambiguity in this text. */
    record Gap(String pointer, String code, String message, String messageEn, Sentence where) {
    }

    final String file;
    final List<Sentence> sentences;
    Fact<String> name;
    final List<Fact<String>> aliases = new ArrayList<>();
    Fact<CooperationForm> form;
    Fact<String> otherForm;
    Fact<FederationAssembly> assembly;
    final Map<String, PartyFact> parties = new LinkedHashMap<>();
    Fact<String> host;
    final Map<String, SeatsFact> seatsByParty = new LinkedHashMap<>();
    SeatsFact seatsEach;
    SeatsFact seatsTotal;
    final List<Gap> gaps = new ArrayList<>();
    Fact<LocalDate> validFrom;
    Fact<Boolean> meetingPlan;
    Fact<Boolean> sameParty;
    Fact<Boolean> remote;
    Fact<CostAllocation> cost;
    Fact<CarryOverRule> carryOver;
    Fact<List<Integer>> paymentMonths;
    Fact<int[]> notice;
    Fact<Integer> adjustmentDays;
    Fact<Integer> adjusters;
    Fact<ElectingBody> chair;
    final Map<String, Fact<LocalDate>> adoptedBy = new LinkedHashMap<>();
    final Map<Sentence, String> clauses = new LinkedHashMap<>();
    GoverningDocumentKind documentKind;
    String title;
    /** The other governing documents this one says exist ("… detta reglemente och ett mellan kommunerna ingånget samverkansavtal"). */
    final Map<GoverningDocumentKind, Sentence> mentions = new EnumMap<>(GoverningDocumentKind.class);

    private static final Pattern MENTIONS_AGREEMENT = Pattern.compile("(?iu)\\b(?:ingånget|ingångna|träffat|träffad|tecknat|särskild|gällande|detta)\\s+"
            + "(?:\\p{L}+\\s+){0,3}?(?:samverkansavtal|samarbetsavtal|överenskommelse|avtal om samverkan)\\b|\\b(?:samverkansavtal|samarbetsavtal)(?:et)?\\s+mellan\\b");
    private static final Pattern MENTIONS_REGLEMENTE = Pattern.compile("(?iu)\\b(?:nämndens|nämndernas|ett|särskilt|detta|gällande)\\s+reglemente\\b|\\breglementet för\\b");

    // ---- the Swedish read ------------------------------------------------------------------------

    private static final String NUM = "(\\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo)(?:\\s*\\(\\d{1,3}\\))?";
    private static final Pattern LEDAMOT = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + NUM + "\\s+(?:ordinarie\\s+)?ledam(?:ot|öter)\\b");
    private static final Pattern ERSATTARE = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + NUM + "\\s+(?:personliga\\s+)?(?:ersättare|suppleanter?)\\b");
    private static final Pattern FORMULA = Pattern.compile("(?iu)\\b(?:vars andel|andel av|per påbörjat|för varje|beroende på|i förhållande till|procent)\\b|%");
    private static final Pattern EACH = Pattern.compile("(?iu)\\b(?:varje|var och en av|vardera|respektive|samtliga)\\b");
    private static final Pattern COLLECTIVE = Pattern.compile("(?iu)\\b(?:medlemskommunerna|kommunerna|parterna|förbundsmedlemmarna|medlemmarna|huvudmännen|landstingen|regionerna)\\s+(?:utser|väljer|har|ska ha|skall ha|representeras)\\b");
    private static final Pattern OTHERS = Pattern.compile("(?iu)\\bövriga\\s+(?:kommuner|parter|medlemmar|medlemskommuner|förbundsmedlemmar|landsting|regioner)\\b");
    private static final Pattern APPOINTS = Pattern.compile("(?iu)\\b(?:utser|utse|utses|väljer|väljs|välja|har|ska ha|skall ha|representeras|representerad|representerade|består|bestå|utgörs|utgöras|vara)\\b");
    private static final Pattern BODY_SIZE = Pattern.compile("(?iu)\\b(?:består|bestå|utgörs|utgöras|totala antalet|sammanlagt|totalt|tillsammans)\\b");
    private static final Pattern OTHER_ORGAN = Pattern.compile("(?iu)\\b(?:\\p{L}*utskott\\p{L}*|presidi\\p{L}*|beredning\\p{L}*|revisor\\p{L}*|ombud)\\b");
    private static final Pattern STYRELSE = Pattern.compile("(?iu)\\b\\p{L}*styrelse\\p{L}*\\b");

    private static final Pattern PARTY_CUE = Pattern.compile("(?iu)\\bmedlemm?ar\\b.*\\b(?:är|utgörs)\\b|\\bmedlemmar i (?:förbundet|kommunalförbundet)|\\bsammanslutna\\b"
            + "|\\böverens\\b|\\b(?:överenskommelse|avtal\\p{L}*|samverkan|samarbete|samverkansavtal\\p{L}*)\\b.*\\bmellan\\b|\\bgäller mellan\\b"
            + "|\\binrätta\\p{L}*\\b.*\\bgemensam|\\bbildat?\\b.*\\bgemensam|\\bgemensam(?:ma)? (?:\\p{L}+ ){0,2}?\\p{L}*(?:nämnd|myndighet|organisation|förvaltning)\\p{L}* (?:för|mellan)\\b|\\bparter(?:na)?\\b.*\\bär\\b"
            + "|\\bingår\\b.*\\bkommun|\\bkommuner(?:na)? som ingår|\\bledamöter\\b.{0,30}\\bfrån\\b|\\bägs av\\b|\\bägare\\p{L}*\\b");
    private static final Pattern ADOPTION = Pattern.compile("(?iu)\\b(?:antagen|antaget|antagna|antogs|godkänd|godkänt|godkändes|fastställd|fastställt|fastställdes|beslutad)\\b");
    private static final Pattern NAME_IS = Pattern.compile("(?iu)\\b(?:kommunalförbundets|förbundets|nämndens|bolagets|föreningens) (?:namn|företagsnamn|benämning) (?:är|ska vara|skall vara) (.+)");
    private static final Pattern NAMED = Pattern.compile("(?iu)\\b(?:benämns|benämnes|ska benämnas|skall benämnas|ska ha namnet|skall ha namnet|har namnet) (.+)");
    private static final Pattern CALLED = Pattern.compile("(?iu)(?<!nedan )(?<!nedan gemensamt )\\b(?:kallad|kallas) (.+)");
    private static final Pattern IS_BODY = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}\\d -]{2,80}?) är (?:ett kommunalförbund|en gemensam (?:\\p{L}+)?nämnd|en ideell förening)\\b");
    private static final Pattern TITLE = Pattern.compile("(?iu)^(?:\\d+\\s+)?(?:reglemente|förbundsordning|samverkansavtal|samarbetsavtal|avtal|överenskommelse|bolagsordning|stadgar|ägardirektiv)"
            + "(?:\\s+\\d{4})?\\s+(?:för|om|mellan)\\s+(.+)");
    private static final Pattern NAME_END = Pattern.compile("(?iu)\\s*(?:\\(|,|;|:| och (?:det )?har | har sitt | med säte| [-–] | enligt | antag| gäller| gällande| fastställ| reviderad| \\d{4}-\\d{2}|\\.\\s|\\.$|$|\\s+(?=\\p{Lu}\\p{Ll}+\\s+(?:i|är|av|för|ska|skall|har)\\s))");

    private static final Pattern VALID_FROM = Pattern.compile("(?iu)\\b(?:gäller|gällande|träder i kraft|ikraftträdande|i kraft)\\b(?:\\s+(?:från och med|fr\\.?\\s?o\\.?\\s?m\\.?|från|den|dag))*\\s+");
    private static final Pattern MEETING_PLAN = Pattern.compile("(?iu)\\bsammanträdesplan\\p{L}*\\b|\\bplan (?:för|över) (?:sina |nämndens |direktionens |styrelsens )?sammanträden");
    private static final Pattern SAME_PARTY = Pattern.compile("(?iu)\\bersättare\\p{L}*\\b.{0,120}\\b(?:samma|egen|egna) (?:kommun|part|region|landsting|medlemskommun|förbundsmedlem)\\p{L}*"
            + "|\\b(?:samma|egen|egna) (?:kommun|part|region|landsting|medlemskommun)\\p{L}*\\b.{0,80}\\bersättare");
    private static final Pattern REMOTE = Pattern.compile("(?iu)\\b(?:får|kan|äger)\\b.{0,80}\\b(?:delta|deltaga|närvara|sammanträda)\\p{L}*\\b.{0,60}\\bpå distans\\b");
    private static final Pattern NOTICE = Pattern.compile("(?iu)\\bkallelse\\p{L}*\\b.{0,240}?\\b(?:senast|minst)\\s+" + NUM + "\\s+(dagar|dag|vardagar|arbetsdagar|kalenderdagar)\\s+(?:före|innan)");
    private static final Pattern ADJUSTMENT_DAYS = Pattern.compile("(?iu)\\bprotokoll\\p{L}*\\b.{0,160}?\\bjuster\\p{L}*\\b.{0,80}?\\b(?:senast|inom)\\s+" + NUM + "\\s+(dagar|vardagar|arbetsdagar)\\s+(?:efter|från)");
    private static final Pattern ADJUSTERS = Pattern.compile("(?iu)\\bjusteras\\s+(?:av\\s+)?(?:ordföranden|ordförande|sammanträdets ordförande)\\s+(?:och|samt|jämte)\\s+" + NUM
            + "\\s+(?:\\p{L}+\\s+){0,4}?(?:ledam(?:ot|öter)|justerare|justeringsm\\p{L}+|\\p{L}*ledam\\p{L}*)");
    private static final Pattern CHAIR = Pattern.compile("(?iu)\\bordförande\\b");
    private static final Pattern ELECTS = Pattern.compile("(?iu)\\b(?:väljer|väljs|välja|väljas|utser|utses|utse|utses)\\b");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1), Map.entry("två", 2), Map.entry("tre", 3),
            Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9),
            Map.entry("tio", 10), Map.entry("elva", 11), Map.entry("tolv", 12), Map.entry("tretton", 13), Map.entry("fjorton", 14),
            Map.entry("femton", 15), Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("nitton", 19),
            Map.entry("tjugo", 20));

    private Reading(String file, List<Sentence> sentences) {
        this.file = file;
        this.sentences = sentences;
    }

    static Reading of(String file, List<Sentence> sentences, String bodyName) {
        Reading r = new Reading(file, sentences);
        r.readTitleAndKind();
        r.readName(bodyName);
        r.readForm();
        r.readParties();
        r.readHost();
        r.readSeats();
        r.readTerms();
        return r;
    }

    static Integer number(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Texts.SWEDISH);
        return w.matches("\\d+") ? Integer.valueOf(w) : NUMBERS.get(w);
    }

    boolean empty() {
        return name == null && form == null && parties.isEmpty() && seatsByParty.isEmpty() && seatsEach == null && seatsTotal == null
                && host == null;
    }

    // ---- title, kind ---------------------------------------------------------------------------

    private void readTitleAndKind() {
        String section = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String t = s.text();
            Matcher clause = Pattern.compile("^(?:§\\s*(\\d+[a-z]?)|(\\d{1,2})\\s*§|(\\d{1,2})(?:\\.\\d+)*\\.?\\s+\\p{Lu})").matcher(t);
            if (clause.find()) {
                String n = clause.group(1) != null ? clause.group(1) : clause.group(2) != null ? clause.group(2) : clause.group(3);
                section = "§ " + n;
            }
            clauses.put(s, section);
            if (MENTIONS_AGREEMENT.matcher(t).find()) {
                mentions.putIfAbsent(GoverningDocumentKind.AGREEMENT, s);
            }
            if (MENTIONS_REGLEMENTE.matcher(t).find()) {
                mentions.putIfAbsent(GoverningDocumentKind.REGLEMENTE, s);
            }
            if (documentKind == null && i < 12) {
                String lower = t.toLowerCase(Texts.SWEDISH).replaceFirst("^\\d+\\s+", "");
                if (lower.startsWith("förbundsordning")) {
                    documentKind = GoverningDocumentKind.FEDERATION_CHARTER;
                } else if (lower.startsWith("reglemente") || lower.startsWith("nämndreglemente")) {
                    documentKind = GoverningDocumentKind.REGLEMENTE;
                } else if (lower.matches("^(?:samverkansavtal|samarbetsavtal|avtal|överenskommelse|samverkansöverenskommelse|samarbetsöverenskommelse)\\b.*")) {
                    documentKind = GoverningDocumentKind.AGREEMENT;
                }
                if (documentKind != null && title == null) {
                    String head = t.replaceFirst("^\\d+\\s+", "").split("(?u)\\s+(?=(?:Reglementet|Förbundsordningen|Avtalet|Överenskommelsen|Antagen|Antaget|Antagna|"
                            + "Godkänd|Godkänt|Fastställd|Fastställt|Gäller|Gällande|Reviderad|Beslutad|Dnr|Diarienummer|Storlek)\\b)")[0];
                    String[] words = head.split("\\s+");
                    title = shorten(words.length > 20 ? String.join(" ", Arrays.copyOf(words, 20)) + "…" : head, 200);
                }
            }
        }
    }

    /** "Reglemente § 7": the clause a term is written in, for the findings that rest on it. */
    String clause(Sentence s) {
        String section = clauses.get(s);
        if (section == null) {
            return null;
        }
        String label = documentKind == null ? "Reglemente" : switch (documentKind) {
            case REGLEMENTE -> "Reglemente";
            case FEDERATION_CHARTER -> "Förbundsordning";
            case AGREEMENT -> "Avtal";
        };
        return label + " " + section;
    }

    // ---- name ---------------------------------------------------------------------------------

    private void readName(String bodyName) {
        for (Sentence s : sentences) {
            Matcher m = NAME_IS.matcher(s.text());
            if (m.find()) {
                offerName(cut(m.group(1)), s);
            }
        }
        for (Sentence s : sentences) {
            Matcher m = NAMED.matcher(s.text());
            while (m.find()) {
                // what is named is the body itself ("Förbundet benämns …", "Den gemensamma nämnden ska benämnas …"), not its office
                String subject = s.text().substring(Math.max(0, m.start() - 50), m.start()).toLowerCase(Texts.SWEDISH);
                if (subject.matches("(?su).*(?:nämnd|förbund|bolag|direktion|föreningen)\\p{L}*\\s*$") || !subject.matches("(?su).*(?:kansli|organisation|förvaltning|enhet)\\p{L}*.*")) {
                    offerName(cut(m.group(1)), s);
                }
            }
        }
        for (Sentence s : sentences) {
            Matcher m = IS_BODY.matcher(s.text());
            if (m.find() && Texts.wordCount(m.group(1)) <= 8) {
                offerName(cut(m.group(1)), s);
            }
        }
        // a name that only a "kallad …" or a title gives must name a body ("… räddningsnämnd", "… kommunalförbund"), and
        // is no short name beside a name already read
        for (Sentence s : sentences) {
            Matcher m = CALLED.matcher(s.text());
            while (m.find() && name == null) {
                offerBodyName(cut(m.group(1)), s);
            }
        }
        for (int i = 0; i < Math.min(8, sentences.size()) && name == null; i++) {
            Matcher m = TITLE.matcher(sentences.get(i).text());
            if (m.find()) {
                offerBodyName(cut(m.group(1)), sentences.get(i));
            }
        }
        if (name == null && bodyName != null && Vocabulary.distinctive(bodyName)
                && !bodyName.matches("(?iu)^(?:kommun|region|landstings)?(?:fullmäktige|styrelsen)\\b.*")) {
            Sentence where = sentences.stream().filter(s -> s.text().contains(bodyName)).findFirst().orElse(null);
            if (where != null) {
                name = new Fact<>(normaliseCase(bodyName), where);
            }
        }
        // short names in brackets after the name: "Göteborgsregionens kommunalförbund (GR)"
        if (name != null) {
            for (Sentence s : sentences) {
                int at = s.text().indexOf(name.value());
                if (at >= 0) {
                    Matcher abbr = Pattern.compile("^\\s*\\((?:[”\"]?)(\\p{Lu}{2,10})(?:[”\"]?)\\)").matcher(s.text().substring(at + name.value().length()));
                    if (abbr.find()) {
                        addAlias(abbr.group(1), s);
                    }
                }
            }
        }
    }

    private void offerBodyName(String candidate, Sentence s) {
        if (candidate != null && Arrays.stream(candidate.split("[\\s,]+")).anyMatch(Vocabulary::namesBody)) {
            offerName(candidate, s);
        }
    }

    private void offerName(String candidate, Sentence s) {
        if (candidate == null || candidate.length() < 3 || Texts.wordCount(candidate) > 14 || !Vocabulary.distinctive(candidate)
                || candidate.matches("(?iu).*\\b(?:kommun|kommuner|region|landsting)\\b.*\\b(?:och|samt)\\b.*") && !Vocabulary.namesBody(lastWord(candidate))) {
            return;
        }
        String value = normaliseCase(candidate);
        if (name == null) {
            name = new Fact<>(value, s);
        } else if (!Texts.fold(name.value()).equals(Texts.fold(value))) {
            addAlias(value, s);
        }
    }

    private void addAlias(String alias, Sentence s) {
        if (aliases.stream().noneMatch(a -> Texts.fold(a.value()).equals(Texts.fold(alias))) && (name == null || !Texts.fold(name.value()).equals(Texts.fold(alias)))
                && aliases.size() < 10) {
            aliases.add(new Fact<>(alias, s));
        }
    }

    /** A name up to where the sentence goes on ("… och har sitt säte", a bracket, a comma, a full stop). */
    private static String cut(String text) {
        Matcher end = NAME_END.matcher(text);
        String name = end.find() ? text.substring(0, end.start()) : text;
        name = Texts.trimPunctuation(name.replaceAll("[”\"“]", "").trim());
        return name.isEmpty() ? null : name;
    }

    /** A name written in capitals is given a capital only at its start ("NÄMNDEN FÖR SAMVERKAN" is "Nämnden för samverkan"). */
    private static String normaliseCase(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        if (letters.length() > 3 && letters.equals(letters.toUpperCase(Texts.SWEDISH))) {
            String lower = name.toLowerCase(Texts.SWEDISH);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String lastWord(String s) {
        String[] words = s.trim().split("\\s+");
        return words[words.length - 1];
    }

    // ---- form -----------------------------------------------------------------------------------

    private void readForm() {
        Map<CooperationForm, Integer> score = new EnumMap<>(CooperationForm.class);
        Map<CooperationForm, Sentence> evidence = new EnumMap<>(CooperationForm.class);
        Sentence association = null;
        int fullmaktige = 0;
        int direktion = 0;
        Sentence assemblyWhere = null;
        FederationAssembly explicit = null;
        for (Sentence s : sentences) {
            String t = s.text().toLowerCase(Texts.SWEDISH);
            if (t.matches(".*\\bär en ideell förening\\b.*|.*\\bjuridiskt är \\p{L}+ en ideell förening\\b.*")) {
                association = association == null ? s : association;
            }
            score(score, evidence, CooperationForm.KOMMUNALFORBUND, s, 3, t.startsWith("förbundsordning") || t.matches("^\\d+\\s+förbundsordning.*")
                    || t.matches(".*\\b(?:är|utgör) ett kommunalförbund\\b.*|.*\\bsammanslutna till ett kommunalförbund\\b.*|.*\\bkommunalförbundets namn\\b.*"
                    + "|.*\\bkommunalförbund med (?:förbunds)?(?:direktion|fullmäktige)\\b.*|.*\\bmedlemmar i kommunalförbundet\\b.*"));
            score(score, evidence, CooperationForm.GEMENSAM_NAMND, s, 3, t.matches(".*\\b9 kap\\.? 19 ?§.*|.*\\b3 kap\\.? 3 ?a\\b.*|.*\\b(?:är|blir|är en|som) värd(?:kommun|landsting|region)\\p{L}*\\b.*"
                    + "|.*\\bvärd(?:kommun|landsting|region)(?:en)? (?:för|är|blir)\\b.*|.*\\bgemensam(?:ma)? \\p{L}*nämnd(?:en|er|erna)?\\b.*"));
            score(score, evidence, CooperationForm.BOLAG, s, 3, t.startsWith("bolagsordning") || t.matches(".*\\bbolagets (?:företags)?namn\\b.*|.*\\baktiebolag\\p{L}*\\b.*"));
            score(score, evidence, CooperationForm.AVTALSSAMVERKAN, s, 3, t.matches(".*\\bavtalssamverkan\\b.*|.*\\b9 kap\\.? 37 ?§.*"));
            Matcher with = Pattern.compile("\\bkommunalförbund med (?:en )?(förbunds)?(direktion|fullmäktige)").matcher(t);
            if (with.find()) {
                explicit = with.group(2).equals("direktion") ? FederationAssembly.DIREKTION : FederationAssembly.FORBUNDSFULLMAKTIGE;
                assemblyWhere = s;
            }
            if (t.matches(".*\\bförbundsfullmäktige\\b.*")) {
                fullmaktige++;
                assemblyWhere = assemblyWhere == null ? s : assemblyWhere;
            }
            if (t.matches(".*\\b(?:förbunds)?direktion(?:en|ens)?\\b.*")) {
                direktion++;
                assemblyWhere = assemblyWhere == null ? s : assemblyWhere;
            }
        }
        if (association != null) {
            otherForm = new Fact<>("ideell förening", association);
            return;
        }
        CooperationForm best = null;
        int bestScore = 0;
        for (Map.Entry<CooperationForm, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best != null) {
            form = new Fact<>(best, evidence.get(best));
        }
        if (best == CooperationForm.KOMMUNALFORBUND) {
            FederationAssembly a = explicit != null ? explicit
                    : direktion > 0 && fullmaktige == 0 ? FederationAssembly.DIREKTION
                    : fullmaktige > 0 && direktion == 0 ? FederationAssembly.FORBUNDSFULLMAKTIGE : null;
            if (a != null) {
                assembly = new Fact<>(a, assemblyWhere);
            }
        }
    }

    private static void score(Map<CooperationForm, Integer> score, Map<CooperationForm, Sentence> evidence, CooperationForm form, Sentence s,
            int points, boolean holds) {
        if (holds) {
            score.merge(form, points, Integer::sum);
            evidence.putIfAbsent(form, s);
        }
    }

    // ---- parties -------------------------------------------------------------------------------

    private void readParties() {
        for (Sentence s : sentences) {
            String t = s.text();
            boolean cue = PARTY_CUE.matcher(t).find();
            boolean adoption = ADOPTION.matcher(t).find() && t.toLowerCase(Texts.SWEDISH).contains("fullmäktige i");
            if (!cue && !adoption) {
                continue;
            }
            List<Mention> mentions = partyMentions(t, cue);
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                parties.putIfAbsent(m.id(), new PartyFact(m.id(), m.name(), m.kind(), s, m.start(), m.end()));
                if (adoption && m.kind() == PartyKind.KOMMUN && t.substring(Math.max(0, m.start() - 20), m.start()).toLowerCase(Texts.SWEDISH).contains("fullmäktige i")) {
                    int bound = k + 1 < mentions.size() ? mentions.get(k + 1).start() : t.length();
                    LocalDate date = SwedishDates.first(t.substring(m.end(), Math.min(bound, m.end() + 60)));
                    adoptedBy.putIfAbsent(m.id(), new Fact<>(date, s, m.start(), Math.min(bound, m.end() + 60)));
                }
            }
        }
    }

    static List<Mention> partyMentions(String t, boolean partySentence) {
        return Municipalities.parties(t, partySentence);
    }

    // ---- host -----------------------------------------------------------------------------------

    private void readHost() {
        Fact<String> seat = null;
        for (Sentence s : sentences) {
            String t = s.text();
            String lower = t.toLowerCase(Texts.SWEDISH);
            Matcher host = Pattern.compile("(?iu)\\bvärd(?:kommun|landsting|region|organisation)\\p{L}*\\b").matcher(t);
            if (host.find()) {
                if (lower.contains("respektive") && Municipalities.find(t, true).size() >= 2 && lower.matches(".*\\brespektive\\b.*\\bär värd.*")) {
                    gaps.add(new Gap("/hostPartyId", "ambiguous", "Texten anger flera värdkommuner (\"respektive\"), en för varje nämnd; välj den som gäller nämnden.",
                            "The text names several hosts (\"respektive\"), one for each committee; choose the one of this committee.", s));
                    continue;
                }
                String h = hostIn(t, host.start(), host.end());
                if (h != null && this.host == null) {
                    this.host = new Fact<>(h, s);
                }
            }
            Matcher organisation = Pattern.compile("(?iu)\\bingår i (.{1,60}?)organisation").matcher(t);
            if (organisation.find() && this.host == null) {
                String owner = organisation.group(1).trim();
                List<Mention> ms = Municipalities.find(owner, true);
                if (!ms.isEmpty()) {
                    this.host = new Fact<>(ms.get(0).name(), s);
                } else if (owner.matches("(?iu)(?:landstingets|regionens)\\s*")) {
                    List<PartyFact> regions = parties.values().stream().filter(p -> p.kind() == PartyKind.REGION).toList();
                    if (regions.size() == 1) {
                        this.host = new Fact<>(regions.get(0).name(), s);
                    }
                }
            }
            Matcher sate = Pattern.compile("(?iu)\\bsäte\\s+i\\s+(.{1,60})").matcher(t);
            if (sate.find() && seat == null) {
                List<Mention> ms = Municipalities.find(sate.group(1), false);
                if (!ms.isEmpty() && ms.get(0).start() == 0) {
                    seat = new Fact<>(ms.get(0).name(), s);
                }
            }
        }
        if (host == null && seat != null) {
            host = seat;
        }
    }

    /**
     * The party a sentence makes host, around the word "värdkommun" at start..end: "X är
     * värdkommun", "X, värdkommun,", "med X som värdkommun", "värdkommun (för …) är/blir X".
     */
    private String hostIn(String t, int start, int end) {
        List<Mention> ms = Municipalities.find(t, true);
        String before = t.substring(0, start);
        String after = t.substring(end);
        if (before.matches("(?isu).*\\b(?:är|blir|som|utgör)\\s+$") || before.matches("(?su).*,\\s*$")) {
            Mention last = null;
            for (Mention m : ms) {
                if (m.end() <= start) {
                    last = m;
                }
            }
            if (last != null && !t.substring(last.end(), start).matches("(?su).*[.;].*")) {
                return last.name();
            }
        }
        Matcher then = Pattern.compile("(?iu)^(?:en)?(?:\\s+för\\s+[^.,;]{1,60}?)?\\s+(?:är|blir)\\s+").matcher(after);
        if (then.find()) {
            for (Mention m : ms) {
                if (m.start() >= end + then.end() && m.start() <= end + then.end() + 3) {
                    return m.name();
                }
            }
        }
        return null;
    }

    // ---- seats ----------------------------------------------------------------------------------

    private void readSeats() {
        boolean fullmaktigeForbund = assembly != null && assembly.value() == FederationAssembly.FORBUNDSFULLMAKTIGE;
        List<Object[]> others = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher cut = Pattern.compile("(?iu);|,?\\s+varav\\s+|\\.\\s+").matcher(s.text());
            List<int[]> spans = new ArrayList<>();
            int from = 0;
            while (cut.find()) {
                spans.add(new int[] {from, cut.start()});
                from = cut.end();
            }
            spans.add(new int[] {from, s.text().length()});
            for (int[] span : spans) {
                String clause = s.text().substring(span[0], span[1]);
                Matcher l = LEDAMOT.matcher(clause);
                if (!l.find()) {
                    continue;
                }
                Integer ledamoter = number(l.group(1));
                Matcher e = ERSATTARE.matcher(clause);
                Integer ersattare = e.find(l.end()) && e.start() - l.end() <= 60 ? number(e.group(1)) : null;
                String pre = clause.substring(0, l.start());
                if (FORMULA.matcher(clause).find()) {
                    gaps.add(new Gap("/seats", "formula", "Antalet ledamöter per part beror på en beräkning i texten; fyll i platserna för varje part.",
                            "The number of members per party follows a formula in the text; fill in the seats of each party.", s));
                    continue;
                }
                if (OTHER_ORGAN.matcher(pre).find() || fullmaktigeForbund && STYRELSE.matcher(pre).find()) {
                    continue; // an utskott's, a presidium's or (beside a förbundsfullmäktige) the styrelse's seats
                }
                if (ersattare == null && (ledamoter == null || ledamoter < 2) && !APPOINTS.matcher(clause).find()) {
                    continue; // "om en ledamot är förhindrad": a ledamot, not a number of seats
                }
                boolean appoints = APPOINTS.matcher(clause).find();
                List<Mention> named = partyMentions(pre, true);
                SeatsFact fact = new SeatsFact(ledamoter, ersattare, s, span[0], span[1]);
                if (OTHERS.matcher(pre).find() || OTHERS.matcher(clause).find() && named.isEmpty()) {
                    others.add(new Object[] {fact});
                } else if (!named.isEmpty() && appoints) {
                    for (Mention m : named) {
                        SeatsFact before = seatsByParty.putIfAbsent(m.id(), fact);
                        parties.putIfAbsent(m.id(), new PartyFact(m.id(), m.name(), m.kind(), s, span[0] + m.start(), span[0] + m.end()));
                        if (before != null && !same(before, fact)) {
                            gaps.add(new Gap("/seats", "conflict", "Texten anger olika antal platser för " + m.name() + "; kontrollera platserna.",
                                    "The text gives different numbers of seats for " + m.name() + "; check the seats.", s));
                        }
                    }
                } else if (appoints && (EACH.matcher(clause).find() || COLLECTIVE.matcher(pre).find())) {
                    seatsEach = seatsEach == null ? fact : seatsEach;
                } else if (BODY_SIZE.matcher(pre).find()) {
                    seatsTotal = seatsTotal == null ? fact : seatsTotal;
                }
            }
        }
        for (Object[] o : others) {
            SeatsFact fact = (SeatsFact) o[0];
            for (PartyFact p : parties.values()) {
                seatsByParty.putIfAbsent(p.id(), fact);
            }
        }
    }

    private static boolean same(SeatsFact a, SeatsFact b) {
        return Objects.equals(a.ledamoter(), b.ledamoter()) && Objects.equals(a.ersattare(), b.ersattare());
    }

    // ---- terms ----------------------------------------------------------------------------------

    private void readTerms() {
        for (Sentence s : sentences) {
            String t = s.text();
            String lower = t.toLowerCase(Texts.SWEDISH);
            if (validFrom == null) {
                Matcher v = VALID_FROM.matcher(t);
                while (v.find()) {
                    String rest = t.substring(v.end());
                    SwedishDates.Found date = SwedishDates.find(rest).stream().findFirst().orElse(null);
                    if (date != null && date.date() != null && date.start() <= 4) {
                        validFrom = new Fact<>(date.date(), s, v.start(), v.end() + date.end());
                        break;
                    }
                }
            }
            if (meetingPlan == null && MEETING_PLAN.matcher(t).find() && lower.matches(".*\\b(?:ska|skall|fastställ\\p{L}*|upprätta\\p{L}*|anta\\p{L}*|beslutar|bestämmer)\\b.*")) {
                meetingPlan = new Fact<>(true, s);
            }
            if (sameParty == null && SAME_PARTY.matcher(t).find()) {
                sameParty = new Fact<>(true, s);
            }
            if (remote == null && REMOTE.matcher(t).find()) {
                remote = new Fact<>(true, s);
            }
            if (cost == null && lower.matches(".*\\b(?:kostnad\\p{L}*|bidrag\\p{L}*|finansier\\p{L}*|avgift\\p{L}*|fördela\\p{L}*|betala\\p{L}*)\\b.*")) {
                CostAllocation c = lower.matches(".*\\bi lika delar\\b.*|.*\\blika stora? (?:delar|andelar|belopp)\\b.*") ? CostAllocation.EQUAL_SHARES
                        : lower.matches(".*\\b(?:per invånare|efter (?:antal(?:et)? )?invånar\\p{L}*|i förhållande till (?:antal(?:et)? )?invånar\\p{L}*|befolkning\\p{L}*)\\b.*") ? CostAllocation.PER_INHABITANT
                        : lower.matches(".*\\befter (?:nyttjande|förbrukning|användning)\\b.*|.*\\bi proportion till (?:sitt |sin )?(?:nyttjande|användning|förbrukning)\\b.*") ? CostAllocation.BY_USE
                        : null;
                if (c != null) {
                    cost = new Fact<>(c, s);
                }
            }
            if (carryOver == null && lower.matches(".*\\b(?:överskott|underskott)\\p{L}*\\b.*")) {
                CarryOverRule c = lower.matches(".*\\b(?:förs över|överförs|balanseras|förs vidare|förs till)\\b.*\\b(?:nästa|kommande|efterföljande|följande)\\s+(?:år|budgetår|verksamhetsår)\\b.*")
                        ? CarryOverRule.CARRY_FORWARD
                        : lower.matches(".*\\b(?:regleras|återbetalas|fördelas|faktureras|debiteras)\\b.*\\b(?:parterna|medlemmarna|kommunerna|medlemskommunerna)\\b.*") ? CarryOverRule.SETTLE_WITH_PARTIES
                        : lower.matches(".*\\bvärd(?:kommun|region)\\p{L}*\\b.*\\b(?:svarar|står|bär)\\b.*") ? CarryOverRule.HOST_BEARS : null;
                if (c != null) {
                    carryOver = new Fact<>(c, s);
                }
            }
            if (paymentMonths == null && lower.matches(".*\\b(?:betala\\p{L}*|faktur\\p{L}*|erläggs|inbetal\\p{L}*)\\b.*")) {
                List<Integer> months = new ArrayList<>();
                Matcher month = Pattern.compile("(?iu)\\b(?:i|under|senast i|per den \\d+|den \\d+) (" + SwedishDates.MONTH_NAMES + ")\\b").matcher(t);
                while (month.find()) {
                    Integer n = SwedishDates.month(month.group(1).toLowerCase(Locale.ROOT));
                    if (n != null && !months.contains(n)) {
                        months.add(n);
                    }
                }
                if (!months.isEmpty()) {
                    paymentMonths = new Fact<>(months, s);
                }
            }
            if (notice == null) {
                Matcher n = NOTICE.matcher(t);
                if (n.find()) {
                    Integer days = number(n.group(1));
                    String unit = n.group(2).toLowerCase(Texts.SWEDISH);
                    if (days != null) {
                        notice = new Fact<>(new int[] {days, unit.equals("vardagar") || unit.equals("arbetsdagar") ? 1 : 0}, s);
                    }
                }
            }
            if (adjustmentDays == null) {
                Matcher a = ADJUSTMENT_DAYS.matcher(t);
                if (a.find() && a.group(2).equalsIgnoreCase("dagar")) {
                    adjustmentDays = new Fact<>(number(a.group(1)), s);
                }
            }
            if (adjusters == null) {
                Matcher a = ADJUSTERS.matcher(t);
                if (a.find()) {
                    adjusters = new Fact<>(number(a.group(1)), s);
                }
            }
            if (chair == null && CHAIR.matcher(t).find() && ELECTS.matcher(t).find()) {
                ElectingBody body = lower.matches(".*\\b(?:värdkommunens|värdregionens|värdlandstingets) (?:kommun|regions?|landstings)?fullmäktige\\b.*|.*fullmäktige i värd\\p{L}+\\b.*")
                        ? ElectingBody.HOST_COUNCIL
                        : lower.matches(".*\\b(?:respektive|varje|var och en av)\\b.*\\bfullmäktige\\b.*") ? ElectingBody.PARTY_COUNCIL
                        : lower.matches(".*\\b(?:förbundsfullmäktige|direktionen|förbundsdirektionen)\\b.*\\b(?:inom sig|bland (?:sina )?ledamöterna|väljer|utser)\\b.*")
                                || lower.matches(".*\\b(?:väljer|utser|välja|utse)\\b.*\\b(?:inom sig)\\b.*") && form != null && form.value() == CooperationForm.KOMMUNALFORBUND
                                ? ElectingBody.FEDERATION_ASSEMBLY
                        : lower.matches(".*\\bnämnden\\b.*\\b(?:inom sig|bland (?:sina )?ledamöter)\\b.*") ? ElectingBody.COMMITTEE : null;
                if (body != null) {
                    chair = new Fact<>(body, s);
                }
            }
        }
    }

    static String shorten(String text, int max) {
        String t = text.trim();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Whether two party names name the same party ("Landstinget Dalarnas" and "Landstinget Dalarna"). */
    static boolean sameParty(String a, String b) {
        return PartyNames.core(a).equals(PartyNames.core(b));
    }
}
