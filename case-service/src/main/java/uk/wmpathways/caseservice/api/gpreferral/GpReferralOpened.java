package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The service has seen the referral (FHIR Task status "received"). */
@Revision("1")
public record GpReferralOpened(String referralId, String openedBy, Instant openedAt) {
}
