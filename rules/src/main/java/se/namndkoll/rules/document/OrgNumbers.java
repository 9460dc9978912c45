package se.namndkoll.rules.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks organisationsnummer as written: the form NNNNNN-NNNN, ten digits without a hyphen, or
 * twelve digits with the century prefix 16 ("16212000-2742"), and the check digit (the Luhn
 * algorithm, modulus 10, over the ten digits). A dash other than the hyphen (an en dash, as word
 * processors write it) counts as a hyphen.
 */
public final class OrgNumbers {

    /** What is wrong with a number. */
    public enum Problem {
        /** Well-formed with a correct check digit. */
        NONE,
        /** Not in any accepted form. */
        FORMAT,
        /** In an accepted form but the last digit is not the check digit of the first nine. */
        CHECK_DIGIT
    }

    private static final Pattern TEN = Pattern.compile("\\d{6}-?\\d{4}");
    private static final Pattern TWELVE = Pattern.compile("16\\d{6}-?\\d{4}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern DASHES = Pattern.compile("[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]");
    private static final Pattern LABELLED = Pattern.compile(
            // (?=o): both labels start with "o"; the lookbehind is then tried only where one can start
            "(?=o)(?<![\\p{L}])(?:org(?:anisations)?\\.?\\s*-?\\s*(?:nr|nummer)|organisationsnummer)\\.?\\s*[:.]?\\s*"
                    + "(\\d{6}[ \\u00a0]\\d{4}(?![\\d\\-\\u2013])|\\d[\\d\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]*\\d|\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OrgNumbers() {
    }

    /** Every label the pattern reads starts with "org": a text without it names no number (a cheap test first). */
    private static boolean mentionsOrg(String text) {
        for (int i = text.length() - 3; i >= 0; i--) {
            char c = text.charAt(i);
            // only 'o' and 'O' case-fold to 'o'; the full comparison runs at those places only
            if ((c == 'o' || c == 'O') && text.regionMatches(true, i, "org", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with {@code written}; {@code null} for a missing number. */
    public static Problem check(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = DASHES.matcher(written.trim()).replaceAll("-");
        String ten;
        if (TEN.matcher(s).matches()) {
            ten = s.replace("-", "");
        } else if (TWELVE.matcher(s).matches()) {
            ten = s.replace("-", "").substring(2);
        } else {
            return Problem.FORMAT;
        }
        return checkDigit(ten.substring(0, 9)) == ten.charAt(9) - '0' ? Problem.NONE : Problem.CHECK_DIGIT;
    }

    public static boolean malformed(String written) {
        return check(written) == Problem.FORMAT;
    }

    public static boolean wrongCheckDigit(String written) {
        return check(written) == Problem.CHECK_DIGIT;
    }

    /** Whether {@code written} is a well-formed number with a wrong check digit or not well formed. */
    public static boolean invalid(String written) {
        Problem p = check(written);
        return p == Problem.FORMAT || p == Problem.CHECK_DIGIT;
    }

    /**
     * The Luhn check digit of nine digits: from the left, the digits are weighted 2, 1, 2, …; the
     * digits of the products are summed; the check digit brings the sum to a multiple of ten.
     */
    public static int checkDigit(String nineDigits) {
        if (nineDigits == null || !NINE_DIGITS.matcher(nineDigits).matches()) {
            throw new IllegalArgumentException("Nine digits expected: " + nineDigits);
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The check digit the first nine digits of a well-formed {@code written} number call for;
     * {@code null} when the number is not well formed.
     */
    public static Integer expectedCheckDigit(String written) {
        if (written == null) {
            return null;
        }
        String s = DASHES.matcher(written.trim()).replaceAll("-");
        if (TEN.matcher(s).matches()) {
            return checkDigit(s.replace("-", "").substring(0, 9));
        }
        if (TWELVE.matcher(s).matches()) {
            return checkDigit(s.replace("-", "").substring(2, 11));
        }
        return null;
    }

    /** The numbers written after an "org.nr"/"organisationsnummer" label in {@code text}, as written. */
    public static List<String> inText(String text) {
        List<String> numbers = new ArrayList<>();
        if (text == null || !mentionsOrg(text)) {
            return numbers;
        }
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /** The numbers after a label in {@code text} that are malformed or have a wrong check digit. */
    public static List<String> invalidInText(String text) {
        return inText(text).stream().filter(OrgNumbers::invalid).toList();
    }
}
