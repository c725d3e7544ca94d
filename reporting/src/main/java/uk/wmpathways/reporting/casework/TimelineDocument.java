package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in plain words; its id is the event's identifier, so writing it again changes nothing.
 * {@code organisation} is the organisation that delivered the enrolment when the event was recorded (null for
 * what is recorded about the person, not an enrolment): an organisation that transferred the enrolment away
 * keeps seeing what it recorded, and nothing recorded after.
 */
record TimelineDocument(@Id String entryId,
                        String participantId,
                        String enrolmentId,
                        Pathway pathway,
                        LocalDate occurredOn,
                        String text,
                        String recordedBy,
                        Instant recordedAt,
                        long globalPosition,
                        String organisation) {

    TimelineEntry entry() {
        return new TimelineEntry(entryId, participantId, enrolmentId, pathway, occurredOn, text, recordedBy,
                recordedAt, globalPosition);
    }
}
