package uk.wmpathways.ui.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;

import java.time.LocalDate;
import java.util.List;

/**
 * Asks the duplicate check before a registration. If the check itself fails, registration goes on (it is a help to
 * the caseworker, not a gate): the failure is logged by its class only, never with what was typed.
 */
class DuplicateCheck {

    private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);

    private final QueryGateway queries;

    DuplicateCheck(QueryGateway queries) {
        this.queries = queries;
    }

    LikelyMatches likelyMatches(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber) {
        try {
            return queries.query(new FindLikelyMatches(givenName, familyName, dateOfBirth,
                            nhsNumber == null || nhsNumber.isBlank() ? null : nhsNumber, null, null, null),
                    ResponseTypes.instanceOf(LikelyMatches.class)).join();
        } catch (RuntimeException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            log.warn("Duplicate check failed before a registration: {}", cause.getClass().getName());
            return new LikelyMatches(List.of());
        }
    }
}
