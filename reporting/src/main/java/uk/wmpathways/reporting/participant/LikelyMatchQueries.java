package uk.wmpathways.reporting.participant;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.identity.DateVariants;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatchesOfEach;
import uk.wmpathways.caseservice.api.identity.MatchScore;
import uk.wmpathways.caseservice.api.identity.PersonDetails;
import uk.wmpathways.caseservice.api.identity.PersonMatcher;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;
import uk.wmpathways.reporting.identity.IdentityDecisionsProjection;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The duplicate check ({@link FindLikelyMatches}) over the participant read model. Candidates are fetched by
 * equality only (the same NHS number, a date of birth a slip could give, or the same name either way round), so a
 * check reads a handful of documents rather than everyone, then scored by {@link PersonMatcher}. An organisation
 * that does not hold a candidate's record gets the minimal answer about it, as {@code FindKnownPerson} gives: no
 * name, no date of birth, no reasons; whom to contact. Records decided "not the same person" as the excluded
 * record, or already linked to it, are not offered. Every candidate shown is logged as a duplicate check. A page of
 * people ({@link FindLikelyMatchesOfEach}) is answered from one read of the participants, as each alone would be.
 */
@Component
class LikelyMatchQueries {

    static final int MOST_CANDIDATES = 10;

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ReadAccess access;
    private final ParticipantOrganisations organisations;
    private final IdentityDecisionsProjection decisions;

    LikelyMatchQueries(MongoTemplate mongo, ReadModelCollections collections, ReadAccess access,
                       ParticipantOrganisations organisations, IdentityDecisionsProjection decisions) {
        this.mongo = mongo;
        this.collections = collections;
        this.access = access;
        this.organisations = organisations;
        this.decisions = decisions;
    }

    @QueryHandler
    LikelyMatches likelyMatches(FindLikelyMatches query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        return answer(caller, Map.of(ONE, query)).get(ONE);
    }

    /** Several people in one read of the participants (a page of the inbox), each answered as if asked alone. */
    @QueryHandler
    LikelyMatchesOfEach likelyMatchesOfEach(FindLikelyMatchesOfEach query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        return new LikelyMatchesOfEach(answer(caller, query.people()));
    }

    private static final String ONE = "one";

    private Map<String, LikelyMatches> answer(Caller caller, Map<String, FindLikelyMatches> people) {
        Map<String, Asked> asked = new LinkedHashMap<>();
        people.forEach((key, query) -> asked.put(key, Asked.of(query)));
        List<ParticipantDocument> fetched = candidates(asked.values());
        Map<String, LikelyMatches> answers = new LinkedHashMap<>();
        Set<String> shown = new LinkedHashSet<>();
        asked.forEach((key, person) -> {
            Set<String> leftOut = leftOut(people.get(key).excludeParticipantId());
            List<LikelyMatch> answer = fetched.stream()
                    .filter(candidate -> person.mayBe(candidate) && !leftOut.contains(candidate.participantId()))
                    .map(candidate -> new Scored(candidate, PersonMatcher.compare(person.details(),
                            detailsOf(candidate))))
                    .filter(scored -> scored.score().likely())
                    .sorted(Comparator.comparingDouble((Scored scored) -> -scored.score().score()))
                    .limit(MOST_CANDIDATES)
                    .map(scored -> answerFor(caller, scored))
                    .toList();
            answer.forEach(match -> shown.add(match.participantId()));
            answers.put(key, new LikelyMatches(answer));
        });
        if (!shown.isEmpty()) {
            access.viewed(caller, AccessAction.CHECK_KNOWN, AccessPurpose.DUPLICATE_CHECK, List.copyOf(shown), null);
        }
        return answers;
    }

    private record Scored(ParticipantDocument document, MatchScore score) {
    }

    /**
     * A person asked about and the keys their candidates are fetched by: the same NHS number, a date of birth a
     * slip could give, or the same name either way round. Anything the matcher could call likely through the date
     * has one of them.
     */
    private record Asked(PersonDetails details, Set<LocalDate> dates, Set<String> searchNames) {

