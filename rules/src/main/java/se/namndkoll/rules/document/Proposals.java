package se.namndkoll.rules.document;

import java.util.List;
import java.util.regex.Pattern;
import se.namndkoll.rules.model.ProposalPoint;

/** The points of a förslag till beslut. */
public final class Proposals {

    /** The meeting's own formalities: its opening and closing, the roll call. */
    private static final Pattern FORMALITY = Pattern.compile(
            "(?iu)(?:(?:sammanträdets|mötets) )?(?:öppnande|avslutande|avslutning)|(?:sammanträdet|mötet) (?:öppnas|avslutas)"
            + "|upprop|närvaro(?:kontroll)?|upprop och (?:närvaro|beslutförhet|fastställande av närvaro)");

    private Proposals() {
    }

    /**
     * Whether a paragraph's or an item's title is a formality of the meeting that records no
     * decision ("Sammanträdets öppnande", "Upprop"); a title that also names a decision ("Upprop och
     * val av justerare") is not.
     */
    public static boolean formality(String title) {
        if (title == null) {
            return false;
        }
        String t = title.strip().replaceAll("[.:]+$", "");
        return FORMALITY.matcher(t).matches();
    }

    /** Whether any point has a text that is not blank. */
    public static boolean anyText(List<ProposalPoint> points) {
        return points != null && points.stream().anyMatch(p -> p.text() != null && !p.text().isBlank());
    }
}
