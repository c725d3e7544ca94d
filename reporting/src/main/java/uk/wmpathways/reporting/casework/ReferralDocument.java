package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;

import java.time.Instant;

/** A referral as the casework read model keeps it; {@code lastSequence} makes its updates idempotent. */
record ReferralDocument(@Id String referralId,
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
                        String enrolmentId,
                        long lastSequence) {

    ReferralDocument decided(ReferralStatus newStatus, String by, Instant at, String why, String enrolment,
                             long sequence) {
        return new ReferralDocument(referralId, participantId, participantName, pathway, fromOrganisation,
                toOrganisation, referredBy, reason, madeAt, newStatus, by, at, why, enrolment, sequence);
    }

    /** Whether {@code organisation}'s caseworkers see the person's name on it: not the receiver's once it is off. */
    boolean namesPersonTo(String organisation) {
        return organisation == null || organisation.equals(fromOrganisation)
                || status == ReferralStatus.PENDING || status == ReferralStatus.ACCEPTED;
    }

    ReferralSummary summaryFor(String organisation) {
        return new ReferralSummary(referralId, participantId, namesPersonTo(organisation) ? participantName : null,
                pathway, fromOrganisation, toOrganisation, referredBy, reason, madeAt, status, decidedBy, decidedAt,
                declineReason, enrolmentId);
    }
}
