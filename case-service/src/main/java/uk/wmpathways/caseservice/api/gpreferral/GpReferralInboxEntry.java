package uk.wmpathways.caseservice.api.gpreferral;

import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One GP referral in the receiving organisation's inbox. {@code status} is the FHIR Task status (requested,
 * received, accepted, rejected, cancelled); {@code version} is what a decision must name ({@code expectedVersion}).
 * The person's details ({@code person}), {@code reason}, {@code flags} and the rejection note are null for a
 * reader who may not see them (a programme manager). {@code toString} names no personal data.
 */
public record GpReferralInboxEntry(String referralId, String receivingOrganisation, String practiceOdsCode,
                                   String practiceName, String referrerName, String referrerRole,
                                   LocalDate authoredOn, Instant receivedAt, List<String> reason,
                                   List<GpReferralFlag> flags, List<String> flagCategories, boolean consentGiven,
                                   ReferredPerson person, String status, long version, String openedBy,
                                   Instant openedAt, String decidedBy, Instant decidedAt, String rejectionReason,
                                   String rejectionNote, String participantId, String enrolmentId) {

    public GpReferralInboxEntry {
        reason = reason == null ? null : List.copyOf(reason);
        flags = flags == null ? null : List.copyOf(flags);
        flagCategories = flagCategories == null ? List.of() : List.copyOf(flagCategories);
    }

    /** The person as the practice described them; {@code nhsNumberVerified} when traced and verified. */
    public record ReferredPerson(String givenName, String familyName, LocalDate dateOfBirth, String gender,
                                 String nhsNumber, boolean nhsNumberVerified, String phone, String email,
                                 List<String> addressLines, String postcode) {

        public ReferredPerson {
            addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        }

        @Override
        public String toString() {
            return "ReferredPerson[nhsNumberGiven=" + (nhsNumber != null) + "]";
        }
    }

    @Override
    public String toString() {
        return "GpReferralInboxEntry[referralId=" + referralId + ", status=" + status + ", version=" + version + "]";
    }
}
