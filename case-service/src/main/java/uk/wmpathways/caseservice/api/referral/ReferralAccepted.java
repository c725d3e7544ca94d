package uk.wmpathways.caseservice.api.referral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The receiving organisation accepted the referral; the enrolment {@code enrolmentId} started with it. */
@Revision("1")
public record ReferralAccepted(String referralId, String acceptedBy, String enrolmentId, Instant at)
        implements ReferralEvent {
}
