package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;

/** One event in plain words; its id is the event's identifier, so writing it again changes nothing. */
record TimelineDocument(@Id String entryId,
                        String participantId,
                        String enrolmentId,
                        Pathway pathway,
                        LocalDate occurredOn,
                        String text,
                        String recordedBy,
                        Instant recordedAt,
                        long globalPosition) {

    TimelineEntry entry() {
        return new TimelineEntry(entryId, participantId, enrolmentId, pathway, occurredOn, text, recordedBy,
                recordedAt, globalPosition);
    }
}
