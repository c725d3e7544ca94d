package uk.wmpathways.reporting.gpreferral;

import org.springframework.data.annotation.Id;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry.ReferredPerson;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One GP referral in the inbox read model, as of its event {@code lastSequence} (the referral's version). Holds the
 * person's details as the practice sent them (decrypted): they are answered only to the receiving organisation's
 * caseworkers.
 */
record GpReferralInboxDocument(@Id String referralId, String receivingOrganisation, String practiceOdsCode,
                               String practiceName, String referrerName, String referrerRole, LocalDate authoredOn,
                               Instant receivedAt, List<String> reason, List<GpReferralFlag> flags,
                               boolean consentGiven, ReferredPerson person, String status, long lastSequence,
                               String openedBy, Instant openedAt, String decidedBy, Instant decidedAt,
                               String rejectionReason, String rejectionNote, String participantId,
                               String enrolmentId) {

    /** The whole entry, for a caseworker of the receiving organisation. */
    GpReferralInboxEntry inFull() {
        return new GpReferralInboxEntry(referralId, receivingOrganisation, practiceOdsCode, practiceName,
                referrerName, referrerRole, authoredOn, receivedAt, reason, flags, flagCategories(), consentGiven,
                person, status, lastSequence, openedBy, openedAt, decidedBy, decidedAt, rejectionReason,
                rejectionNote, participantId, enrolmentId);
    }

    /** The worklist without the person: no details, reason, flags' words or note (a programme manager's). */
    GpReferralInboxEntry withoutThePerson() {
        return new GpReferralInboxEntry(referralId, receivingOrganisation, practiceOdsCode, practiceName,
                referrerName, referrerRole, authoredOn, receivedAt, null, null, flagCategories(), consentGiven, null,
                status, lastSequence, openedBy, openedAt, decidedBy, decidedAt, rejectionReason, null, participantId,
                enrolmentId);
    }

    /** The flags' category codes (RA, SG): what kind of flag, not what it says about the person. */
    private List<String> flagCategories() {
        return flags == null ? List.of() : flags.stream().map(GpReferralFlag::category).distinct().toList();
    }

    @Override
    public String toString() {
        return "GpReferralInboxDocument[referralId=" + referralId + ", status=" + status + "]";
    }

    /** The subject whose personal data a read shows: the participant once accepted, else the referral itself. */
    String dataSubject() {
        return participantId != null ? participantId : referralId;
    }
}
