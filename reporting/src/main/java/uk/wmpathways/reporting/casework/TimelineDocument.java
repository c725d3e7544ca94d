package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in plain words; its id is the event's identifier, so writing it again changes nothing.
 * {@code organisation} is the organisation that delivered the enrolment when the event was recorded (null for
 * what is recorded about the person, not an enrolment): an organisation that transferred the enrolment away
 * keeps seeing what it recorded, and nothing recorded after. {@code onlyFor}, when not null, names the only
 * organisations that see the entry (a referral: the referring and the receiving one).
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
                        String organisation,
                        List<String> onlyFor) {

    @PersistenceCreator
    TimelineDocument {
    }

    /** An entry about an enrolment or about the person, shown as the casework rules say. */
    TimelineDocument(String entryId, String participantId, String enrolmentId, Pathway pathway, LocalDate occurredOn,
                     String text, String recordedBy, Instant recordedAt, long globalPosition, String organisation) {
        this(entryId, participantId, enrolmentId, pathway, occurredOn, text, recordedBy, recordedAt, globalPosition,
                organisation, null);
    }

    /** Whether a caseworker of {@code organisation} who may see the person sees this entry in their timeline. */
    boolean restrictedFrom(String organisation) {
        return onlyFor != null && !onlyFor.contains(organisation);
    }

    TimelineEntry entry() {
        return new TimelineEntry(entryId, participantId, enrolmentId, pathway, occurredOn, text, recordedBy,
                recordedAt, globalPosition);
    }
}
