package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the GP referral inbox's decisions ({@link GpReferralController}). Codes are accepted in any case. */
final class GpReferralRequests {

    private GpReferralRequests() {
    }

    /**
     * {@code POST /api/gp-referrals/{referralId}/acceptance}: the version decided on; a participant to link, or
     * none to register the person from the referral (then the local authority, and a given name, phone or email
     * the referral lacks or the caseworker corrects); the enrolment's funding stream and worker.
     */
    @Schema(name = "AcceptGpReferralRequest")
    record Accept(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long expectedVersion,
                  @Schema(description = "an existing participant the referral is for; none to register them")
                  String participantId,
                  @Schema(example = "WALSALL") String localAuthority,
                  @Schema(example = "THRIVE_INTO_WORK_TRIAL") String fundingStream,
                  String assignedWorker, String givenName, String phone, String email) {
        @Override
        public String toString() {
            return "Accept[expectedVersion=" + expectedVersion + ", participantId=" + participantId + "]";
        }
    }

    /** {@code POST /api/gp-referrals/{referralId}/rejection}. */
    @Schema(name = "RejectGpReferralRequest")
    record Reject(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long expectedVersion,
                  @Schema(example = "NOT_ELIGIBLE", requiredMode = Schema.RequiredMode.REQUIRED) String reason,
                  @Schema(description = "required for OTHER; at most 2000 characters") String note) {
        @Override
        public String toString() {
            return "Reject[expectedVersion=" + expectedVersion + ", reason=" + reason + "]";
        }
    }
}
