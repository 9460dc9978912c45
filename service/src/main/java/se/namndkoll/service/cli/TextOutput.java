package se.namndkoll.service.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.documents.Body;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Severity;

/**
 * The text output for people: per file, the findings grouped by severity (errors first), each with
 * its line numbers, message and legal basis, and a summary line. Colours only when asked for
 * (standard output is a terminal).
 */
final class TextOutput {

    private static final Map<String, String> KINDS = Map.of(
            "AGENDA", "kallelse/föredragningslista", "PROTOCOL", "protokoll", "REGLEMENTE", "reglemente",
            "AGREEMENT", "samverkansavtal/överenskommelse", "FINANCIAL", "ekonomisk redovisning", "OTHER", "övrigt");
    private static final String ONLY_GENERAL_RULES = " (bara dokumentregler och allmänna regler)";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean colour;

    TextOutput(boolean colour) {
        this.colour = colour;
    }

    String render(List<CheckCommand.Result> results) {
        StringBuilder out = new StringBuilder();
        for (CheckCommand.Result r : results) {
            out.append(style(BOLD, r.source())).append('\n');
            out.append("  ").append(String.join(", ", r.kinds().stream().map(k -> KINDS.getOrDefault(k, k)).toList()));
            out.append(" · ").append(body(r));
            out.append(" · prövningsdag ").append(r.report().evaluationDate()).append('\n');
            for (Severity s : Severity.values()) {
                List<Finding> group = r.report().findings().stream().filter(f -> f.severity() == s).toList();
                if (group.isEmpty()) {
                    continue;
                }
                out.append("  ").append(style(colourOf(s) + BOLD, heading(s) + " (" + group.size() + ")")).append('\n');
                for (Finding f : group) {
                    String where = f.location().line() == null ? "" : f.location().lineEnd() == null ? "rad " + f.location().line()
                            : "rad " + f.location().line() + "–" + f.location().lineEnd();
                    out.append("    ").append(style(colourOf(s), String.format("%-12s", where.isEmpty() ? "–" : where)))
                            .append(' ').append(f.ruleId()).append('\n');
                    out.append("      ").append(f.message()).append('\n');
                    out.append("      ").append(style(DIM, "Grund: " + String.join("; ", f.legalBasis())
                            + (f.verified() ? "" : citesStatute(f.legalBasis()) ? " (ej verifierad mot författningstexten)" : " (ej verifierad mot källan)")
                            + (f.location().pointer().isEmpty() ? "" : " · " + f.location().pointer()))).append('\n');
                }
            }
            long errors = count(r, Severity.ERROR);
            long warnings = count(r, Severity.WARNING);
            long infos = count(r, Severity.INFO);
            out.append("  ").append(errors).append(errors == 1 ? " fel, " : " fel, ").append(warnings)
                    .append(warnings == 1 ? " varning, " : " varningar, ").append(infos).append(" information; ")
                    .append(r.report().rulesEvaluated().size()).append(" regler prövade.").append('\n');
            if (!r.report().rulesNotRun().isEmpty()) {
                out.append("  ").append(style(DIM, "Kunde inte prövas utan nämndens uppgifter: " + String.join(", ", r.report().rulesNotRun().stream()
                        .map(n -> n.ruleId() + " (" + String.join(", ", n.missing().stream().map(TextOutput::fact).toList()) + ")").toList())
                        + ".")).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The committee checked against, or the body the document names marked as not registered. */
    private static String body(CheckCommand.Result r) {
        Body body = r.body();
        if (body == null) {
            return "nämnden inte igenkänd" + ONLY_GENERAL_RULES;
        }
        if (!body.registered()) {
            // a body not registered was checked on a committee all the same: a provisional one, from what the document says of it
            boolean fromDocument = r.report().rulesNotRun().stream().noneMatch(n -> n.missing().contains("COMMITTEE"));
            return body.label(SWEDISH) + (fromDocument ? " (uppgifter om nämnden ur dokumentet självt)" : ONLY_GENERAL_RULES);
        }
        return body.name() + (r.committeeId() == null ? "" : " (" + r.committeeId() + ")");
    }

    /** What a rule lacked, in words ("platser" for SEATS). */
    private static String fact(String token) {
        return switch (token) {
            case "COMMITTEE" -> "nämnd";
            case "SEATS" -> "platser";
            case "TERMS" -> "villkor";
            default -> token;
        };
    }

    private static long count(CheckCommand.Result r, Severity s) {
        return r.report().findings().stream().filter(f -> f.severity() == s).count();
    }

    private static String heading(Severity s) {
        return switch (s) {
            case ERROR -> "FEL";
            case WARNING -> "VARNINGAR";
            case INFO -> "INFORMATION";
        };
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    /** True when some citation is a statute (KL, LOU, a Lag or Förordning), not only a reglemente or an agreement. */
    static boolean citesStatute(java.util.List<String> legalBasis) {
        return legalBasis.stream().anyMatch(b -> b.matches("^(KL|LOU|Lag|Förordning)\\b.*"));
    }
}
