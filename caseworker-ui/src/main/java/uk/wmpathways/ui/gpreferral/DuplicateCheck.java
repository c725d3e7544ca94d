package uk.wmpathways.ui.gpreferral;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The duplicate check for a referred person ({@code FindLikelyMatches}), answered for the signed-in caseworker. The
 * matcher is built apart and may not be there (no handler) or may fail: the inbox then says "duplicate check
 * unavailable" instead of pretending there is no match.
 */
final class DuplicateCheck {

    static final String UNAVAILABLE = "Duplicate check unavailable";
    private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);

    private DuplicateCheck() {
    }

    /** The likely matches, or empty when the check could not be made. */
    static Optional<LikelyMatches> of(QueryGateway queries, String givenName, String familyName, LocalDate dateOfBirth,
                                      String nhsNumber, String sex, String postcode) {
        try {
            return Optional.ofNullable(queries.query(new FindLikelyMatches(givenName, familyName, dateOfBirth,
                            nhsNumber, sex, postcode, null), ResponseTypes.instanceOf(LikelyMatches.class))
                    .orTimeout(10, TimeUnit.SECONDS).join());
        } catch (RuntimeException failure) {
            // The class only: the query and its answer hold personal data
            log.warn("Duplicate check unavailable: {}", rootClass(failure));
            return Optional.empty();
        }
    }

    /** The result in a few words for the worklist. */
    static String summary(Optional<LikelyMatches> matches) {
        if (matches.isEmpty()) {
            return UNAVAILABLE;
        }
        if (!matches.get().any()) {
            return "No likely match";
        }
        if (matches.get().candidates().stream().anyMatch(LikelyMatch::sameVerifiedNhsNumber)) {
            return "Known: same verified NHS number";
        }
        int count = matches.get().candidates().size();
        return count == 1 ? "1 likely match" : count + " likely matches";
    }

    private static String rootClass(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName();
    }
}
