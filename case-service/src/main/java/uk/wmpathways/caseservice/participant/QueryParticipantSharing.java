package uk.wmpathways.caseservice.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantQueries.IsParticipantOfOrganisation;

/** Asks the read side ({@link IsParticipantOfOrganisation}). */
@Component
class QueryParticipantSharing implements ParticipantSharing {

    private final QueryGateway queries;

    QueryParticipantSharing(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean supports(String organisation, String participantId) {
        return Boolean.TRUE.equals(queries.query(new IsParticipantOfOrganisation(participantId, organisation),
                ResponseTypes.instanceOf(Boolean.class)).join());
    }
}
