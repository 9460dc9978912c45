package se.namndkoll.testcases.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.namndkoll.rules.report.Finding;
import se.namndkoll.rules.report.Severity;

/**
 * The accuracy of the reader on a set of labelled documents: per-field exact-match rates, a
 * confusion matrix of kinds, committee attribution, and the findings against the labels. The
 * figures the ratchet keeps are {@link #figures()}; {@link #markdown()} renders them for
 * docs/accuracy.md.
 */
final class Accuracy {

    static final List<String> KINDS = List.of("PROTOCOL", "AGENDA", "MEMO", "REGLEMENTE", "AGREEMENT", "FINANCIAL", "OTHER");

    final String name;
    final List<DocumentResult> results;

    Accuracy(String name, List<DocumentResult> results) {
        this.name = name;
        this.results = List.copyOf(results);
    }

    int documents() {
        return results.size();
    }

    long kindRight() {
        return results.stream().filter(DocumentResult::kindRight).count();
    }

    long attribution(DocumentResult.Attribution a) {
        return results.stream().filter(r -> r.attribution() == a).count();
    }

    /** {agreeing, applicable} of one field. */
    int[] field(Field f) {
        int agree = 0;
        int total = 0;
        for (DocumentResult r : results) {
            DocumentResult.Outcome o = r.fields().get(f);
            if (o != null) {
                total++;
                agree += o.agrees() ? 1 : 0;
            }
        }
        return new int[] {agree, total};
    }

    int[] header() {
        int agree = 0;
        int total = 0;
        for (Field f : Field.values()) {
            if (f.header) {
                int[] c = field(f);
                agree += c[0];
                total += c[1];
            }
        }
        return new int[] {agree, total};
    }

    int[] must() {
        int found = results.stream().mapToInt(r -> r.mustFound().size()).sum();
        int missed = results.stream().mapToInt(r -> r.mustMissed().size()).sum();
        return new int[] {found, found + missed};
    }

    int falseFindings(Severity s) {
        return results.stream().mapToInt(r -> r.falseBySeverity().getOrDefault(s, 0)).sum();
    }

    long documentsWithFalseError() {
        return results.stream().filter(r -> r.falseBySeverity().getOrDefault(Severity.ERROR, 0) > 0).count();
    }

    /**
     * The figures the ratchet keeps, by name. A name ending in "rate" is better higher; every other
     * figure (false findings, wrong attributions) is better lower, but for the number of documents,
     * which says which documents the set's figures were measured on.
     */
    Map<String, Double> figures() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(name + ".documents", (double) documents());
        out.put(name + ".kind.rate", rate((int) kindRight(), documents()));
        out.put(name + ".committee.wrong", (double) attribution(DocumentResult.Attribution.WRONG));
        out.put(name + ".committee.none", (double) attribution(DocumentResult.Attribution.NONE));
        int[] h = header();
        out.put(name + ".header.rate", rate(h[0], h[1]));
        for (Field f : Field.values()) {
            int[] c = field(f);
            if (c[1] > 0) {
                out.put(name + ".field." + f.key + ".rate", rate(c[0], c[1]));
            }
        }
        int[] m = must();
        out.put(name + ".must.rate", rate(m[0], m[1]));
        for (Severity s : Severity.values()) {
            out.put(name + ".false." + s.name(), (double) falseFindings(s));
        }
        return out;
    }

    private static double rate(int a, int b) {
        return b == 0 ? 1.0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    static String percent(int a, int b) {
        return b == 0 ? "–" : String.format(Locale.ROOT, "%.1f %% (%d/%d)", 100.0 * a / b, a, b);
    }

    /** The tables of this set, for docs/accuracy.md. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        int n = documents();
        md.append("#### ").append(title()).append(" (").append(n).append(" documents)\n\n");
        md.append("| figure | value |\n|---|---|\n");
        md.append("| kind right | ").append(percent((int) kindRight(), n)).append(" |\n");
        md.append("| committee: right / none / wrong | ").append(attribution(DocumentResult.Attribution.RIGHT)).append(" / ")
                .append(attribution(DocumentResult.Attribution.NONE)).append(" / ").append(attribution(DocumentResult.Attribution.WRONG))
                .append(" |\n");
        int[] h = header();
        md.append("| header fields exact | ").append(percent(h[0], h[1])).append(" |\n");
        int[] m = must();
        md.append("| `must` findings found | ").append(percent(m[0], m[1])).append(" |\n");
        md.append("| false findings ERROR / WARNING / INFO | ").append(falseFindings(Severity.ERROR)).append(" / ")
                .append(falseFindings(Severity.WARNING)).append(" / ").append(falseFindings(Severity.INFO))
                .append(" (documents with a false ERROR: ").append(documentsWithFalseError()).append(") |\n\n");

        md.append("| field | header | exact |\n|---|---|---|\n");
        for (Field f : Field.values()) {
            int[] c = field(f);
            if (c[1] > 0) {
                md.append("| `").append(f.key).append("` | ").append(f.header ? "yes" : "").append(" | ").append(percent(c[0], c[1])).append(" |\n");
            }
        }
        md.append("\nKinds (rows: labelled main kind, columns: read main kind):\n\n");
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        TreeSet<String> seen = new TreeSet<>();
        for (DocumentResult r : results) {
            confusion.computeIfAbsent(r.label().mainKind(), k -> new TreeMap<>()).merge(r.readKind(), 1, Integer::sum);
            seen.add(r.label().mainKind());
            seen.add(r.readKind());
        }
        List<String> kinds = KINDS.stream().filter(seen::contains).toList();
        md.append("| labelled \\ read |");
        kinds.forEach(k -> md.append(" ").append(k).append(" |"));
        md.append("\n|---|");
        kinds.forEach(k -> md.append("---|"));
        md.append("\n");
        for (String row : kinds) {
            if (!confusion.containsKey(row)) {
                continue;
            }
            md.append("| ").append(row).append(" |");
            for (String col : kinds) {
                Integer c = confusion.get(row).get(col);
                md.append(" ").append(c == null ? "" : (row.equals(col) ? "**" + c + "**" : c.toString())).append(" |");
            }
            md.append("\n");
        }
        md.append("\n");
        return md.toString();
    }

    private String title() {
        return switch (name) {
            case "all" -> "Whole corpus";
            case "validation" -> "Validation split";
            case "tuning" -> "Tuning split";
            case "synthetic" -> "Documents the project wrote";
            default -> name;
        };
    }

    /** One line per miss, for the test's output and the closing notes: what each document got wrong. */
    String misses() {
        StringBuilder out = new StringBuilder();
        for (DocumentResult r : results) {
            List<String> wrong = new ArrayList<>();
            if (!r.kindRight()) {
                wrong.add("kind " + r.readKind() + " (label " + r.label().mainKind() + ")");
            }
            if (r.attribution() != DocumentResult.Attribution.RIGHT) {
                wrong.add("committee " + r.attribution());
            }
            r.fields().forEach((f, o) -> {
                if (!o.agrees()) {
                    wrong.add(f.key + " " + o.observed() + " (label " + o.expected() + ")");
                }
            });
            r.mustMissed().forEach(e -> wrong.add("missed " + e));
            for (Finding f : r.falseFindings()) {
                wrong.add("false " + f.ruleId() + "/" + f.severity() + "/" + f.variant());
            }
            if (!wrong.isEmpty()) {
                out.append(r.document()).append(": ").append(String.join("; ", wrong)).append('\n');
            }
        }
        return out.toString();
    }
}
