package uk.wmpathways.caseservice.api.gpreferral;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a GP referral as the practice sent them, shared by {@link ReceiveGpReferral} and
 * {@link GpReferralReceived}. Each {@code toString} names no personal data (a command may be logged by mistake).
 */
public final class GpReferralParts {

    private GpReferralParts() {
    }

    /** Who at the practice referred: name as written, SDS user id, role words (each may be null). */
    public record GpReferrer(String name, String sdsUserId, String role) {
        @Override
        public String toString() {
            return "GpReferrer[sdsUserId=" + sdsUserId + "]";
        }
    }

    /**
     * The sender's ids: its request id ({@code X-Request-ID}), bundle, MessageHeader and ServiceRequest ids (each
     * may be null). The request id, or else the bundle id, is what makes a message the same message again.
     */
    public record SenderIds(String requestId, String bundleId, String messageHeaderId, String serviceRequestId) {

        /** What identifies the message for duplicate detection, or null when the sender gave neither. */
        public String messageKey() {
            if (requestId != null && !requestId.isBlank()) {
                return "request:" + requestId;
            }
            return bundleId == null || bundleId.isBlank() ? null : "bundle:" + bundleId;
        }
    }

    /** The person referred (NHS number only when its verification status lets it identify them). */
    public record ReferredPatient(String nhsNumber, String nhsNumberVerificationStatus, String givenName,
                                  String familyName, LocalDate dateOfBirth, String gender, String phone, String email,
                                  List<String> addressLines, String postcode) {
        public ReferredPatient {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }

        @Override
        public String toString() {
            return "ReferredPatient[nhsNumberGiven=" + (nhsNumber != null) + "]";
        }
    }

    /** A flag about the person: category code as sent (BaRS RA, SG) and its words. */
    public record GpReferralFlag(String category, String categoryDisplay, String text) {
        @Override
        public String toString() {
            return "GpReferralFlag[category=" + category + "]";
        }
    }

    /** The person's consent as the practice recorded it. */
    public record GpReferralConsent(String status, List<String> categories, LocalDate givenOn, String policy) {
        public GpReferralConsent {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}
