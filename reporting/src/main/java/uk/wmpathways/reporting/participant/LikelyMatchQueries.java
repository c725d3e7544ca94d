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
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The duplicate check ({@link FindLikelyMatches}) over the participant read model. Candidates are fetched by
 * equality only (the same NHS number, a date of birth a slip could give, or the same name either way round), so a
 * check reads a handful of documents rather than everyone, then scored by {@link PersonMatcher}. An organisation
 * that does not hold a candidate's record gets the minimal answer about it, as {@code FindKnownPerson} gives: no
 * name, no date of birth, no reasons; whom to contact. Records decided "not the same person" as the excluded
 * record, or already linked to it, are not offered. Every candidate shown is logged as a duplicate check.
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
        String nhsNumber = query.nhsNumber() == null ? null : NhsNumber.digitsOf(query.nhsNumber()).orElse(null);
        PersonDetails asked = new PersonDetails(query.givenName(), query.familyName(), query.dateOfBirth(), nhsNumber,
                query.sex(), query.postcode());
        Set<String> leftOut = leftOut(query.excludeParticipantId());
        List<Scored> likely = new ArrayList<>();
        for (ParticipantDocument candidate : candidates(asked)) {
            if (leftOut.contains(candidate.participantId())) {
                continue;
            }
            MatchScore score = PersonMatcher.compare(asked, detailsOf(candidate));
            if (score.likely()) {
                likely.add(new Scored(candidate, score));
            }
        }
        List<LikelyMatch> answer = likely.stream()
                .sorted(Comparator.comparingDouble((Scored scored) -> -scored.score().score()))
                .limit(MOST_CANDIDATES)
                .map(scored -> answerFor(caller, scored))
                .toList();
        if (!answer.isEmpty()) {
            access.viewed(caller, AccessAction.CHECK_KNOWN, AccessPurpose.DUPLICATE_CHECK,
                    answer.stream().map(LikelyMatch::participantId).toList(), null);
        }
        return new LikelyMatches(answer);
    }

    private record Scored(ParticipantDocument document, MatchScore score) {
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

    private List<ParticipantDocument> candidates(PersonDetails asked) {
        List<Criteria> any = new ArrayList<>();
        if (asked.verifiedNhsNumber() != null) {
            any.add(Criteria.where("nhsNumber").is(asked.verifiedNhsNumber()));
        }
        if (asked.dateOfBirth() != null) {
            any.add(Criteria.where("dateOfBirth").in(DateVariants.of(asked.dateOfBirth())));
        }
        String given = asked.givenName() == null ? "" : asked.givenName().trim();
        String family = asked.familyName() == null ? "" : asked.familyName().trim();
        if (!family.isEmpty()) {
            any.add(Criteria.where("searchName").in((given + " " + family).toLowerCase(Locale.ROOT),
                    (family + " " + given).toLowerCase(Locale.ROOT)));
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
