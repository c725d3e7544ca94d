package uk.wmpathways.gpreferrals.intake;

import uk.wmpathways.infra.access.Caller;

/**
 * Where a valid GP referral goes: the seam between the FHIR endpoint and the write side. The next slice of issue
 * 13 implements it by sending the command that records the referral as an event (through the command bus, with
 * the caller in its metadata, where the practice rule is then decided again) and answers from the command's
 * result. Until then {@link NotYetRecordingIntake} acknowledges without recording.
 */
public interface GpReferralIntake {

    ReferralReceipt receive(GpReferralRequest referral, Caller caller);

    /** The referral's id, and whether it is recorded (false: acknowledged only). */
    record ReferralReceipt(String referralId, boolean recorded) {
    }
}
