package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A GP practice's referral of a person into Thrive into Work was received and recorded (status "requested": the
 * service has not acted on it). Every fact about the person is personal data, encrypted with the key of the data
 * subject; there is no participant yet, so the subject is the referral itself (the acceptance slice links it to
 * the participant, see docs/gp-referrals.md). Once erased, texts read "[erased]", the rest null.
 * {@code receivingOrganisation}: the provider organisation the referral went to, whose caseworkers decide it (added
 * before revision 1 was released, so no upcaster).
 */
@Revision("1")
public record GpReferralReceived(@DataSubject String referralId,
                                 String practiceOdsCode,
                                 String practiceName,
                                 GpReferrer referrer,
                                 SenderIds sender,
                                 @PersonalData(erasedAsNull = true) String nhsNumber,
                                 String nhsNumberVerificationStatus,
                                 @PersonalData String givenName,
                                 @PersonalData String familyName,
                                 @PersonalData LocalDate dateOfBirth,
                                 @PersonalData String gender,
                                 @PersonalData(erasedAsNull = true) String phone,
                                 @PersonalData(erasedAsNull = true) String email,
                                 @PersonalData List<String> addressLines,
                                 @PersonalData String postcode,
                                 LocalDate authoredOn,
                                 @PersonalData List<String> reason,
                                 @PersonalData List<GpReferralFlag> flags,
                                 @PersonalData GpReferralConsent consent,
                                 String receivedBy,
                                 Instant receivedAt,
                                 String receivingOrganisation) {

    @Override
    public String toString() {
        return "GpReferralReceived[referralId=" + referralId + ", practice=" + practiceOdsCode + ", to="
                + receivingOrganisation + "]";
    }
}
