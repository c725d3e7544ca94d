package uk.wmpathways.reporting.casework;

import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static uk.wmpathways.reporting.casework.CaseworkProjection.DUE_ITEMS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.ENROLMENTS;
import static uk.wmpathways.reporting.casework.CaseworkProjection.PROCESSING_GROUP;
import static uk.wmpathways.reporting.casework.CaseworkProjection.TIMELINE;

/**
 * The enrolment queries, answered from the casework read model for the caller in the message's metadata
 * ({@link ReadAccess}): an enrolment is its delivering organisation's; an organisation that transferred one away
 * keeps the history it recorded and sees nothing recorded after; caseload and due lists are of the caller's
 * organisation and its workers only. A caseworker who broke the glass for a person sees all of theirs.
 */
@Component
class CaseworkQueries {

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ReadAccess access;
    private final ParticipantOrganisations participants;
    private final UserAccounts accounts;

    CaseworkQueries(MongoTemplate mongo, ReadModelCollections collections, ReadAccess access,
                    ParticipantOrganisations participants, UserAccounts accounts) {
        this.mongo = mongo;
        this.collections = collections;
        this.access = access;
        this.participants = participants;
        this.accounts = accounts;
    }

    /** What happened last first; of one day, what was recorded last first. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredOn"), Sort.Order.desc("globalPosition"));

    @QueryHandler
    EnrolmentSummary find(FindEnrolment query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        EnrolmentDocument document = enrolment(query.enrolmentId());
        if (document == null) {
            return null;
        }
        AccessPurpose purpose = purposeForCurrent(caller, document, AccessAction.VIEW_ENROLMENT);
        access.viewed(caller, AccessAction.VIEW_ENROLMENT, purpose, List.of(document.participantId()),
                document.enrolmentId());
        return document.summary();
    }

    private AccessPurpose purposeForCurrent(Caller caller, EnrolmentDocument document, AccessAction action) {
        if (caller.system() || Objects.equals(caller.organisation(), document.providerOrganisation())) {
            return AccessPurpose.OWN_ORGANISATION;
        }
        if (access.throughTheGlass(caller, document.participantId())) {
            return AccessPurpose.BREAK_GLASS;
        }
        if (document.organisationsSoFar().contains(caller.organisation())) {
            throw new AccessRefusedException("Your organisation transferred this enrolment to another: the "
                    + "person's timeline still shows what your organisation recorded");
        }
        throw access.refused(caller, action, document.participantId(), document.enrolmentId(),
                new AccessRefusedException("This enrolment is not shared with your organisation", true));
    }

    @QueryHandler
    List<EnrolmentSummary> participantEnrolments(FindParticipantEnrolments query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        AccessPurpose purpose = access.participant(caller, AccessAction.LIST_ENROLMENTS, query.participantId(),
                participants.of(query.participantId()));
        Criteria criteria = Criteria.where("participantId").is(query.participantId());
        if (purpose == AccessPurpose.OWN_ORGANISATION && !caller.system()) {
            criteria = criteria.and("providerOrganisation").is(caller.organisation());
        }
        List<EnrolmentSummary> enrolments = mongo.find(Query.query(criteria)
                        .with(Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("_id"))),
                EnrolmentDocument.class, collection(ENROLMENTS)).stream()
                .map(EnrolmentDocument::summary)
                .toList();
        access.viewed(caller, AccessAction.LIST_ENROLMENTS, purpose, List.of(query.participantId()), null);
        return enrolments;
    }

    @QueryHandler
    List<TimelineEntry> enrolmentHistory(FindEnrolmentHistory query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        EnrolmentDocument document = enrolment(query.enrolmentId());
        if (document == null) {
            return List.of();
        }
        AccessPurpose purpose;
        Predicate<TimelineDocument> shown = entry -> true;
        try {
            purpose = purposeForCurrent(caller, document, AccessAction.VIEW_HISTORY);
        } catch (AccessRefusedException notCurrent) {
            if (!document.organisationsSoFar().contains(caller.organisation())) {
                throw notCurrent;
            }
            purpose = AccessPurpose.FORMER_PROVIDER;
            shown = entry -> caller.organisation().equals(entry.organisation());
        }
        // newest first, as the participant's timeline: one order for every history
        List<TimelineEntry> entries = timeline(Query.query(Criteria.where("enrolmentId").is(query.enrolmentId()))
                .with(NEWEST_FIRST), shown);
        access.viewed(caller, AccessAction.VIEW_HISTORY, purpose, List.of(document.participantId()),
                document.enrolmentId());
        return entries;
    }

    @QueryHandler
    List<TimelineEntry> participantTimeline(FindParticipantTimeline query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        AccessPurpose purpose = access.participant(caller, AccessAction.VIEW_TIMELINE, query.participantId(),
                participants.of(query.participantId()));
        Predicate<TimelineDocument> shown = entry -> true;
        if (purpose == AccessPurpose.OWN_ORGANISATION && !caller.system()) {
            Set<String> delivered = mongo.find(Query.query(Criteria.where("participantId").is(query.participantId())
                            .and("providerOrganisation").is(caller.organisation())),
                    EnrolmentDocument.class, collection(ENROLMENTS)).stream()
                    .map(EnrolmentDocument::enrolmentId)
                    .collect(Collectors.toSet());
            shown = entry -> !entry.restrictedFrom(caller.organisation()) && (entry.enrolmentId() == null
                    || delivered.contains(entry.enrolmentId()) || caller.organisation().equals(entry.organisation()));
        }
        List<TimelineEntry> entries = timeline(Query.query(Criteria.where("participantId").is(query.participantId()))
                .with(NEWEST_FIRST), shown);
        access.viewed(caller, AccessAction.VIEW_TIMELINE, purpose, List.of(query.participantId()), null);
        return entries;
    }

    private List<TimelineEntry> timeline(Query filter, Predicate<TimelineDocument> shown) {
        return mongo.find(filter, TimelineDocument.class, collection(TIMELINE)).stream()
                .filter(shown)
                .map(TimelineDocument::entry)
                .toList();
    }

    @QueryHandler
    Caseload caseload(FindCaseload query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        requireOwnWorker(caller, query.worker());
        Criteria active = Criteria.where("assignedWorker").is(query.worker()).and("active").is(true);
        if (!caller.system()) {
            active = active.and("providerOrganisation").is(caller.organisation());
        }
        if (query.pathway() != null) {
            active = active.and("pathway").is(query.pathway());
        }
        List<String> words = query.nameWords();
        if (!words.isEmpty()) {
            // typed text is plain words, never a pattern: quoted, so ".*" or "(" find only themselves
            active = active.andOperator(words.stream()
                    .map(word -> Criteria.where("participantName").regex(Pattern.quote(word), "i"))
                    .toArray(Criteria[]::new));
        }
        List<EnrolmentDocument> documents = mongo.find(Query.query(active)
                        .with(Sort.by(Sort.Order.asc("nextDueOn"), Sort.Order.asc("_id"))),
                EnrolmentDocument.class, collection(ENROLMENTS));
        Map<Stage, Long> counted = documents.stream()
                .collect(Collectors.groupingBy(EnrolmentDocument::stage, Collectors.counting()));
        Map<Stage, Long> countsByStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (counted.containsKey(stage)) {
                countsByStage.put(stage, counted.get(stage));
            }
        }
        List<EnrolmentSummary> enrolments = documents.stream()
                .filter(document -> query.stage() == null || document.stage() == query.stage())
                .map(EnrolmentDocument::summary)
                .toList();
        access.searched(caller, AccessAction.VIEW_CASELOAD, "worker " + query.worker()
                        + (words.isEmpty() ? "" : ", by name"),
                enrolments.stream().map(EnrolmentSummary::participantId).distinct().toList());
        return new Caseload(enrolments, countsByStage);
    }

    /** Only active enrolments have due items: closing one removes them. */
    @QueryHandler
    List<DueEntry> dueItems(FindDueItems query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        if (query.worker() == null && query.organisation() == null) {
            return List.of();
        }
        if (query.organisation() != null && !caller.system()
                && !query.organisation().equals(caller.organisation())) {
            throw new AccessRefusedException("You can see what is due in your own organisation only");
        }
        if (query.worker() != null) {
            requireOwnWorker(caller, query.worker());
        }
        List<Criteria> all = new ArrayList<>();
        if (query.worker() != null) {
            all.add(Criteria.where("assignedWorker").is(query.worker()));
        }
        String organisation = caller.system() ? query.organisation() : caller.organisation();
        if (organisation != null) {
            all.add(Criteria.where("providerOrganisation").is(organisation));
        }
        if (query.dueBy() != null) {
            all.add(Criteria.where("dueOn").lte(query.dueBy()));
        }
        Criteria criteria = all.size() == 1 ? all.get(0) : new Criteria().andOperator(all);
        Query filter = Query.query(criteria).with(Sort.by(Sort.Order.asc("dueOn"), Sort.Order.asc("_id")));
        List<DueEntry> due = mongo.find(filter, DueItemDocument.class, collection(DUE_ITEMS)).stream()
                .map(DueItemDocument::entry)
                .toList();
        access.searched(caller, AccessAction.VIEW_DUE_ITEMS,
                query.worker() != null ? "worker " + query.worker() : "organisation " + organisation,
                due.stream().map(DueEntry::participantId).distinct().toList());
        return due;
    }

    /** A caseworker sees the caseload of workers of their own organisation only. */
    private void requireOwnWorker(Caller caller, String worker) {
        if (caller.system() || Objects.equals(worker, caller.username())) {
            return;
        }
        boolean colleague = accounts.find(worker)
                .map(account -> Objects.equals(account.organisation(), caller.organisation()))
                .orElse(false);
        if (!colleague) {
            throw new AccessRefusedException("You can see the caseloads of your own organisation's workers only");
        }
    }

    private EnrolmentDocument enrolment(String enrolmentId) {
        return mongo.findById(enrolmentId, EnrolmentDocument.class, collection(ENROLMENTS));
    }

    private String collection(String part) {
        return collections.live(PROCESSING_GROUP, part);
    }
}
