package se.namndkoll.service.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.namndkoll.documents.Body;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Location;
import se.namndkoll.rules.report.Provision;
import se.namndkoll.rules.report.RuleNotRun;
import se.namndkoll.rules.report.Severity;
import se.namndkoll.rules.report.Verdict;

/**
 * The text output for people: per file, the findings grouped by severity (errors first), each with
 * its page and line numbers, message and legal basis, the rules that could not run for want of the
 * committee, a summary line and the verdict. With {@code explain}, each finding's cited provisions
 * follow under "Lagtext": citation, statute and version, and the wording. Colours only when asked for
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

    /** Width of the wrapped law text. */
    private static final int WIDTH = 100;

    private final boolean colour;
    private final boolean explain;

    TextOutput(boolean colour, boolean explain) {
        this.colour = colour;
        this.explain = explain;
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
                    if (explain) {
                        law(out, f.provisions());
                    }
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
            // a body not registered was checked on a committee all the same: a provisional one, from what the document says of it
            boolean fromDocument = r.report().rulesNotRun().stream().noneMatch(n -> n.missing().contains("COMMITTEE"));
            return body.label(SWEDISH) + (fromDocument ? " (uppgifter om nämnden ur dokumentet självt)" : ONLY_GENERAL_RULES);
        }
        return body.name() + (r.committeeId() == null ? "" : " (" + r.committeeId() + ")");
    }

    /** The provisions' wording, wrapped and indented under the finding. */
    private void law(StringBuilder out, List<Provision> provisions) {
        if (provisions.isEmpty()) {
            return;
        }
        out.append("      ").append(style(BOLD, "Lagtext")).append('\n');
        for (Provision p : provisions) {
            out.append("        ").append(p.ref()).append(style(DIM, " – " + p.statute() + ", lydelse enligt " + p.version())).append('\n');
            for (String line : wrap(p.text(), WIDTH - 10)) {
                out.append("          ").append(line).append('\n');
            }
        }
    }

    /** Lines of at most {@code width} characters; "5 kap." and "12 §" stay on one line. */
    static List<String> wrap(String text, int width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!words.isEmpty() && (word.equals("kap.") || word.startsWith("§"))) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
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
    static boolean citesStatute(List<String> legalBasis) {
        return legalBasis.stream().anyMatch(b -> b.matches("^(KL|LOU|Lag|Förordning)\\b.*"));
    }
}
