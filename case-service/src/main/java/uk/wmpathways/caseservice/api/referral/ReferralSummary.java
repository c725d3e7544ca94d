package uk.wmpathways.caseservice.api.referral;

import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.Instant;

/**
 * A referral as the referring and the receiving organisation see it. {@code participantName} is left out
 * (null) for a receiving organisation once the referral was declined or withdrawn: it no longer sees the person.
 */
public record ReferralSummary(String referralId,
                              String participantId,
                              String participantName,
                              Pathway pathway,
                              String fromOrganisation,
                              String toOrganisation,
                              String referredBy,
                              String reason,
                              Instant madeAt,
                              ReferralStatus status,
                              String decidedBy,
                              Instant decidedAt,
                              String declineReason,
                              String enrolmentId) {
}
