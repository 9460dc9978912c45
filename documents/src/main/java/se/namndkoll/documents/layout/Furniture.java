package se.namndkoll.documents.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.namndkoll.documents.text.Headings;
import se.namndkoll.documents.text.Texts;
import se.namndkoll.rules.model.TextZone;

/**
 * Finds the lines that are not the document's content: page numbers, running page headers and
 * footers repeated on every page, letter-spaced document headers, signature boxes of a protocol
 * page, tables of contents, and the furniture of a web page (navigation, cookie notices, lists of
 * related documents). They keep their line numbers and are marked {@link TextZone#FURNITURE}.
 */
public final class Furniture {

    private static final Pattern WEB = Pattern.compile(
            "(?iu)^(?:hoppa över navigering|hoppa till (?:huvud)?innehåll(?:et)?|till huvudinnehåll|vi använder cookies.*|.*använder kakor.*|"
                    + "läs mer|läs hela.*|det finns ingen information att visa|storlek:? ?px|starta visningen från sidan:?|save this pdf as:?|word png txt jpg|full text|download\\b.*|ladda ner\\b.*|"
                    + "transkript|skriv ut|dela|dela sidan|till toppen|tillbaka|meny|sök|stäng|senast (?:uppdaterad|ändrad):?.*|sidan uppdaterades.*|"
                    + "kontakta oss|dela på \\w+|följ oss.*|acceptera(?: alla)?(?: cookies)?|godkänn(?: alla)?(?: cookies)?)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?iu)^(?:-\\s*)?(?:sida\\s+)?\\d{1,3}(?:\\s*(?:\\(\\s*\\d{1,3}\\s*\\)|av\\s+\\d{1,3}|/\\s*\\d{1,3}))?(?:\\s*-)?$");
    private static final Pattern SIGNATURE_BOX = Pattern.compile(
            "(?iu)^(?:justerandes? (?:signatur|sign\\.?|signaturer)(?:\\s*/\\s*beslutandes? underskrift)?|beslutandes? underskrift|utdragsbestyrkande|"
                    + "ordförandes signatur|sekreterarens signatur|justerare signatur)\\s*:?$");
    private static final Pattern INITIALS = Pattern.compile("^(?:[A-ZÅÄÖ]{2,3}\\s+){1,5}[A-ZÅÄÖ]{2,3}$");
    private static final Pattern TOC_ENTRY = Pattern.compile("^(?:§\\s*\\d{1,3}\\s+.+?|.+?\\.{3,}\\s*)\\s+\\d{1,3}(?:\\s*-\\s*\\d{1,3})?$");
    private static final Pattern TOC_DOTS = Pattern.compile(".*\\.{4,}.*");
    private static final Pattern DOCUMENT_WORD = Pattern.compile("(?iu)^(?:tjänsteskrivelse|protokoll|kallelse|föredragningslista|sammanträdesprotokoll|protokollsutdrag|"
            + "beslut|beslutsunderlag|sammanfattning av ärendet|ärendebeskrivning|förslag till beslut|expedieras till|utdrag till|i tjänsten|bilaga)$");

    private Furniture() {
    }

    /** A transcript site's download link, which repeats the document's title: 'Download "Protokoll 2012-03-14"'. */
    private static final Pattern DOWNLOAD_TITLE = Pattern.compile("(?iu)^download\\s+[\"“”](.+?)[\"“”]\\s*$");

    public static void mark(Layout w) {
        int n = w.size();
        for (int i = 0; i < n; i++) {
            String c = w.clean[i];
            if (c.isEmpty()) {
                continue;
            }
            Matcher title = DOWNLOAD_TITLE.matcher(c);
            if (title.matches()) {
                // the link's text is the document's title (its first line): content, not furniture
                w.clean[i] = Texts.clean(title.group(1));
                continue;
            }
            if (WEB.matcher(c).matches() || SIGNATURE_BOX.matcher(c).matches()
                    || (INITIALS.matcher(c).matches() && c.length() <= 20)) {
                set(w, i);
            } else if (PAGE_NUMBER.matcher(c).matches() && !w.tabbed(i) && !Texts.startsWithBullet(w.raw.get(i).text())
                    && isolated(w, i)) {
                set(w, i);
            }
        }
        letterSpacedHeaders(w);
        repeatedLines(w);
        relatedDocumentLists(w);
        tablesOfContents(w);
    }

