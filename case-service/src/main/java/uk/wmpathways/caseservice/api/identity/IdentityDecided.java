package uk.wmpathways.caseservice.api.identity;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A person decided whether two participants' records are one person; it replaces any earlier decision on the
 * pair. The participants are in {@link PersonPair} order. No personal data: ids, the decision, who and when.
 */
@Revision("1")
public record IdentityDecided(String pairId,
                              String firstParticipantId,
                              String secondParticipantId,
                              IdentityDecision decision,
                              String decidedBy,
                              Instant decidedAt) {
}
