package uk.wmpathways.caseservice.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.IsProcessingRestricted;
import uk.wmpathways.infra.access.Caller;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the read side ({@link IsProcessingRestricted}), once per person and caller in a unit of work and the units
 * nested in it. The answer cannot change within it: the consent record takes in the unit's own events only when
 * the outermost unit commits. So the steps of one story loaded together (the demo data) ask once, not once a step.
 */
@Component
class QueryProcessingRestrictions implements ProcessingRestrictions {

    private static final String ANSWERS = QueryProcessingRestrictions.class.getName() + ".answers";

    private final QueryGateway queries;

    QueryProcessingRestrictions(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public boolean restricted(String participantId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return ask(participantId);
        }
        UnitOfWork<?> handling = CurrentUnitOfWork.get();
        Optional<Caller> caller = Caller.from(handling.getMessage().getMetaData());
        Map<Map.Entry<String, Optional<Caller>>, Boolean> answers =
                handling.root().getOrComputeResource(ANSWERS, key -> new HashMap<>());
        return answers.computeIfAbsent(Map.entry(participantId, caller), key -> ask(participantId));
    }

    private boolean ask(String participantId) {
        return Boolean.TRUE.equals(queries.query(new IsProcessingRestricted(participantId),
                ResponseTypes.instanceOf(Boolean.class)).join());
    }
}
