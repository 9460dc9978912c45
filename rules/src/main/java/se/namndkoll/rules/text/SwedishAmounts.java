package se.namndkoll.rules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish amounts as documents write them: "1 883 800", "-54 700", "−799 269", "56,5", "914 400
 * kr", "73 100 kr/kommun". Spaces (also no-break and thin spaces) separate thousands; a comma is
 * the decimal sign. The one amount parser of the project (the sums of amounts are in
 * {@code se.namndkoll.rules.economy.Amounts}). Pure functions.
 */
public final class SwedishAmounts {

    private static final Pattern CELL = Pattern.compile("^([-−–+]?)\\s*(\\d{1,3}(?:[ .]\\d{3})*|\\d+)(?:,(\\d+))?\\s*(?:kr|kronor|sek|tkr|mkr)?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\d,.])([-−]?\\d{1,3}(?: \\d{3})+|[-−]?\\d+)(?:,(\\d+))?\\s*(kr|kronor|tkr|mkr|miljoner kronor|tusen kronor)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SwedishAmounts() {
    }

    /** The amount a table cell holds, or null when the cell is empty or not an amount. */
    public static BigDecimal cell(String text) {
        if (text == null) {
            return null;
        }
        String s = SwedishText.normaliseSpaces(text).trim();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = CELL.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).replace(" ", "").replace(".", "");
        BigDecimal value = new BigDecimal(m.group(3) == null ? digits : digits + "." + m.group(3));
        return m.group(1).isEmpty() || m.group(1).equals("+") ? value : value.negate();
    }

    /** Whether a cell is an amount (or empty). */
    public static boolean numericOrEmpty(String text) {
        return text == null || text.isBlank() || cell(text) != null;
    }

    /** An amount in kronor written in running text ("914 400 kr"; "514 tkr" is 514 000), or null. */
    public static BigDecimal inText(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IN_TEXT.matcher(SwedishText.normaliseSpaces(text));
        if (!m.find()) {
            return null;
        }
        String digits = m.group(1).replace(" ", "").replace('−', '-');
        BigDecimal value = new BigDecimal(m.group(2) == null ? digits : digits + "." + m.group(2));
        String unit = m.group(3).toLowerCase(SwedishText.LOCALE);
        if (unit.equals("tkr") || unit.equals("tusen kronor")) {
            value = value.multiply(BigDecimal.valueOf(1000));
        } else if (unit.equals("mkr") || unit.equals("miljoner kronor")) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Splits a run of amounts written with spaces as thousand separators ("1 883 800 1 146 100 -54
     * 700") into {@code columns} amounts. Returns null when no split or more than one split fits:
     * the figures are then ambiguous and must not be guessed.
     */
    public static List<BigDecimal> split(String run, int columns) {
        String[] groups = SwedishText.normaliseSpaces(run).trim().split("\\s+");
        List<List<BigDecimal>> solutions = new ArrayList<>();
        splitFrom(groups, 0, columns, new ArrayList<>(), solutions);
        return solutions.size() == 1 ? solutions.get(0) : null;
    }

    private static void splitFrom(String[] g, int at, int left, List<BigDecimal> acc, List<List<BigDecimal>> out) {
        if (out.size() > 1) {
            return;
        }
        if (at == g.length) {
            if (left == 0) {
                out.add(new ArrayList<>(acc));
            }
            return;
        }
        if (left == 0 || !g[at].matches("[-−]?\\d{1,3}(,\\d+)?|[-−]?\\d+(,\\d+)?")) {
            return;
        }
        // a number is a first group of any digits, then any number of three-digit groups
        StringBuilder number = new StringBuilder(g[at]);
        int j = at;
        while (true) {
            BigDecimal value = cell(number.toString());
            if (value != null) {
                acc.add(value);
                splitFrom(g, j + 1, left - 1, acc, out);
                acc.remove(acc.size() - 1);
            }
            if (j + 1 < g.length && g[j + 1].matches("\\d{3}(,\\d+)?") && !number.toString().contains(",") && g[at].matches("[-−]?\\d{1,3}")) {
                j++;
                number.append(' ').append(g[j]);
            } else {
                break;
            }
        }
    }
}
