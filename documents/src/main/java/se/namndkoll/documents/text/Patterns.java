package se.namndkoll.documents.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shapes of things Swedish municipal documents write: diarienummer, names, list numbers. */
public final class Patterns {

    /**
     * A diarienummer/ärendenummer: "GNS/13/2019", "2022/3-2.2.0.1", "KS/2019:73", "KS 2019/123",
     * "KSN-2014-0324", "Dnr 2014/1043".
     */
    public static final String DNR = "(?:[A-ZÅÄÖ]{1,8}/\\d{1,5}/(?:19|20)\\d{2}"
            + "|(?:[A-ZÅÄÖ]{1,8}[ /-]?)?(?:19|20)\\d{2}[/:-]\\d{1,6}(?:[-.:]\\d+)*"
            + "|\\d{1,5}/(?:19|20)\\d{2})";
    /**
     * A diarienummer whose serial number was never filled in: a series and a year ending in its
     * separator ("RV 2024-", "KS 2024/") or an empty place between two slashes ("GNS//2019").
     */
    public static final String DNR_INCOMPLETE = "(?:[A-ZÅÄÖ]{1,8}[ /-]?(?:19|20)\\d{2}[/:-]|[A-ZÅÄÖ]{1,8}/\\s*/(?:19|20)\\d{2})";
    public static final Pattern DNR_ONLY = Pattern.compile("^(?:(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\\.?:?\\s*)?(" + DNR + "|" + DNR_INCOMPLETE + ")$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    public static final Pattern DNR_LABELLED = Pattern.compile("(?iu)^(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|ärende nr)\\.?:?\\s*(\\S.*)$");
    public static final Pattern DNR_IN_PARENS = Pattern.compile("\\((" + DNR + ")\\)");
    /**
     * A person's name: two to four capitalised words ("Li Zakrisson", "Jan-Olov Andefors"), a
     * middle initial ("Göran T Andersson") or initials before the surname ("K G Abramsson", "P O
     * Nilsson").
     */
    public static final String NAME = "(?:(?:[A-ZÅÄÖÉÜ]\\.? ){1,2}[A-ZÅÄÖÉÜ][\\p{L}'’-]+"
            + "|[A-ZÅÄÖÉÜ][\\p{L}'’-]+(?: (?:af |von |de |van )?(?:[A-ZÅÄÖÉÜ]\\.? )?[A-ZÅÄÖÉÜ][\\p{L}'’-]+){1,3})";
    /**
     * A political party's mark after a name: "(S)", "(KD)", "(MOP)", or the older form between
     * commas, lower case ("JanAnders Palmqvist, s, ordförande").
     */
    public static final String PARTY_MARK = "(?:,?\\s*\\(([A-ZÅÄÖa-zåäö]{1,4})\\)|,\\s(?!(?:i|på|av|och|för|en|ett|som|den|det|om|vid|till|med|ej|ers|tjg|bl|ca|kl)\\b)([a-zåäö]{1,3}|[A-ZÅÄÖ]{1,3})(?=,|\\s|$))";
    public static final Pattern PRESENTER_TIME = Pattern.compile("^(" + NAME + ")\\s+((?:[01]?\\d|2[0-3])[:.][0-5]\\d)$");
    public static final Pattern TIME_AT_END = Pattern.compile("\\s((?:[01]?\\d|2[0-3])[:.][0-5]\\d)\\s*$");
    /** A numbered line: "1. Godkänner …", "3) …", "3 uppföljning …" (a number and a lower-case word). */
    public static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:[.)]\\s+|\\s+(?=\\p{Ll}))(\\S.*)$");

    /** A paragraph's heading: "§ 12", "§ 12 Budget 2025", "12 §". */
    public static final Pattern PARAGRAPH = Pattern.compile("^(?:§\\s*(\\d{1,3})|(\\d{1,3})\\s*§)[.:]?(?:\\s+(\\S.*))?$");

    /** Whether a line is a sentence about a paragraph ("§ 30 justerades omedelbart vid sammanträdet."), not its heading. */
    public static boolean sentenceOnParagraph(String line) {
        Matcher m = PARAGRAPH.matcher(line);
        return m.matches() && sentenceOnParagraphRest(m.group(3) == null ? "" : m.group(3));
    }

    /** A § line's rest that is a sentence about the paragraph ("justerades omedelbart vid sammanträdet."), not its title. */
    public static boolean sentenceOnParagraphRest(String rest) {
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && rest.endsWith(".");
    }

    private Patterns() {
    }
}