    private static void set(Layout w, int i) {
        w.furniture[i] = true;
        w.zone[i] = TextZone.FURNITURE;
    }

    /** A lone number is a page number when a blank line or a page break is next to it. */
    private static boolean isolated(Layout w, int i) {
        boolean before = i == 0 || w.blank(i - 1) || !java.util.Objects.equals(w.raw.get(i - 1).page(), w.raw.get(i).page());
        boolean after = i == w.size() - 1 || w.blank(i + 1) || !java.util.Objects.equals(w.raw.get(i + 1).page(), w.raw.get(i).page());
        return before || after;
    }

    /** "K a l l e l s e / f ö r e d r a g n i n g s l i s t a" and the lines of its block (name, date). */
    private static void letterSpacedHeaders(Layout w) {
        for (int i = 0; i < w.size(); i++) {
            if (!w.blank(i) && Texts.letterSpaced(w.clean[i])) {
                int j = i;
                while (j < w.size() && !w.blank(j) && j - i < 6) {
                    set(w, j);
                    j++;
                }
            }
        }
    }

    /**
     * Short lines that recur at least three times are page headers or footers ("NORRBOTTENS",
     * "e-nämnd!"). Section headings, document-type words, lines with digits and lines inside a
     * signature ("I tjänsten" … ) are content even when they recur. A header glued to a short line
     * ("e-nämnd! Beslut") is cut off it for reading.
     */
    private static void repeatedLines(Layout w) {
        Map<String, List<Integer>> occurrences = new HashMap<>();
        boolean inSignature = false;
        for (int i = 0; i < w.size(); i++) {
            String c = w.clean[i];
            if (c.isEmpty()) {
                continue;
            }
            String f = Texts.fold(c);
            if (f.equals("i tjänsten") || f.startsWith("i tjänsten ")) {
                inSignature = true;
                continue;
            }
            if (inSignature && (Headings.distribution(c) || Headings.any(c))) {
                inSignature = false;
            }
            if (inSignature || c.length() > 40 || c.matches(".*\\d.*") || c.contains(":") || c.contains("@")
                    || Headings.any(c) || DOCUMENT_WORD.matcher(f).matches() || w.tabbed(i)) {
                continue;
            }
            occurrences.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
        }
        // A recurring line is a page header or footer only when it behaves like one: it stands next to
        // another recurring line (a header of two or more lines) at least twice.
        java.util.Set<String> candidates = new java.util.HashSet<>();
        occurrences.forEach((text, lines) -> {
            if (lines.size() >= 3) {
                candidates.add(text);
            }
        });
        List<String> learnt = new ArrayList<>();
        for (String text : candidates) {
            List<Integer> lines = occurrences.get(text);
            int paired = 0;
            for (int i : lines) {
                int prev = previousNonBlank(w, i - 1);
                int next = nextNonBlank(w, i + 1);
                if ((prev >= 0 && candidates.contains(Texts.fold(w.clean[prev])) && !Texts.fold(w.clean[prev]).equals(text))
                        || (next >= 0 && candidates.contains(Texts.fold(w.clean[next])) && !Texts.fold(w.clean[next]).equals(text))) {
                    paired++;
                }
            }
            if (paired >= 2) {
                lines.forEach(i -> set(w, i));
                learnt.add(text);
            }
        }
        if (learnt.isEmpty()) {
            return;
        }
        learnt.sort((a, b) -> b.length() - a.length());
        for (int i = 0; i < w.size(); i++) {
            if (w.furniture[i] || w.blank(i)) {
                continue;
            }
            String c = w.clean[i];
            // only a short line can be a header glued to a heading ("e-nämnd! Beslut"); running text keeps its words
            boolean changed = Texts.wordCount(c) <= 8;
            while (changed) {
                changed = false;
                String f = Texts.fold(c);
                for (String l : learnt) {
                    if (f.startsWith(l + " ") && c.length() > l.length() + 1) {
                        c = c.substring(l.length()).trim();
                        changed = true;
                        break;
                    }
                    if (f.endsWith(" " + l) && c.length() > l.length() + 1) {
                        c = c.substring(0, c.length() - l.length()).trim();
                        changed = true;
                        break;
                    }
                }
            }
            w.clean[i] = c;
        }
    }

