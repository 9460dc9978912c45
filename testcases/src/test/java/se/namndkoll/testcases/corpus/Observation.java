package se.namndkoll.testcases.corpus;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.namndkoll.documents.ImportedDocument;
import se.namndkoll.rules.model.Agenda;
import se.namndkoll.rules.model.Attendance;
import se.namndkoll.rules.model.ParticipationMode;
import se.namndkoll.rules.model.Protocol;
import se.namndkoll.rules.model.ProtocolParagraph;
import se.namndkoll.rules.model.SeatRole;
import se.namndkoll.rules.report.Report;

/** What the reader read from a document and what the engine found in it, as the fields of {@link Field}. */
record Observation(ImportedDocument document, Report report) {

    String mainKind() {
        return document.mainKind().name();
    }

    String committeeId() {
        return document.committeeId();
    }

    Object value(Field field) {
        Protocol p = document.input().protocol();
        Agenda a = document.input().agenda();
        return switch (field) {
            case MEETING_DATE -> p != null ? p.meetingDate() : a != null ? a.meetingDate() : null;
            case MEETING_START -> p != null ? p.startTime() : a != null ? a.startTime() : null;
            case MEETING_END -> p == null ? null : p.endTime();
            case MEETING_PLACE -> p != null ? p.place() : a != null ? a.place() : null;
            // the reader says a meeting was remote when the text shows it; "in person" is what it assumes otherwise
            case REMOTE -> p != null && (p.participation() == ParticipationMode.REMOTE || p.participation() == ParticipationMode.HYBRID) ? Boolean.TRUE : null;
            case JUSTERING_DATE -> p == null ? null : p.adjustedOn();
            case JUSTERING_DEADLINE -> p == null ? null : p.adjustmentDeadline();
            case ADJUSTERS -> p == null ? Set.of() : folded(p.adjusters());
            case ANSLAG_POSTED -> p == null ? null : p.noticePostedOn();
            case ANSLAG_REMOVED -> p == null ? null : p.noticeRemovedOn();
            case SERVING -> count(p, true, null);
            case SUBSTITUTES_SERVING -> count(p, true, SeatRole.ERSATTARE);
            case SUBSTITUTES_PRESENT -> count(p, false, SeatRole.ERSATTARE);
            case PARAGRAPHS -> paragraphs(p);
            case EXTRACT -> p == null ? null : Boolean.TRUE.equals(p.extract());
            case AGENDA_ITEMS -> a == null || a.items().isEmpty() ? null : a.items().size();
            case BODY -> document.bodyName();
        };
    }

    private static Integer count(Protocol p, boolean serving, SeatRole role) {
        if (p == null || p.attendance() == null) {
            return null;
        }
        int n = 0;
        for (Attendance a : p.attendance()) {
            if (a.serves() == serving && (role == null || a.role() == role)) {
                n++;
            }
        }
        return n;
    }

    private static Field.Range paragraphs(Protocol p) {
        if (p == null) {
            return null;
        }
        if (p.adjustedParagraphs() != null) {
            return new Field.Range(p.adjustedParagraphs().from(), p.adjustedParagraphs().to());
        }
        List<ProtocolParagraph> ps = p.paragraphs();
        if (ps.isEmpty()) {
            return null;
        }
        int min = ps.stream().mapToInt(ProtocolParagraph::number).min().orElseThrow();
        int max = ps.stream().mapToInt(ProtocolParagraph::number).max().orElseThrow();
        return new Field.Range(min, max);
    }

    private static Set<String> folded(List<String> names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(Field.fold(n)));
        return out;
    }
}
