package uk.wmpathways.caseservice.participant;

import java.util.List;

/**
 * The GP referrals accepted for a participant: data subjects of their own (each referral's details are encrypted
 * with its key), erased with the participant.
 */
public interface GpReferralSubjects {

    List<String> referralsOf(String participantId);
}
