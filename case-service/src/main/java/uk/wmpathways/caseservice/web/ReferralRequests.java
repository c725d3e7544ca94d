package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.LocalDate;

/** The bodies of the referral endpoints ({@link ReferralController}). Codes are accepted in any case. */
final class ReferralRequests {

    private ReferralRequests() {
    }

    /** {@code POST /api/participants/{participantId}/referrals}. */
    @Schema(name = "ReferralRequest")
    record Make(@Schema(example = "DEMO-SUPPORT", requiredMode = Schema.RequiredMode.REQUIRED,
                        description = "the code of the organisation referred to; not the caller's own")
                String toOrganisation,
                @Schema(implementation = Pathway.class, requiredMode = Schema.RequiredMode.REQUIRED) String pathway,
                @Schema(description = "optional, at most 1000 characters") String reason) {
    }

    /**
     * {@code POST /api/referrals/{referralId}/accept}: what the pathway's start step needs, as in
     * {@code POST /api/participants/{participantId}/enrolments} (the pathway and organisation are the referral's).
     */
    @Schema(name = "AcceptReferralRequest")
    record Accept(String localAuthority, String fundingStream, String assignedWorker,
                  @Schema(description = "Housing First or Thrive into Work: the referral source code") String source,
                  String referrerOdsCode, LocalDate referredOn, LocalDate contactedOn, String location,
                  Boolean verifiedRoughSleeper) {
    }

    /** {@code POST /api/referrals/{referralId}/decline}. */
    @Schema(name = "DeclineReferralRequest")
    record Decline(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }
}
