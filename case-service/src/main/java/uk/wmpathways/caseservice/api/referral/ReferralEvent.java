package uk.wmpathways.caseservice.api.referral;

import java.time.Instant;

/** Something that happened to a referral. */
public interface ReferralEvent {

    String referralId();

    Instant at();
}
