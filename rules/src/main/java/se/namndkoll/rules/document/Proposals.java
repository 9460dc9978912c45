package se.namndkoll.rules.document;

import java.util.List;
import se.namndkoll.rules.model.ProposalPoint;

/** The points of a förslag till beslut. */
public final class Proposals {

    private Proposals() {
    }

    /** Whether any point has a text that is not blank. */
    public static boolean anyText(List<ProposalPoint> points) {
        return points != null && points.stream().anyMatch(p -> p.text() != null && !p.text().isBlank());
    }
}
