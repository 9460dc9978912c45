package se.namndkoll.rules.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting (sammanträde) and its protocol. Everything is optional, so the same record describes a
 * planned meeting, a draft protocol, a posted one and a protocol's first page whose date a
 * transcript lost; the rules that need a fact run only when it is there.
 *
 * @param meetingDate the date of the meeting, {@code null} when the protocol does not show it
 * @param startTime start time, optional
 * @param endTime end time (sluttid), optional
 * @param place place as written ("Video (Skype) och Luleå")
 * @param participation in person, hybrid or remote; {@code null} when not stated
 * @param remoteMedium the medium used by those at a distance, optional
 * @param attendance the närvarolista; {@code null} when the protocol records none
 * @param attendanceReferenced whether the protocol refers to a närvarolista ("Beslutande: Enligt närvarolista")
 * @param attendanceStatement how the protocol states who attended when it lists no names, as written
 *     ("Närvarande vid uppropet: samtliga ledamöter utom …"), optional
 * @param attendanceUnread whether the protocol lists those present (under "Beslutande",
 *     "Närvarande ledamöter") in a form that could not be read into names; optional
 * @param paragraphs the §§
 * @param adjusters justerare
 * @param adjustedOn the date the protocol was justerat, when known
 * @param adjustmentDeadline the "senast" date stated for justering, when that is all that is known
 * @param adjustedParagraphs "Justerade paragrafer"
 * @param noticePostedOn the date the anslag about the justering was put up
 * @param noticeRemovedOn the date the anslag was (or will be) taken down
 * @param announcements for a gemensam nämnd: where the justering was announced, one entry per party
 *     whose anslagstavla is known to have carried it; {@code null} when the protocol does not say (a
 *     protocol's anslag usually names only the host's anslagstavla, which is
 *     {@code noticePostedOn}/{@code noticeRemovedOn})
 * @param storagePlace förvaringsplats för protokollet
 * @param extract whether this is a protokollsutdrag: an extract of some of the protocol's
 *     paragraphs, certified as a true copy, which by its nature carries no närvarolista
 */
public record Protocol(
        LocalDate meetingDate,
        LocalTime startTime,
        LocalTime endTime,
        @Size(max = Limits.SHORT_TEXT) String place,
        ParticipationMode participation,
        RemoteMedium remoteMedium,
        @Size(max = Limits.ATTENDANCE) List<@NotNull @Valid Attendance> attendance,
        Boolean attendanceReferenced,
        @Size(max = Limits.SHORT_TEXT) String attendanceStatement,
        Boolean attendanceUnread,
        @Size(max = Limits.PARAGRAPHS) List<@NotNull @Valid ProtocolParagraph> paragraphs,
        @Size(max = 20) List<@NotNull @Size(max = Limits.NAME) String> adjusters,
        LocalDate adjustedOn,
        LocalDate adjustmentDeadline,
        @Valid ParagraphRange adjustedParagraphs,
        LocalDate noticePostedOn,
        LocalDate noticeRemovedOn,
        @Size(max = Limits.PARTIES) List<@NotNull @Valid Announcement> announcements,
        @Size(max = Limits.SHORT_TEXT) String storagePlace,
        Boolean extract) {

    public Protocol {
        attendance = attendance == null ? null : List.copyOf(attendance);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        adjusters = adjusters == null ? List.of() : List.copyOf(adjusters);
        announcements = announcements == null ? null : List.copyOf(announcements);
    }
}
