package uk.wmpathways.gpreferrals.intake;

import uk.wmpathways.infra.access.Caller;

/**
 * Where a valid GP referral goes: the seam between the FHIR endpoint and the write side. {@link CommandBusIntake}
 * records it by sending {@code ReceiveGpReferral} through the command bus, with the caller in its metadata, where
 * who may refer and whether the message is new are decided again.
 */
public interface GpReferralIntake {

    /**
     * Records the referral; {@code requestId} is the sender's X-Request-ID (may be null). Throws
     * {@link ReferralRefusedException} when the write side refuses it (409 duplicate, 403, 422); nothing is then
     * recorded.
     */
    ReferralReceipt receive(GpReferralRequest referral, String requestId, Caller caller);

    /**
     * Cancels the referral {@code referralId} for the caller's practice (the practice withdrew it). Throws
     * {@link ReferralRefusedException}: 404 when there is no such referral of the caller's practice, 409 when it
     * was accepted, rejected or cancelled already; nothing is then recorded.
     */
    void cancel(String referralId, Caller caller);

    /** The recorded referral's id (our ServiceRequest id). */
    record ReferralReceipt(String referralId) {
    }
}
