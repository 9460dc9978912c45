package se.namndkoll.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.AgendaItem;
import se.namndkoll.rules.model.ProposalPoint;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;

/**
 * Gaps and duplicates in numbered sequences. The sequence is read from its lowest number (a
 * protocol may start at § 31) unless a fixed start is given (the points of a förslag till beslut
 * start at 1). Order is not checked: 1, 3, 2 is complete. Unnumbered elements ({@code null}) are
 * skipped.
 */
public final class Numbering {

    /** The most missing numbers a gap lists one by one; a longer gap gives its first and last. */
    static final int LISTED = 1000;

    private Numbering() {
    }

    /** The issues of an agenda's item numbers, read from the lowest. */
    public static List<NumberingIssue> ofAgenda(Agenda agenda) {
        return agenda == null ? List.of() : check(agenda.items().stream().map(AgendaItem::number).toList(), null);
    }

    /** The issues of a protocol's § numbers, read from the lowest. */
    public static List<NumberingIssue> ofProtocol(Protocol protocol) {
        return protocol == null ? List.of() : check(protocol.paragraphs().stream().map(ProtocolParagraph::number).toList(), null);
    }

    /**
     * The issues of the numbered points of one förslag till beslut, which start at {@code start}.
     * An item with fewer than one numbered point has none.
     */
    public static List<NumberingIssue> ofProposals(AgendaItem item, int start) {
        return item == null ? List.of() : check(item.proposals().stream().map(ProposalPoint::number).toList(), start);
    }

    /**
     * The gaps and duplicates of {@code numbers}.
     *
     * @param start the number the sequence must start at, {@code null} to start at its lowest
     */
    public static List<NumberingIssue> check(List<Integer> numbers, Integer start) {
        Map<Integer, List<Integer>> positions = new TreeMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            Integer n = numbers.get(i);
            if (n != null) {
                positions.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
            }
        }
        List<NumberingIssue> issues = new ArrayList<>();
        if (positions.isEmpty()) {
            return issues;
        }
        Integer previous = null;
        Integer expected = start;
        for (Map.Entry<Integer, List<Integer>> e : positions.entrySet()) {
            int n = e.getKey();
            if (expected != null && n > expected) {
                // a number typed with too many digits (§ 1, § 20000000) must not make a list of millions
                long size = (long) n - expected;
                List<Integer> missing = new ArrayList<>();
                if (size <= LISTED) {
                    for (int m = expected; m < n; m++) {
                        missing.add(m);
                    }
                } else {
                    missing.add(expected);
                    missing.add(n - 1);
                }
                issues.add(new NumberingIssue(NumberingIssue.Kind.GAP, missing, e.getValue().get(0), previous, n,
                        (int) Math.min(size, Integer.MAX_VALUE)));
            }
            previous = n;
            expected = n + 1;
        }
        for (Map.Entry<Integer, List<Integer>> e : positions.entrySet()) {
            if (e.getValue().size() > 1) {
                issues.add(new NumberingIssue(NumberingIssue.Kind.DUPLICATE, List.of(e.getKey()), e.getValue().get(1), null,
                        e.getKey(), e.getValue().size()));
            }
        }
        return issues;
    }
}
