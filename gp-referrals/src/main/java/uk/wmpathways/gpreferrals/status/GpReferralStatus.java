package uk.wmpathways.gpreferrals.status;

import org.springframework.data.annotation.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a referring practice may read back about a GP referral: ours and the sender's ids, the practice, when it was
 * made and received, and where it stands ({@code taskStatus}, the FHIR Task status: "requested" until the service
 * opens it, then "received"; accept and reject are the next slice's). Nothing about the person: the practice
 * holds that already, so reading a status is not a read of personal data.
 */
public record GpReferralStatus(@Id String referralId, String practiceOdsCode, String senderServiceRequestId,
                               LocalDate authoredOn, Instant receivedAt, String taskStatus) {

    public static final String REQUESTED = "requested";
    public static final String RECEIVED = "received";
}
