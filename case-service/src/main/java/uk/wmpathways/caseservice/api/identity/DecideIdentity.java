package uk.wmpathways.caseservice.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person decides whether two participants' records are one person ({@link IdentityDecision#LINK}) or not
 * ({@link IdentityDecision#NOT_SAME_PERSON}); a later decision replaces an earlier one. {@code pairId} is
 * {@link PersonPair#id()} of the two ids. Decided by a caseworker whose organisation holds both records, in their
 * own name.
 */
public record DecideIdentity(@TargetAggregateIdentifier String pairId,
                             String participantId,
                             String otherParticipantId,
                             IdentityDecision decision,
                             String decidedBy) {

    public static DecideIdentity of(String participantId, String otherParticipantId, IdentityDecision decision,
                                    String decidedBy) {
        String pairId = participantId == null || otherParticipantId == null ? null
                : PersonPair.of(participantId, otherParticipantId).id();
        return new DecideIdentity(pairId, participantId, otherParticipantId, decision, decidedBy);
    }
}
