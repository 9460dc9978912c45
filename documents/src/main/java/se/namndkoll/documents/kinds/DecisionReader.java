package se.namndkoll.documents.kinds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.Patterns;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.CarryOverRule;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.ElectingBody;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.ProposedDecision;
import se.namndkoll.rules.text.SwedishAmounts;
import se.namndkoll.rules.text.SwedishDates;

/**
 * Recognises the proposals and decisions that are one of the fact model's {@link DecisionKind}s,
 * by what the sentence does: invoicing the parties' contributions ("Fakturering av parterna sker i
 * januari 2020"), the basic contribution to be shared ("Basfinansieringen för 2020 fastställs till
 * 914 400 kr, som delas lika mellan nämndens parter"), a changed payment period, a budget adopted,
 * a surplus carried over, a meeting plan adopted, a chair elected. Anything else stays text. A
 * month written as a placeholder ("xxx", "XX", "[månad]") is not a month: it is left null.
 */
public final class DecisionReader {

    /** A proposal or decision text and where it came from. */
    public record Source(String text, Integer number, int from, int to) {
    }

    private static final String MONTH = "(" + SwedishDates.MONTH_NAMES + ")";
    private static final Pattern INVOICE = Pattern.compile("(?iu)\\b(?:fakturer\\w*|debiter\\w*|betalning\\w*|betalas|inbetalning\\w*)\\b");
    private static final Pattern CONTRIBUTION = Pattern.compile("(?iu)\\b(?:parter\\w*|bidrag\\w*|avgift\\w*|basfinansiering\\w*|grundbelopp\\w*|medlemsavgift\\w*)");
    private static final Pattern BASIC_AMOUNT = Pattern.compile("(?iu)\\b(?:basfinansiering|grundbelopp|grundfinansiering|bidrag|årsavgift|medlemsavgift)\\w*\\b.*?\\b(?:fastställs|uppgår|blir|är|ska vara|beslutas)\\b");
    private static final Pattern EQUAL = Pattern.compile("(?iu)\\b(?:delas lika|i lika delar|lika delar|rakt fördelat|fördelas lika)\\b");
    private static final Pattern IN_MONTH = Pattern.compile("(?iu)\\b(?:i|under|senast i|per)\\s+(\\S+?)(?:\\s+månad)?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern IN_MONTH_NO_YEAR = Pattern.compile("(?iu)\\b(?:i|under|senast i)\\s+" + MONTH + "(?:\\s+månad)?\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)^(?:x{2,}|\\?{2,}|_{2,}|\\.{2,}|…|\\[.*\\]|<.*>|\\(.*\\)|månad|mm|xx+)$");
    private static final Pattern CHANGE_PERIOD = Pattern.compile("(?iu)\\b(?:betalningsperiod\\w*|betalningstidpunkt\\w*|betalningsmånad\\w*)\\b.*\\b(?:ändras|ändra|flyttas|ska vara|blir)\\b");
    private static final Pattern ADOPT_BUDGET = Pattern.compile("(?iu)\\b(?:budget(?:en)?(?: för)? ((?:19|20)\\d{2}) (?:fastställs|antas|godkänns)|(?:fastställa|fastställer|anta|antar|godkänna|godkänner) (?:förslag till )?budget(?:en)?(?: för)? ((?:19|20)\\d{2}))");
    private static final Pattern CARRY = Pattern.compile("(?iu)\\b(över|under)skott(?:et)?(?: från| för| på)?(?: (?:år )?((?:19|20)\\d{2}))?\\b.*?\\b(förs över|överförs|balanseras|återbetalas|återförs|regleras|faktureras)\\b(?:.*?((?:19|20)\\d{2}))?");
    private static final Pattern MEETING_PLAN = Pattern.compile("(?iu)\\b(?:sammanträdesplan|sammanträdesdagar|sammanträdesdatum|sammanträdestider)\\w*(?: för)? ((?:19|20)\\d{2})\\b.*\\b(?:fastställs|antas|godkänns)|\\b(?:fastställa|fastställer|anta|antar|godkänner) (?:sammanträdesplan|sammanträdesdagar|sammanträdesdatum|sammanträdestider)\\w*(?: för)? ((?:19|20)\\d{2})");
    private static final Pattern ELECT = Pattern.compile("(?iu)\\b(?:väljer|väljs|utser|utses|val av)\\b.*\\b(vice ordförande|ordförande)\\b");

    private DecisionReader() {
    }

