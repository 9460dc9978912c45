package se.namndkoll.rules.engine;

import java.util.ArrayList;
import java.util.List;
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

    /** What the committee supplies: the committee itself, its seats and its terms in force. */
    public static final Set<String> COMMITTEE_PARTS = Set.of("COMMITTEE", "SEATS", "TERMS");

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

    /**
     * What a rule that did not run lacked, when that is only what the committee supplies and the
     * case holds something else the rule judges (a protocol, an agenda, decisions): the committee
     * parts it lacked, {@code COMMITTEE} alone when the case has no committee at all. Empty when
     * the rule ran, or when it lacked something of the case itself (it then has nothing to judge).
     */
    public static List<String> missingCommitteeParts(Case c, boolean hasTermsInForce, boolean hasText, Set<String> requires) {
        List<String> missing = new ArrayList<>();
        boolean judgesTheCase = false;
        for (String token : requires) {
            if (has(c, hasTermsInForce, hasText, token)) {
                judgesTheCase |= satisfiedByTheCase(c, hasTermsInForce, hasText, token);
            } else if (isCommitteePart(token)) {
                String part = c.committee() == null ? "COMMITTEE" : token;
                if (!missing.contains(part)) {
                    missing.add(part);
                }
            } else {
                return List.of();
            }
        }
        return judgesTheCase ? missing : List.of();
    }

    /** Whether a rule that requires {@code requires} rests on the committee's facts. */
    public static boolean restsOnCommittee(Set<String> requires) {
        return requires.stream().anyMatch(COMMITTEE_PARTS::contains);
    }

    /** Whether a token (or one of its alternatives) is something the committee supplies. */
    private static boolean isCommitteePart(String token) {
        for (String alternative : token.split("\\|")) {
            if (COMMITTEE_PARTS.contains(alternative.trim())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a satisfied token is satisfied by the case's own content, not only by its committee. */
    private static boolean satisfiedByTheCase(Case c, boolean hasTermsInForce, boolean hasText, String token) {
        for (String alternative : token.split("\\|")) {
            String a = alternative.trim();
            if (!COMMITTEE_PARTS.contains(a) && has(c, hasTermsInForce, hasText, a)) {
                return true;
            }
        }
        return false;
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
