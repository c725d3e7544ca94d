package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The service took the referral on (Task "accepted"); the person's support runs in {@code enrolmentId}. */
@Revision("1")
public record GpReferralAccepted(String referralId, String participantId, String enrolmentId, String acceptedBy,
                                 Instant acceptedAt) {
}
