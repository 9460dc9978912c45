package se.namndkoll.rules.engine;

import java.util.Set;
import se.namndkoll.rules.model.Case;
import se.namndkoll.rules.model.DecisionKind;
import se.namndkoll.rules.model.GoverningDocumentKind;

/**
 * What a case contains, as named in a rule's {@code @requires}: a rule runs on a case when the case
 * has every part it requires. Tokens: COMMITTEE, SEATS, TERMS, PROTOCOL, ATTENDANCE, AGENDA,
 * BUDGET, TABLES, PROCUREMENT, DECISIONS, DECISION:&lt;KIND&gt;, DOCUMENT, TEXT, AGREEMENT (the text of a
 * samverkansavtal/överenskommelse), REGLEMENTE (the text of a reglemente). Alternatives are joined
 * with "|": {@code AGENDA|PROTOCOL} is satisfied by a case with an agenda or a protocol.
 */
public final class Scope {

    private Scope() {
    }

    public static boolean satisfies(Case c, boolean hasTermsInForce, boolean hasText, Set<String> requires) {
        for (String token : requires) {
            if (!has(c, hasTermsInForce, hasText, token)) {
                return false;
            }
        }
        return true;
    }

    /** The tokens of {@code requires} that the case does not satisfy, in their order. */
    public static java.util.List<String> missing(Case c, boolean hasTermsInForce, boolean hasText, Set<String> requires) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String token : requires) {
            if (!has(c, hasTermsInForce, hasText, token)) {
                out.add(token);
            }
        }
        return out;
    }

    /** The tokens that name a fact of the committee rather than of the case's documents. */
    public static final Set<String> COMMITTEE_FACTS = Set.of("COMMITTEE", "SEATS", "TERMS");

    /** Whether a rule that requires {@code requires} rests on the committee's facts. */
    public static boolean restsOnCommittee(Set<String> requires) {
        return requires.stream().anyMatch(COMMITTEE_FACTS::contains);
    }

    public static void check(String token) {
        if (token.contains("|")) {
            for (String alternative : token.split("\\|")) {
                check(alternative.trim());
            }
            return;
        }
        if (token.startsWith("DECISION:")) {
            DecisionKind.valueOf(token.substring("DECISION:".length()));
            return;
        }
        switch (token) {
            case "COMMITTEE", "SEATS", "TERMS", "PROTOCOL", "ATTENDANCE", "AGENDA", "BUDGET", "TABLES",
                    "PROCUREMENT", "DECISIONS", "DOCUMENT", "TEXT", "AGREEMENT", "REGLEMENTE" -> {
            }
            default -> throw new IllegalArgumentException("Unknown @requires token " + token);
        }
    }

    private static boolean has(Case c, boolean hasTermsInForce, boolean hasText, String token) {
        if (token.contains("|")) {
            for (String alternative : token.split("\\|")) {
                if (has(c, hasTermsInForce, hasText, alternative.trim())) {
                    return true;
                }
            }
            return false;
        }
        if (token.startsWith("DECISION:")) {
            DecisionKind kind = DecisionKind.valueOf(token.substring("DECISION:".length()));
            return c.decisions().stream().anyMatch(d -> d.kind() == kind);
        }
        return switch (token) {
            case "COMMITTEE" -> c.committee() != null;
            case "SEATS" -> c.committee() != null && c.committee().seats() != null;
            case "TERMS" -> hasTermsInForce;
            case "PROTOCOL" -> c.protocol() != null;
            case "ATTENDANCE" -> c.protocol() != null && c.protocol().attendance() != null;
            case "AGENDA" -> c.agenda() != null;
            case "BUDGET" -> c.budget() != null;
            case "TABLES" -> !c.tables().isEmpty();
            case "PROCUREMENT" -> !c.procurementRelations().isEmpty()
                    || c.decisions().stream().anyMatch(d -> d.procurement() != null);
            case "DECISIONS" -> !c.decisions().isEmpty();
            case "DOCUMENT" -> c.document() != null;
            case "TEXT" -> hasText;
            case "AGREEMENT" -> c.governingTexts().stream().anyMatch(g -> g.kind() == GoverningDocumentKind.AGREEMENT);
            case "REGLEMENTE" -> c.governingTexts().stream().anyMatch(g -> g.kind() == GoverningDocumentKind.REGLEMENTE);
            default -> throw new IllegalArgumentException("Unknown @requires token " + token);
        };
    }
}
