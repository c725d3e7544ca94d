package uk.wmpathways.gpreferrals.intake;

import org.springframework.stereotype.Component;
import uk.wmpathways.infra.access.Caller;

/**
 * NOT YET RECORDING: the first slice of GP referrals validates and acknowledges a referral but records nothing
 * (no event, no read model, nothing to see in the service's inbox). Replace this bean with the implementation
 * that sends the command (see {@link GpReferralIntake}).
 */
@Component
class NotYetRecordingIntake implements GpReferralIntake {

    @Override
    public ReferralReceipt receive(GpReferralRequest referral, Caller caller) {
        return new ReferralReceipt(referral.referralId(), false);
    }
}
