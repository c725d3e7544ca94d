package uk.wmpathways.caseservice.participant;

import java.util.Optional;

/**
 * Which participant holds each NHS number: the write side's guard against registering one person twice.
 * A claim is made before the registration commits, so a failed commit can leave a claim without a
 * participant; {@link #takeOver} replaces such a claim.
 */
interface NhsNumberRegistry {

    /** Claims the number for the participant; the id of the holder if someone else holds it already. */
    Optional<String> claim(String nhsNumber, String participantId);

    /** Who claimed the number (a registered participant, or a claim left by a registration that failed). */
    Optional<String> holderOf(String nhsNumber);

    /** Moves a claim whose holder was never registered to this participant. */
    void takeOver(String nhsNumber, String staleHolder, String participantId);

    /** Drops the participant's claim, if any (their record is erased: the number is theirs no more). */
    void release(String participantId);
}
