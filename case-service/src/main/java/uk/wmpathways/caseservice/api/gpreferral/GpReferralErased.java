package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The personal data of a referral that never became an enrolment was erased at the end of its retention period:
 * the referral's key is destroyed, so its events read "[erased]". What is not personal (ids, practice, dates,
 * status) stays for the figures.
 */
@Revision("1")
public record GpReferralErased(String referralId, String erasedBy, Instant erasedAt) {
}
