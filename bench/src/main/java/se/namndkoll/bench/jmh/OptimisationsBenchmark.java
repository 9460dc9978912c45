package se.namndkoll.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.namndkoll.bench.RealisticCase;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.document.Dates;
import se.namndkoll.rules.document.Distribution;
import se.namndkoll.rules.document.OrgNumbers;
import se.namndkoll.rules.document.Placeholders;
import se.namndkoll.rules.engine.Messages;
import se.namndkoll.rules.engine.RuleMeta;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.Party;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.Seat;
import se.namndkoll.rules.names.PartyNames;
import se.namndkoll.rules.names.PersonNames;
import se.namndkoll.rules.report.Finding;

/**
 * The helpers the optimisations of issue #7 changed, each on the realistic case's data. One
 * operation = the work one check of the realistic case (FULL) does with that helper: every text,
 * every finding, every name comparison of the case. A before/after comparison runs this benchmark
 * from two builds, an earlier benchmarks.jar and this one (docs/performance.md §6); no old code is
 * kept in the tree. Only the rule metadata is measured both ways in one build, since both ways are
 * production code ({@link RuleMeta#of} and {@link RuleMeta#cached}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class OptimisationsBenchmark {

    private List<String> texts;
    private List<String> decisionTexts;
    private List<List<ProposalPoint>> proposals;
    private List<Finding> findings;
    private List<RuleImpl> rules;
    private List<Party> parties;
    private List<String> partyMentions;
    private List<String> servingFor;
    private List<String> seatPersons;
    private Messages messages;

    @Setup
    public void setUp() {
        Case c = RealisticCase.build(RealisticCase.Variant.FULL);
        texts = new ArrayList<>();
        decisionTexts = new ArrayList<>();
        proposals = new ArrayList<>();
        for (AgendaItem i : c.agenda().items()) {
            texts.add(i.title());
            texts.add(i.description());
            i.proposals().forEach(p -> texts.add(p.text()));
            proposals.add(i.proposals());
        }
        for (ProtocolParagraph p : c.protocol().paragraphs()) {
            texts.add(p.title());
            texts.add(p.decision());
            decisionTexts.add(p.decision());
        }
        findings = RuleEngine.create().check(c).findings();
        rules = new ArrayList<>();
        for (Finding f : findings) {
            RuleImpl rule = new RuleImpl(f.ruleId() + " " + f.variant());
            rule.addMetaAttribute("ruleId", "\"" + f.ruleId() + "\"");
            rule.addMetaAttribute("severity", "\"" + f.severity() + "\"");
            rule.addMetaAttribute("legalBasis", "\"" + String.join("; ", f.legalBasis()) + "\"");
            rule.addMetaAttribute("verified", String.valueOf(f.verified()));
            rule.addMetaAttribute("requires", "\"PROTOCOL, ATTENDANCE, SEATS\"");
            rules.add(rule);
        }
        parties = c.committee().parties();
        partyMentions = new ArrayList<>();
        for (Party p : parties) {
            partyMentions.add(p.name());
        }
        partyMentions.addAll(List.of("Samtliga samverkande kommuner", "Luleå", "Region Norrbotten", "Piteå kommun"));
        servingFor = new ArrayList<>();
        for (Attendance a : c.protocol().attendance()) {
            servingFor.add(a.servingFor() == null ? a.person() : a.servingFor());
        }
        seatPersons = c.committee().seats().stream().map(Seat::person).toList();
        messages = Messages.load();
    }

    // ---- rule metadata: parsed per finding, or once per rule (as the engine does)

    @Benchmark
    public void ruleMetaParsed(Blackhole bh) {
        for (RuleImpl r : rules) {
            bh.consume(RuleMeta.of(r));
        }
    }

    @Benchmark
    public void ruleMetaCached(Blackhole bh) {
        for (RuleImpl r : rules) {
            bh.consume(RuleMeta.cached(r));
        }
    }

    // ---- texts of the findings

    @Benchmark
    public void render(Blackhole bh) {
        for (Finding f : findings) {
            String key = f.ruleId() + "." + f.variant();
            bh.consume(messages.render(f.ruleId() + ".title", Map.of(), Messages.SWEDISH));
            bh.consume(messages.render(key, f.facts(), Messages.SWEDISH));
            bh.consume(messages.render(key, f.facts(), Messages.ENGLISH));
        }
    }

    // ---- the text rules' helpers on every text of the case

    @Benchmark
    public void placeholders(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Placeholders.any(t));
        }
    }

    @Benchmark
    public void weekdays(Blackhole bh) {
        for (String t : texts) {
            bh.consume(Dates.wrongWeekdays(t));
        }
    }

    @Benchmark
    public void orgNumbers(Blackhole bh) {
        for (String t : texts) {
            bh.consume(OrgNumbers.inText(t));
        }
    }

    @Benchmark
    public void distribution(Blackhole bh) {
        for (String t : decisionTexts) {
            bh.consume(Distribution.addressesAllParties(t));
        }
        for (List<ProposalPoint> p : proposals) {
            bh.consume(Distribution.proposalsAddressAllParties(p));
        }
    }

    // ---- names: the party a mention names, the person a substitute serves for

    @Benchmark
    public void names(Blackhole bh) {
        for (String m : partyMentions) {
            bh.consume(PartyNames.find(parties, m));
        }
        for (String s : servingFor) {
            for (String p : seatPersons) {
                bh.consume(PersonNames.same(p, s));
            }
        }
    }
}
