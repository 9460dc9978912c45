package se.namndkoll.rules.document;

import java.time.LocalDate;
import se.namndkoll.rules.model.DateMention;

/**
 * A mention of the meeting date that differs from the date the document gives most often.
 *
 * @param mention the differing mention
 * @param meetingDate the date the other mentions give
 * @param mentions how many mentions give {@code meetingDate}
 */
public record DateConflict(DateMention mention, LocalDate meetingDate, int mentions) {
}
