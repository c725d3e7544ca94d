package uk.wmpathways.caseservice.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A participant's phone number and email address were replaced (null: not known). */
@Revision("1")
public record ParticipantContactDetailsChanged(String participantId,
                                               String phoneNumber,
                                               String email,
                                               String changedBy,
                                               Instant changedAt) {
}
