package uk.wmpathways.caseservice.api.gpreferral;

import org.axonframework.serialization.Revision;
import uk.wmpathways.infra.personaldata.DataSubject;
import uk.wmpathways.infra.personaldata.PersonalData;

import java.time.Instant;

/**
 * The service did not take the referral on (Task "rejected", statusReason the reason's code). The note may speak
 * of the person: it is personal data of the referral's data subject.
 */
@Revision("1")
public record GpReferralRejected(@DataSubject String referralId, GpReferralRejectionReason reason,
                                 @PersonalData(erasedAsNull = true) String note, String rejectedBy,
                                 Instant rejectedAt) {

    @Override
    public String toString() {
        return "GpReferralRejected[referralId=" + referralId + ", reason=" + reason + "]";
    }
}
