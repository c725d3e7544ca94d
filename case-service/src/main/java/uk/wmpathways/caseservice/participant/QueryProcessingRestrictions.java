package uk.wmpathways.caseservice.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;

/** Asks the read side ({@link IsProcessingRestricted}). */
@Component
class QueryProcessingRestrictions implements ProcessingRestrictions {

    private final QueryGateway queries;

    QueryProcessingRestrictions(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean restricted(String participantId) {
        return Boolean.TRUE.equals(queries.query(new IsProcessingRestricted(participantId),
                ResponseTypes.instanceOf(Boolean.class)).join());
    }
}
