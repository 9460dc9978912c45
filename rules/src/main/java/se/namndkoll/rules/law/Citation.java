package se.namndkoll.rules.law;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a statute as the rules write it, taken apart: "KL 5 kap. 69 §", "LOU 3 kap. 13 §
 * andra stycket 1" (chapter 3, section 13, second stycke, punkt 1), "Lag (1930:173) 2 § första
 * stycket" (a statute without chapters).
 *
 * @param text the citation as written
 * @param prefix the statute's short name ("KL", "LOU", "Lag (1930:173)")
 * @param chapter the chapter ("3"), or {@code null} for a statute without chapters
 * @param section the section ("13", "16 a")
 * @param stycke the stycke counted from 1, or 0 when the citation names none
 * @param punkt the punkt counted from 1, or 0 when the citation names none
 */
public record Citation(String text, String prefix, String chapter, String section, int stycke, int punkt) {

    static final List<String> ORDINALS = List.of("första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde");

    private static final String SECTION = "(\\d+(?: [a-z])?) §(?: (första|andra|tredje|fjärde|femte|sjätte|sjunde) stycket)?(?: (\\d+))?";
    private static final Pattern WITH_CHAPTER = Pattern.compile("(\\d+(?: [a-z])?) kap\\. " + SECTION);
    private static final Pattern WITHOUT_CHAPTER = Pattern.compile(SECTION);

    /** Reads {@code text} as a citation of the statute {@code prefix}; empty when it is not written as one. */
    static Optional<Citation> parse(String text, String prefix, boolean chapters) {
        if (!text.startsWith(prefix + " ")) {
            return Optional.empty();
        }
        String rest = text.substring(prefix.length() + 1);
        Matcher m = (chapters ? WITH_CHAPTER : WITHOUT_CHAPTER).matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        int g = chapters ? 1 : 0;
        String chapter = chapters ? m.group(1) : null;
        int stycke = m.group(g + 2) == null ? 0 : ORDINALS.indexOf(m.group(g + 2)) + 1;
        int punkt = m.group(g + 3) == null ? 0 : Integer.parseInt(m.group(g + 3));
        return Optional.of(new Citation(text, prefix, chapter, m.group(g + 1), stycke, punkt));
    }

    /** The key of the section in the statute data: "6:27", or "2" without chapters. */
    public String key() {
        return chapter == null ? section : chapter + ":" + section;
    }

    /** The citation of the whole section: "LOU 3 kap. 13 §" for "LOU 3 kap. 13 § andra stycket 1". */
    public String sectionCitation() {
        return prefix + " " + (chapter == null ? "" : chapter + " kap. ") + section + " §";
    }
}
