package uk.wmpathways.gpreferrals.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * A GP's referral into Thrive into Work as a valid FHIR message states it: the facts the command that records it
 * will carry (see {@link GpReferralIntake}). No FHIR types: this is our language, not HAPI's.
 * <p>
 * {@code toString} names no personal data (it may end up in a log by mistake); the records that hold some
 * override it.
 *
 * @param referralId        our id for the referral (the acknowledgement's focus)
 * @param message           the sender's ids, for correlation and, later, duplicate detection
 * @param practiceOdsCode   the referring practice's ODS code
 * @param practiceName      the practice's name as sent (may be null)
 * @param referrer          who at the practice referred (may be null: a referral from the practice itself)
 * @param patient           the person referred
 * @param authoredOn        the UK day the referral was made
 * @param reason            why, in the referrer's words (reasonCode texts and notes; may be empty)
 * @param flags             reasonable adjustments, safeguarding and other flags about the person
 * @param consent           the person's consent as the practice recorded it (null when none was sent)
 */
public record GpReferralRequest(String referralId, MessageIds message, String practiceOdsCode, String practiceName,
                                Referrer referrer, ReferredPerson patient, LocalDate authoredOn, List<String> reason,
                                List<ReferralFlag> flags, ReferralConsent consent) {

    public GpReferralRequest {
        reason = List.copyOf(reason);
        flags = List.copyOf(flags);
    }

    /** The sender's bundle id, MessageHeader id and ServiceRequest id (each may be null). */
    public record MessageIds(String bundleId, String messageHeaderId, String serviceRequestId) {
    }

    /** A practitioner: name as written, SDS user id when given, their role's words. */
    public record Referrer(String name, String sdsUserId, String role) {
        @Override
        public String toString() {
            return "Referrer[sdsUserId=" + sdsUserId + "]";
        }
    }

    /**
     * The person referred. {@code nhsNumber} only when its verification status allows it to identify them
     * (otherwise null, with the status it came with kept in {@code nhsNumberVerificationStatus}).
     */
    public record ReferredPerson(String nhsNumber, String nhsNumberVerificationStatus, String givenName,
                                 String familyName, LocalDate dateOfBirth, String gender, String phone, String email,
                                 List<String> addressLines, String postcode) {

        public ReferredPerson {
            addressLines = List.copyOf(addressLines);
        }

        @Override
        public String toString() {
            return "ReferredPerson[nhsNumberGiven=" + (nhsNumber != null) + "]";
        }
    }

    /** A flag: its category code as sent (BaRS: RA reasonable adjustment, SG safeguarding), and its words. */
    public record ReferralFlag(String category, String categoryDisplay, String text) {
        @Override
        public String toString() {
            return "ReferralFlag[category=" + category + "]";
        }
    }

    /** A Consent resource's status, what it is about (category words) and when it was given. */
    public record ReferralConsent(String status, List<String> categories, LocalDate givenOn, String policy) {
        public ReferralConsent {
            categories = List.copyOf(categories);
        }
    }

    @Override
    public String toString() {
        return "GpReferralRequest[referralId=" + referralId + ", practice=" + practiceOdsCode + ", flags="
                + flags.size() + ", consent=" + (consent != null) + "]";
    }
}
