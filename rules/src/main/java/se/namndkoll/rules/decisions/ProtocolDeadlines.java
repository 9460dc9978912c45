package se.namndkoll.rules.decisions;

import java.time.LocalDate;

/**
 * The last days of a protocol's justering, anslag and appeal period (kl-protokoll-frister.dmn),
 * each rolled forward under lag (1930:173) 2 §. A day that depends on an unknown date is
 * {@code null}.
 *
 * @param adjustmentPeriodDays the justering period in days after the meeting (14)
 * @param postingPeriodDays the anslag period in days after the justering (2)
 * @param appealPeriodDays the appeal period in days after the anslag (three weeks, 21)
 * @param lastAdjustmentDay the last day for justering: the meeting date plus the period, rolled forward
 * @param latestLawfulAdjustment when the justering day is unknown: the latest day it can lawfully have
 *     been, i.e. {@code lastAdjustmentDay} or the protocol's stated "senast" date when that is earlier
 * @param lastPostingDay when the justering day is known: the last day for the anslag
 * @param latestLawfulPosting when the justering day is unknown: the last day for an anslag after a
 *     justering on {@code latestLawfulAdjustment}
 * @param earliestLawfulAdjustment the earliest justering day for which the actual anslag day is in time
 * @param appealEnd the last day of the appeal period counted from the protocol's anslag; the anslag
 *     may not be taken down before it ends
 * @param lastAnnouncementOn the latest known day on which the justering was announced on an
 *     anslagstavla: the protocol's anslag or a party's announcement
 * @param jointAppealEnd the last day of the appeal period counted from {@code lastAnnouncementOn}
 *     (for a gemensam nämnd the period runs from the announcement on every party's anslagstavla)
 */
public record ProtocolDeadlines(
        int adjustmentPeriodDays,
        int postingPeriodDays,
        int appealPeriodDays,
        LocalDate lastAdjustmentDay,
        LocalDate latestLawfulAdjustment,
        LocalDate lastPostingDay,
        LocalDate latestLawfulPosting,
        LocalDate earliestLawfulAdjustment,
        LocalDate appealEnd,
        LocalDate lastAnnouncementOn,
        LocalDate jointAppealEnd) {
}
