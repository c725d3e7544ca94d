package uk.wmpathways.ui.participant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;

import java.util.List;

/**
 * The likely matches a caseworker said are not the person being registered. The new record does not exist while
 * they say it, so the decisions are sent once it is registered, and the pairs are not offered again. Only records
 * the caseworker's organisation holds are remembered: only they were shown, and only an organisation holding both
 * records may decide (the others would be refused).
 */
final class DismissedMatches {

    private static final Logger log = LoggerFactory.getLogger(DismissedMatches.class);

    private final List<String> participantIds;

    private DismissedMatches(List<String> participantIds) {
        this.participantIds = List.copyOf(participantIds);
    }

    static DismissedMatches none() {
        return new DismissedMatches(List.of());
    }

    static DismissedMatches of(LikelyMatches shown) {
        return new DismissedMatches(shown.candidates().stream().filter(LikelyMatch::heldByCaller)
                .map(LikelyMatch::participantId).toList());
    }

    /**
     * Records "not the same person" between the new record and each dismissed one. The registration stands whatever
     * happens here: a failure is logged by its class only, and that pair may be offered again.
     */
    void rememberFor(String registeredParticipantId, CommandGateway commands, String decidedBy) {
        for (String dismissed : participantIds) {
            try {
                commands.sendAndWait(DecideIdentity.of(registeredParticipantId, dismissed,
                        IdentityDecision.NOT_SAME_PERSON, decidedBy));
            } catch (RuntimeException failed) {
                Throwable cause = failed.getCause() == null ? failed : failed.getCause();
                log.warn("A dismissed likely match was not remembered: {}", cause.getClass().getName());
            }
        }
    }
}
