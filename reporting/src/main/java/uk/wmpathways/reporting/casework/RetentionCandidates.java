package uk.wmpathways.reporting.casework;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionRule;
import uk.wmpathways.caseservice.api.retention.RetentionRule.EnrolmentEnd;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.PersonalData;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.consent.ConsentSharing;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.wmpathways.reporting.casework.CaseworkProjection.ENROLMENTS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.PROCESSING_GROUP;
import static uk.wmpathways.reporting.casework.CaseworkProjection.REFERRALS;

/**
 * Who is past their retention period ({@link RetentionRule}), from the read models: each person not erased
 * (participants: registered at, erased placeholder), their enrolments' pathways and closure days and their pending
 * referrals (casework), and whether their processing is restricted (consent). Ids only, to the system and the
 * data protection officer only. People are read a page at a time in id order, each page's enrolments and pending
 * referrals by their indexed {@code participantId}, only the fields the rule needs: linear in people and
 * enrolments, once a day, in bounded memory.
 */
@Component
class RetentionCandidates {

    /**
     * People read at a time, with their enrolments and pending referrals: the job's memory stays bounded by this
     * (and the ids it answers) rather than growing with every enrolment of the region or the country.
     */
    static final int PAGE = 1_000;

    /** {@link #PAGE}; a test reads smaller pages to cross page boundaries. */
    int pageSize = PAGE;

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ConsentSharing consents;

    RetentionCandidates(MongoTemplate mongo, ReadModelCollections collections, ConsentSharing consents) {
        this.mongo = mongo;
        this.collections = collections;
        this.consents = consents;
    }

    @QueryHandler
    ParticipantsPastRetention pastRetention(FindParticipantsPastRetention query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.DATA_PROTECTION)) {
            throw new AccessRefusedException("Only the data protection officer and the retention job ask this");
        }
        Set<String> restricted = consents.restrictedParticipants();
        List<String> due = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<Document> page = peopleAfter(null);
        while (!page.isEmpty()) {
            List<String> ids = page.stream().map(person -> person.getString("_id")).toList();
            Map<String, List<EnrolmentEnd>> enrolments = enrolmentEnds(ids);
            Set<String> pendingReferrals = pendingReferrals(ids);
            for (Document person : page) {
                if (PersonalData.ERASED.equals(person.getString("givenName"))) {
                    continue;
                }
                String participantId = person.getString("_id");
                Date registeredAt = person.getDate("registeredAt");
                RetentionRule.Person facts = new RetentionRule.Person(participantId,
                        registeredAt == null ? null : UkTime.dayOf(registeredAt.toInstant()),
                        enrolments.getOrDefault(participantId, List.of()), pendingReferrals.contains(participantId),
                        restricted.contains(participantId));
                switch (RetentionRule.verdict(query.policy(), query.today(), facts)) {
                    case ERASE -> due.add(participantId);
                    case HOLD_PROCESSING_RESTRICTED -> held.add(participantId);
                    case KEEP -> {
                    }
                }
            }
            page = page.size() < pageSize ? List.of() : peopleAfter(ids.get(ids.size() - 1));
        }
        return new ParticipantsPastRetention(query.today(), due, held);
    }

    /** The next page of people by id after {@code lastId} (from the first when null). */
    private List<Document> peopleAfter(String lastId) {
        Query people = new Query(lastId == null ? new Criteria() : Criteria.where("_id").gt(lastId))
                .with(Sort.by("_id")).limit(pageSize);
        people.fields().include("_id").include("registeredAt").include("givenName");
        return mongo.find(people, Document.class, collections.live("participants"));
    }

    private Map<String, List<EnrolmentEnd>> enrolmentEnds(List<String> participantIds) {
        Query query = Query.query(Criteria.where("participantId").in(participantIds));
        query.fields().include("participantId").include("pathway").include("state.closedOn");
        Map<String, List<EnrolmentEnd>> ends = new HashMap<>();
        for (Document enrolment : mongo.find(query, Document.class, collections.live(PROCESSING_GROUP, ENROLMENTS))) {
            Document state = enrolment.get("state", Document.class);
            String pathway = enrolment.getString("pathway");
            ends.computeIfAbsent(enrolment.getString("participantId"), id -> new ArrayList<>())
                    .add(new EnrolmentEnd(pathway == null ? null : Pathway.valueOf(pathway),
                            state == null ? null : day(state.get("closedOn"))));
        }
        return ends;
    }

    private Set<String> pendingReferrals(List<String> participantIds) {
        Query query = Query.query(Criteria.where("participantId").in(participantIds)
                .and("status").is(ReferralStatus.PENDING.name()));
        query.fields().include("participantId");
        Set<String> pending = new HashSet<>();
        mongo.find(query, Document.class, collections.live(PROCESSING_GROUP, REFERRALS))
                .forEach(referral -> pending.add(referral.getString("participantId")));
        return pending;
    }

    /** The state keeps its days as ISO text; a stored date is read as the UK day it falls on. */
    private static LocalDate day(Object value) {
        if (value instanceof String text) {
            return LocalDate.parse(text);
        }
        if (value instanceof Date date) {
            return UkTime.dayOf(date.toInstant());
        }
        return null;
    }
}
