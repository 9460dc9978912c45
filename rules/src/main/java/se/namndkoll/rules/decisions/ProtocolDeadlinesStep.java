package se.namndkoll.rules.decisions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import se.namndkoll.rules.CheckUnit;
import se.namndkoll.rules.model.Announcement;
import se.namndkoll.rules.model.Protocol;

/**
 * Feeds the protocol's dates to kl-protokoll-frister.dmn, which holds the periods and rolls each last
 * day forward through the calendar (externally defined Java functions), and inserts the last days.
 */
final class ProtocolDeadlinesStep implements DecisionStep {

    @Override
    public void apply(CaseFacts facts, DecisionRunner dmn, CheckUnit unit) {
        Protocol protocol = facts.input().protocol();
        if (protocol == null || protocol.meetingDate() == null) {
            return;
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("meetingDate", protocol.meetingDate());
        inputs.put("adjustedOn", protocol.adjustedOn());
        inputs.put("adjustmentDeadline", protocol.adjustmentDeadline());
        inputs.put("noticePostedOn", protocol.noticePostedOn());
        LocalDate last = lastAnnouncement(protocol);
        inputs.put("lastAnnouncementOn", last);
        Map<String, Object> result = dmn.evaluate(DmnModels.PROTOCOL_DEADLINES, inputs);
        unit.getProtocolDeadlines().add(new ProtocolDeadlines(
                days(result, "adjustmentPeriodDays"),
                days(result, "postingPeriodDays"),
                days(result, "appealPeriodDays"),
                date(result, "lastAdjustmentDay"),
                date(result, "latestLawfulAdjustment"),
                date(result, "lastPostingDay"),
                date(result, "latestLawfulPosting"),
                date(result, "earliestLawfulAdjustment"),
                date(result, "appealEnd"),
                last,
                date(result, "jointAppealEnd")));
    }

    /** The latest day the protocol shows an announcement of its justering, on any anslagstavla. */
    private static LocalDate lastAnnouncement(Protocol protocol) {
        LocalDate last = protocol.noticePostedOn();
        if (protocol.announcements() != null) {
            for (Announcement a : protocol.announcements()) {
                if (a.postedOn() != null && (last == null || a.postedOn().isAfter(last))) {
                    last = a.postedOn();
                }
            }
        }
        return last;
    }

    private static int days(Map<String, Object> result, String decision) {
        Object value = result.get(decision);
        if (!(value instanceof BigDecimal number)) {
            throw new IllegalStateException("kl-protokoll-frister.dmn gave no period for " + decision + ": " + value);
        }
        return number.intValueExact();
    }

    private static LocalDate date(Map<String, Object> result, String decision) {
        Object value = result.get(decision);
        if (value != null && !(value instanceof LocalDate)) {
            throw new IllegalStateException("kl-protokoll-frister.dmn gave " + decision + " as " + value.getClass().getName());
        }
        return (LocalDate) value;
    }
}