    /**
     * The decisions recognised among one item's (or paragraph's) points. Invoicing and the basic
     * contribution of the same item are one decision: the total from one point, the month from another.
     */
    public static List<Recognised> recognise(List<Source> sources, LocalDate date, Integer agendaItem, boolean proposedByCommitteeText) {
        List<Recognised> out = new ArrayList<>();
        Recognised invoice = null;
        for (Source s : sources) {
            String t = s.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            boolean invoicing = INVOICE.matcher(t).find() && CONTRIBUTION.matcher(t).find();
            boolean basic = BASIC_AMOUNT.matcher(t).find() && SwedishAmounts.inText(t) != null;
            if (invoicing || basic) {
                if (invoice == null) {
                    invoice = new Recognised(DecisionKind.INVOICE_CONTRIBUTIONS, s.from(), s.to());
                    out.add(invoice);
                }
                invoice.texts.add(t);
                invoice.to = Math.max(invoice.to, s.to());
                invoice.from = Math.min(invoice.from, s.from());
                if (basic) {
                    invoice.totalAmount = SwedishAmounts.inText(t);
                    invoice.amountLine = s.from();
                    invoice.year = invoice.year == null ? year(t) : invoice.year;
                    invoice.equalSplit = EQUAL.matcher(t).find();
                }
                if (invoicing) {
                    Matcher m = IN_MONTH.matcher(t);
                    if (m.find()) {
                        String word = m.group(1);
                        Integer month = SwedishDates.month(word);
                        invoice.monthLine = s.from();
                        invoice.month = month;
                        invoice.monthPlaceholder = month == null && PLACEHOLDER.matcher(word).matches();
                        invoice.year = Integer.parseInt(m.group(2));
                    } else {
                        Matcher n = IN_MONTH_NO_YEAR.matcher(t);
                        if (n.find()) {
                            invoice.month = SwedishDates.month(n.group(1));
                            invoice.monthLine = s.from();
                        }
                    }
                }
                continue;
            }
            if (CHANGE_PERIOD.matcher(t).find()) {
                Recognised r = new Recognised(DecisionKind.CHANGE_PAYMENT_PERIOD, s.from(), s.to());
                r.texts.add(t);
                Matcher m = Pattern.compile("(?iu)\\b" + MONTH + "\\b").matcher(t);
                while (m.find()) {
                    r.paymentMonths.add(SwedishDates.month(m.group(1)));
                }
                out.add(r);
                continue;
            }
            Matcher b = ADOPT_BUDGET.matcher(t);
            if (b.find()) {
                Recognised r = new Recognised(DecisionKind.ADOPT_BUDGET, s.from(), s.to());
                r.texts.add(t);
                r.year = Integer.parseInt(b.group(1) != null ? b.group(1) : b.group(2));
                out.add(r);
                continue;
            }
            Matcher c = CARRY.matcher(t);
            if (c.find()) {
                Recognised r = new Recognised(DecisionKind.CARRY_OVER_RESULT, s.from(), s.to());
                r.texts.add(t);
                r.year = c.group(2) != null ? Integer.valueOf(c.group(2)) : null;
                String verb = c.group(3).toLowerCase(Texts.SWEDISH);
                r.carryOver = verb.startsWith("återbetala") || verb.startsWith("återför") || verb.startsWith("faktur") ? CarryOverRule.SETTLE_WITH_PARTIES
                        : CarryOverRule.CARRY_FORWARD;
                BigDecimal amount = SwedishAmounts.inText(t);
                if (amount != null) {
                    r.result = c.group(1).equalsIgnoreCase("under") ? amount.abs().negate() : amount.abs();
                }
                r.proposedOnly = t.toLowerCase(Texts.SWEDISH).matches(".*\\bföreslår\\b.*");
                out.add(r);
                continue;
            }
            Matcher mp = MEETING_PLAN.matcher(t);
            if (mp.find()) {
                Recognised r = new Recognised(DecisionKind.ADOPT_MEETING_PLAN, s.from(), s.to());
                r.texts.add(t);
                r.year = Integer.parseInt(mp.group(1) != null ? mp.group(1) : mp.group(2));
                out.add(r);
                continue;
            }
            Matcher el = ELECT.matcher(t);
            if (el.find()) {
                Recognised r = new Recognised(el.group(1).toLowerCase(Texts.SWEDISH).startsWith("vice") ? DecisionKind.ELECT_VICE_CHAIR : DecisionKind.ELECT_CHAIR,
                        s.from(), s.to());
                r.texts.add(t);
                Matcher name = Pattern.compile(Patterns.NAME).matcher(t.substring(el.end()));
                if (name.find()) {
                    r.person = name.group();
                }
                out.add(r);
            }
        }
        for (Recognised r : out) {
            r.date = date;
            r.agendaItem = agendaItem;
        }
        return out;
    }

    private static Integer year(String t) {
        Matcher m = Pattern.compile("\\b((?:19|20)\\d{2})\\b").matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A decision recognised, with the lines (indexes) it was read from. */
    public static final class Recognised {
        final DecisionKind kind;
        public int from;
        public int to;
        final List<String> texts = new ArrayList<>();
        Integer month;
        boolean monthPlaceholder;
        public Integer monthLine;
        Integer year;
        BigDecimal totalAmount;
        public Integer amountLine;
        boolean equalSplit;
        final List<Integer> paymentMonths = new ArrayList<>();
        CarryOverRule carryOver;
        BigDecimal result;
        boolean proposedOnly;
        String person;
        LocalDate date;
        Integer agendaItem;

        public Recognised(DecisionKind kind, int from, int to) {
            this.kind = kind;
            this.from = from;
            this.to = to;
        }

        public ProposedDecision toModel() {
            ElectingBody body = proposedOnly ? ElectingBody.UNKNOWN : null;
            return new ProposedDecision(null, kind, body, date, String.join(" ", texts), agendaItem,
                    kind == DecisionKind.INVOICE_CONTRIBUTIONS ? month : null,
                    kind == DecisionKind.ADOPT_MEETING_PLAN ? null : year,
                    totalAmount, null,
                    paymentMonths.isEmpty() ? null : List.copyOf(paymentMonths),
                    null, null, person, result, carryOver,
                    kind == DecisionKind.ADOPT_MEETING_PLAN ? year : null, null);
        }
    }

    public static List<Source> fromPoints(List<ProposalPoint> points, List<int[]> lines) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            int[] l = i < lines.size() ? lines.get(i) : new int[] {-1, -1};
            out.add(new Source(points.get(i).text(), points.get(i).number(), l[0], l[1]));
        }
        return out;
    }
}
