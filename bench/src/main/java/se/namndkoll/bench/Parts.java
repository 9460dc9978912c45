package se.namndkoll.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.namndkoll.rules.RuleEngine;
import se.namndkoll.rules.document.Dates;
import se.namndkoll.rules.document.Distribution;
import se.namndkoll.rules.document.OrgNumbers;
import se.namndkoll.rules.document.Placeholders;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.ProtocolParagraph;

/** Rough single-thread cost of the parts of a check on the realistic case (for finding where the time goes). */
public final class Parts {
    public static void main(String[] args) {
        RuleEngine engine = RuleEngine.create();
        Case c = RealisticCase.build(RealisticCase.Variant.FULL);
        List<String> texts = new ArrayList<>();
        for (AgendaItem i : c.agenda().items()) {
            texts.add(i.title());
            texts.add(i.description());
            for (ProposalPoint p : i.proposals()) {
                texts.add(p.text());
            }
        }
        for (ProtocolParagraph p : c.protocol().paragraphs()) {
            texts.add(p.title());
            texts.add(p.decision());
        }
        time("check", () -> engine.check(c));
        time("placeholders(all texts)", () -> texts.stream().filter(Placeholders::any).count());
        time("weekdays(all texts)", () -> texts.stream().mapToInt(t -> Dates.wrongWeekdays(t).size()).sum());
        time("orgnr(all texts)", () -> texts.stream().mapToInt(t -> OrgNumbers.inText(t).size()).sum());
        time("distribution(paragraphs+items)", () -> {
            int n = 0;
            for (ProtocolParagraph p : c.protocol().paragraphs()) {
                n += Distribution.addressesAllParties(p.decision()) ? 1 : 0;
            }
            for (AgendaItem i : c.agenda().items()) {
                n += Distribution.proposalsAddressAllParties(i.proposals()) ? 1 : 0;
            }
            return n;
        });
        time("check", () -> engine.check(c));
    }

    static void time(String name, Supplier<Object> work) {
        Object sink = null;
        long end = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < end) {
            sink = work.get();
        }
        int n = 0;
        long start = System.nanoTime();
        long stop = start + 3_000_000_000L;
        long now;
        do {
            sink = work.get();
            n++;
            now = System.nanoTime();
        } while (now < stop);
        System.out.printf("%-34s %10.1f µs  (%s)%n", name, (now - start) / 1e3 / n, sink == null ? "" : "ok");
    }
}