    private static int previousNonBlank(Layout w, int from) {
        for (int i = from; i >= 0; i--) {
            if (!w.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(Layout w, int from) {
        for (int i = from; i < w.size(); i++) {
            if (!w.blank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A web page's list of related documents: title, teaser, "Läs mer" — repeated. */
    private static void relatedDocumentLists(Layout w) {
        List<Integer> more = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (Texts.fold(w.clean[i]).equals("läs mer")) {
                more.add(i);
            }
        }
        if (more.size() < 3) {
            return;
        }
        for (int at : more) {
            int marked = 0;
            int lastNumber = -1;
            for (int j = at - 1; j >= 0 && (marked < 2 || w.number(j) == lastNumber); j--) {
                if (w.blank(j)) {
                    continue;
                }
                if (Texts.fold(w.clean[j]).equals("läs mer")) {
                    break;
                }
                set(w, j);
                // the lines of the document as sent: a line the layout cut counts once
                if (w.number(j) != lastNumber) {
                    marked++;
                    lastNumber = w.number(j);
                }
            }
        }
    }

    /**
     * A table of contents: at least three entries "§ 3 Verksamhetsberättelse 2021 9" or
     * "Bakgrund ..... 5" in order, with the lines between them.
     */
    private static void tablesOfContents(Layout w) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            String c = w.clean[i];
            if (!c.isEmpty() && c.length() <= 200 && Character.isDigit(c.charAt(c.length() - 1))
                    && (w.raw.get(i).text().contains("....") || (c.startsWith("§") && TOC_ENTRY.matcher(c).matches()))) {
                entries.add(i);
            }
        }
        int start = 0;
        while (start < entries.size()) {
            int end = start;
            while (end + 1 < entries.size() && gapIsSmall(w, entries.get(end), entries.get(end + 1))) {
                end++;
            }
            if (end - start + 1 >= 3) {
                int from = entries.get(start);
                int to = entries.get(end);
                // an entry's title may run over lines and end with its page number on a line of its own
                int next = to + 1;
                while (next < w.size() && (w.blank(next) || w.clean[next].matches("\\d{1,3}(\\s*-\\s*\\d{1,3})?"))) {
                    next++;
                }
                // the first entry's title may start on an earlier line ("§ 1 Slutrapport …" / "… 5 - 6")
                java.util.regex.Matcher first = Pattern.compile("^§\\s*(\\d{1,3})").matcher(w.clean[from]);
                if (first.find()) {
                    int wanted = Integer.parseInt(first.group(1)) - 1;
                    for (int j = from - 1; j >= Math.max(0, from - 8); j--) {
                        java.util.regex.Matcher m = Pattern.compile("^§\\s*(\\d{1,3})\\s+\\S").matcher(w.clean[j]);
                        if (m.find() && Integer.parseInt(m.group(1)) == wanted) {
                            from = j;
                            break;
                        }
                    }
                }
                int heading = from - 1;
                while (heading >= 0 && w.blank(heading)) {
                    heading--;
                }
                if (heading >= 0 && Texts.fold(w.clean[heading]).matches("innehåll(?:sförteckning)?|innehåll\\s*:?")) {
                    from = heading;
                }
                for (int i = from; i < next; i++) {
                    if (!w.blank(i)) {
                        set(w, i);
                    }
                }
            }
            start = end + 1;
        }
    }

    private static boolean gapIsSmall(Layout w, int a, int b) {
        int content = 0;
        for (int i = a + 1; i < b; i++) {
            if (!w.blank(i)) {
                content++;
            }
        }
        return content <= 3;
    }
}
