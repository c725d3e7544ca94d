package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The receiving organisation does not take the referral on, for a coded {@code reason}; {@code note} is required
 * for {@link GpReferralRejectionReason#OTHER}. A stale {@code expectedVersion} is refused.
 */
public record RejectGpReferral(@TargetAggregateIdentifier String referralId, long expectedVersion,
                               GpReferralRejectionReason reason, String note, String rejectedBy) {

    @Override
    public String toString() {
        return "RejectGpReferral[referralId=" + referralId + ", reason=" + reason + "]";
    }
}