        static Asked of(FindLikelyMatches query) {
            String nhsNumber = query.nhsNumber() == null ? null
                    : NhsNumber.digitsOf(query.nhsNumber()).orElse(null);
            PersonDetails details = new PersonDetails(query.givenName(), query.familyName(), query.dateOfBirth(),
                    nhsNumber, query.sex(), query.postcode());
            Set<LocalDate> dates = query.dateOfBirth() == null ? Set.of() : Set.copyOf(
                    DateVariants.of(query.dateOfBirth()));
            String given = query.givenName() == null ? "" : query.givenName().trim();
            String family = query.familyName() == null ? "" : query.familyName().trim();
            // Set.copyOf, not Set.of: the two orders are one name when the given and family names are the same
            // (an erased referral reads "[erased] [erased]"), and Set.of refuses a duplicate.
            Set<String> names = family.isEmpty() ? Set.of() : Set.copyOf(List.of(
                    (given + " " + family).toLowerCase(Locale.ROOT), (family + " " + given).toLowerCase(Locale.ROOT)));
            return new Asked(details, dates, names);
        }

        boolean mayBe(ParticipantDocument candidate) {
            return (details.verifiedNhsNumber() != null && details.verifiedNhsNumber().equals(candidate.nhsNumber()))
                    || (candidate.dateOfBirth() != null && dates.contains(candidate.dateOfBirth()))
                    || (candidate.searchName() != null && searchNames.contains(candidate.searchName()));
        }
    }

    private Set<String> leftOut(String excluded) {
        Set<String> leftOut = new HashSet<>();
        if (excluded != null) {
            leftOut.add(excluded);
            leftOut.addAll(decisions.notSamePersonAs(excluded));
            leftOut.addAll(decisions.linkedTo(excluded));
        }
        return leftOut;
    }

    /** Every asked person's candidates in one query, by equality only. */
    private List<ParticipantDocument> candidates(Collection<Asked> people) {
        Set<String> nhsNumbers = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Asked person : people) {
            if (person.details().verifiedNhsNumber() != null) {
                nhsNumbers.add(person.details().verifiedNhsNumber());
            }
            dates.addAll(person.dates());
            names.addAll(person.searchNames());
        }
        List<Criteria> any = new ArrayList<>();
        if (!nhsNumbers.isEmpty()) {
            any.add(Criteria.where("nhsNumber").in(nhsNumbers));
        }
        if (!dates.isEmpty()) {
            any.add(Criteria.where("dateOfBirth").in(dates));
        }
        if (!names.isEmpty()) {
            any.add(Criteria.where("searchName").in(names));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(new Criteria().orOperator(any)), ParticipantDocument.class,
                collections.live(ParticipantProjection.PROCESSING_GROUP));
    }

    /** A record's NHS number counts as verified: it was checked when registered and is held by one record only. */
    private static PersonDetails detailsOf(ParticipantDocument document) {
        return new PersonDetails(document.givenName(), document.familyName(), document.dateOfBirth(),
                document.nhsNumber(), null, null);
    }

    private LikelyMatch answerFor(Caller caller, Scored scored) {
        ParticipantDocument document = scored.document();
        List<String> mayRead = new ArrayList<>(organisations.of(document.participantId()));
        if (document.registeringOrganisation() != null) {
            mayRead.add(document.registeringOrganisation());
        }
        boolean held = caller.system() || mayRead.contains(caller.organisation());
        List<String> toContact = organisations.supporting(document.participantId());
        if (toContact.isEmpty() && document.registeringOrganisation() != null) {
            toContact = List.of(document.registeringOrganisation());
        }
        MatchScore score = scored.score();
        return held
                ? new LikelyMatch(document.participantId(), score.score(), score.sameVerifiedNhsNumber(),
                score.reasons(), true, document.givenName() + " " + document.familyName(), document.dateOfBirth(),
                toContact)
                : new LikelyMatch(document.participantId(), score.score(), score.sameVerifiedNhsNumber(), List.of(),
                false, null, null, toContact);
    }
}
