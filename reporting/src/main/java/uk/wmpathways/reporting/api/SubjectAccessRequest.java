package uk.wmpathways.reporting.api;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A subject access request: who asked for whose record and when, the deadline (one calendar month after it was
 * received, UK GDPR Art. 12(3)), how far the export has got ({@code done} of {@code total} steps: one per event
 * stream, then the read models and the access log) and, once it is ready, how many free-text notes wait for the
 * data protection officer's review before release ({@code flaggedNotes}, of which {@code namingOthers} name
 * another registered person). {@code failure} says why it failed, without personal data.
 */
@Document(SubjectAccessRequest.COLLECTION)
public record SubjectAccessRequest(@Id String id,
                                   String participantId,
                                   String requestedBy,
                                   LocalDate receivedOn,
                                   LocalDate dueBy,
                                   Status status,
                                   int done,
                                   int total,
                                   int flaggedNotes,
                                   int namingOthers,
                                   Instant requestedAt,
                                   Instant completedAt,
                                   String failure) {

    public static final String COLLECTION = "subject_access_requests";

    public enum Status { QUEUED, RUNNING, READY, FAILED }

    public static SubjectAccessRequest received(String id, String participantId, String requestedBy, LocalDate receivedOn,
                                         Instant requestedAt) {
        // plusMonths keeps the calendar month and falls back to its last day (31 January -> 28/29 February).
        return new SubjectAccessRequest(id, participantId, requestedBy, receivedOn, receivedOn.plusMonths(1),
                Status.QUEUED, 0, 0, 0, 0, requestedAt, null, null);
    }

    /** Days from {@code today} to the deadline: negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueBy);
    }

    public boolean ready() {
        return status == Status.READY;
    }
}
