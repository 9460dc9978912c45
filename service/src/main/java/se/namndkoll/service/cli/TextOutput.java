package se.namndkoll.service.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.documents.Body;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Location;
import se.namndkoll.rules.report.RuleNotRun;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.report.Verdict;

/**
 * The text output for people: per file, the findings grouped by severity (errors first), each with
 * its page and line numbers, message and legal basis, the rules that could not run for want of the
 * committee, a summary line and the verdict. Colours only when asked for (standard output is a
 * terminal).
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
            out.append(" · bedömningsdag ").append(r.report().evaluationDate()).append('\n');
            int width = r.report().findings().stream().mapToInt(f -> where(f.location()).length()).max().orElse(0);
            for (Severity s : Severity.values()) {
                List<Finding> group = r.report().findings().stream().filter(f -> f.severity() == s).toList();
                if (group.isEmpty()) {
                    continue;
                }
                out.append("  ").append(style(colourOf(s) + BOLD, heading(s) + " (" + group.size() + ")")).append('\n');
                for (Finding f : group) {
                    String where = where(f.location());
                    out.append("    ").append(style(colourOf(s), pad(where.isEmpty() ? "–" : where, Math.max(12, width))))
                            .append(' ').append(f.ruleId()).append('\n');
                    out.append("      ").append(f.message()).append('\n');
                    out.append("      ").append(style(DIM, "Grund: " + String.join("; ", f.legalBasis())
                            + (f.verified() ? "" : citesStatute(f.legalBasis()) ? " (ej verifierad mot författningstexten)" : " (ej verifierad mot källan)")
                            + (f.location().pointer().isEmpty() ? "" : " · " + f.location().pointer()))).append('\n');
                }
            }
            List<RuleNotRun> notRun = r.report().rulesNotRun();
            if (!notRun.isEmpty()) {
                out.append("  ").append(style(BOLD, "REGLER SOM INTE KUNDE PRÖVAS (" + notRun.size() + ")")).append('\n');
                int idWidth = notRun.stream().mapToInt(rule -> rule.ruleId().length()).max().orElse(0);
                for (RuleNotRun rule : notRun) {
                    out.append("    ").append(pad(rule.ruleId(), idWidth)).append(' ').append(rule.title())
                            .append(" – saknar ").append(rule.reason()).append('\n');
                }
            }
            long errors = count(r, Severity.ERROR);
            long warnings = count(r, Severity.WARNING);
            long infos = count(r, Severity.INFO);
            out.append("  ").append(errors).append(errors == 1 ? " fel, " : " fel, ").append(warnings)
                    .append(warnings == 1 ? " varning, " : " varningar, ").append(infos).append(" information; ")
                    .append(r.report().rulesEvaluated().size()).append(" regler prövade").append(notRun.isEmpty() ? "" : ", " + notRun.size()
                            + (notRun.size() == 1 ? " regel kunde inte prövas" : " regler kunde inte prövas")).append('.').append('\n');
            out.append("  ").append(style(BOLD, "Resultat: " + verdict(r.report().verdict()))).append("\n\n");
        }
        return out.toString();
    }

    /** The verdict as the web application says it. */
    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "Godkänt – inga fel eller varningar";
            case WARN -> "Inga fel, men varningar att se över";
            case INCOMPLETE -> "Delvis granskad: nämndens regler kunde inte prövas";
            case FAIL -> "Fel som behöver rättas";
        };
    }

    /** "sida 3, rad 12", "rad 5–6", or "" when the finding has no line. */
    static String where(Location location) {
        if (location.line() == null) {
            return "";
        }
        String lines = location.lineEnd() == null ? "rad " + location.line() : "rad " + location.line() + "–" + location.lineEnd();
        return location.page() == null ? lines : "sida " + location.page() + ", " + lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** The committee checked against, or the body the document names marked as not registered. */
    private static String body(CheckCommand.Result r) {
        Body body = r.body();
        if (body == null) {
            return "nämnden inte igenkänd" + ONLY_GENERAL_RULES;
        }
        if (!body.registered()) {
            return body.label(SWEDISH) + ONLY_GENERAL_RULES;
        }
        return body.name() + (r.committeeId() == null ? "" : " (" + r.committeeId() + ")");
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
