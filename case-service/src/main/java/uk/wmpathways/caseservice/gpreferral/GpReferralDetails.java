package uk.wmpathways.caseservice.gpreferral;

import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;

import java.time.LocalDate;

/**
 * A GP referral as the write side knows it, folded from its events (decrypted): what accepting it needs. The
 * {@code version} is the sequence number of its last event, as the aggregate counts it. {@code toString} names no
 * personal data.
 */
record GpReferralDetails(GpReferralReceived received, String status, long version, String participantId,
                         String enrolmentId) {

    static GpReferralDetails of(GpReferralReceived received, long sequence) {
        return new GpReferralDetails(received, "requested", sequence, null, null);
    }

    /** These details after one more event of the referral, its sequence number {@code sequence}. */
    GpReferralDetails then(Object event, long sequence) {
        if (event instanceof GpReferralOpened) {
            return new GpReferralDetails(received, "received", sequence, participantId, enrolmentId);
        }
        if (event instanceof GpReferralAccepted accepted) {
            return new GpReferralDetails(received, "accepted", sequence, accepted.participantId(),
                    accepted.enrolmentId());
        }
        if (event instanceof GpReferralRejected) {
            return new GpReferralDetails(received, "rejected", sequence, participantId, enrolmentId);
        }
        if (event instanceof GpReferralCancelled) {
            return new GpReferralDetails(received, "cancelled", sequence, participantId, enrolmentId);
        }
        return new GpReferralDetails(received, status, sequence, participantId, enrolmentId);
    }

    boolean decided() {
        return "accepted".equals(status) || "rejected".equals(status) || "cancelled".equals(status);
    }

    String receivingOrganisation() {
        return received.receivingOrganisation();
    }

    /** The NHS number when the practice said it was verified (traced on the NHS Spine): it identifies the person. */
    String verifiedNhsNumber() {
        return "number-present-and-verified".equals(received.nhsNumberVerificationStatus())
                ? received.nhsNumber() : null;
    }

    /** The person's consent, when the referral carried one that stands (status active, or none said). */
    GpReferralConsent standingConsent() {
        GpReferralConsent consent = received.consent();
        return consent == null || (consent.status() != null && !"active".equalsIgnoreCase(consent.status()))
                ? null : consent;
    }

    LocalDate authoredOn() {
        return received.authoredOn();
    }

    @Override
    public String toString() {
        return "GpReferralDetails[referralId=" + received.referralId() + ", status=" + status + ", version="
                + version + "]";
    }
}
