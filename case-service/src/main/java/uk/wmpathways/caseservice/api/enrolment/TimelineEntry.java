package uk.wmpathways.caseservice.api.enrolment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing recorded about a participant, in plain words ("Tenancy started at 4 Elm Road (social landlord)").
 * {@code occurredOn} is the date the step happened; {@code recordedAt}/{@code recordedBy} when and by whom
 * (username) it was recorded. {@code enrolmentId} and {@code pathway} are null for participant details.
 * The text can hold personal data (contact notes, addresses): it is for caseworkers only.
 */
public record TimelineEntry(String entryId,
                            String participantId,
                            String enrolmentId,
                            Pathway pathway,
                            LocalDate occurredOn,
                            String text,
                            String recordedBy,
                            Instant recordedAt,
                            long globalPosition) {
}
