package uk.wmpathways.caseservice.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantQueries.CountOpenEnrolments;

/** Asks the read side ({@link CountOpenEnrolments}). */
@Component
class QueryErasureChecks implements ErasureChecks {

    private final QueryGateway queries;

    QueryErasureChecks(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public int openEnrolments(String participantId) {
        Integer open = queries.query(new CountOpenEnrolments(participantId), ResponseTypes.instanceOf(Integer.class))
                .join();
        return open == null ? 0 : open;
    }
}
