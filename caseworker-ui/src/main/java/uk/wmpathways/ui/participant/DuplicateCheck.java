package uk.wmpathways.ui.participant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.PersonDetails;
import uk.wmpathways.caseservice.api.identity.PersonMatcher;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The duplicate check ({@code FindLikelyMatches}) as the screens ask it, for the signed-in caseworker: before a
 * registration, and for the referred people of the GP referral inbox (a page at once). The matcher may fail or not
 * be there (no handler): the answer is then empty, so that a screen says "duplicate check unavailable" instead of
 * pretending there is no match; registration goes on without it (the check is a help, not a gate). A failure is
 * logged by its class only: the query and its answer hold personal data.
 */
public final class DuplicateCheck {

    public static final String UNAVAILABLE = "Duplicate check unavailable";
    private static final Logger log = LoggerFactory.getLogger(DuplicateCheck.class);
    private static final int TIMEOUT_SECONDS = 10;

    private final QueryGateway queries;

    public DuplicateCheck(QueryGateway queries) {
        this.queries = queries;
    }

    /** The person as given (blank NHS number as none); {@code sex} and {@code postcode} may be null. */
    public static FindLikelyMatches person(String givenName, String familyName, LocalDate dateOfBirth,
                                           String nhsNumber, String sex, String postcode) {
        return new FindLikelyMatches(givenName, familyName, dateOfBirth,
                nhsNumber == null || nhsNumber.isBlank() ? null : nhsNumber, sex, postcode, null);
    }

    /** The likely matches of one person, or empty when the check could not be made. */
    public Optional<LikelyMatches> likelyMatches(FindLikelyMatches person) {
        try {
            return Optional.ofNullable(queries.query(person, ResponseTypes.instanceOf(LikelyMatches.class))
                    .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join());
        } catch (RuntimeException failure) {
            log.warn("{}: {}", UNAVAILABLE, rootClass(failure));
            return Optional.empty();
        }
    }

    /** Before a registration: no match when the check could not be made, so the caseworker can go on. */
    LikelyMatches beforeRegistering(String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber) {
        return likelyMatches(person(givenName, familyName, dateOfBirth, nhsNumber, null, null))
                .orElse(new LikelyMatches(List.of()));
    }

    /**
     * The likely matches of several people in one query, under the keys given; empty when the check could not be
     * made. A key missing from the answer was not checked.
     */
    public Optional<Map<String, LikelyMatches>> likelyMatchesOfEach(Map<String, FindLikelyMatches> people) {
        if (people.isEmpty()) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.ofNullable(queries.query(new FindLikelyMatchesOfEach(people),
                            ResponseTypes.instanceOf(LikelyMatchesOfEach.class))
                    .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join()).map(LikelyMatchesOfEach::byKey);
        } catch (RuntimeException failure) {
            log.warn("{}: {}", UNAVAILABLE, rootClass(failure));
            return Optional.empty();
        }
    }

    /** The result in a few words for a worklist. */
    public static String summary(Optional<LikelyMatches> matches) {
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

    /**
     * The result in a few words, with how many of the other people asked with it (a page of referrals) are likely
     * the same person: two referrals of one person may arrive before either is registered.
     */
    public static String summary(Optional<LikelyMatches> matches, int othersLikelySame) {
        String known = summary(matches);
        if (othersLikelySame == 0) {
            return known;
        }
        String others = othersLikelySame == 1 ? "another referral here" : othersLikelySame + " other referrals here";
        return matches.map(LikelyMatches::any).orElse(true) ? known + "; also likely the same person as " + others
                : "Likely the same person as " + others;
    }

    /** For each person, how many of the others given are likely the same person (by the same matcher). */
    public static Map<String, Integer> likelySameAmong(Map<String, FindLikelyMatches> people) {
        Map<String, PersonDetails> details = new LinkedHashMap<>();
        people.forEach((key, person) -> details.put(key, new PersonDetails(person.givenName(), person.familyName(),
                person.dateOfBirth(), person.nhsNumber(), person.sex(), person.postcode())));
        List<String> keys = List.copyOf(details.keySet());
        Map<String, Integer> counts = new HashMap<>();
        keys.forEach(key -> counts.put(key, 0));
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                if (PersonMatcher.compare(details.get(keys.get(i)), details.get(keys.get(j))).likely()) {
                    counts.merge(keys.get(i), 1, Integer::sum);
                    counts.merge(keys.get(j), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static String rootClass(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getName();
    }
}
