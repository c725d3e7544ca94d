package uk.wmpathways.reporting.participant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindKnownPerson;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.IsParticipantOfOrganisation;
import uk.wmpathways.caseservice.api.ParticipantQueries.KnownPerson;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.SplittablePerAggregate;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.readmodel.SequencedWrites;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.casework.ParticipantOrganisations;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps the participant read model and answers the participant queries. Updates are idempotent by event
 * sequence number (an event applied twice changes nothing), and the read model can be rebuilt online
 * ({@code ProjectionRebuilds}): writes go to {@link ReadModelCollections#target}, queries read
 * {@link ReadModelCollections#live}.
 */
@Component
@ProcessingGroup(ParticipantProjection.PROCESSING_GROUP)
@SplittablePerAggregate
class ParticipantProjection {

    static final String PROCESSING_GROUP = "participants";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final QueryUpdateEmitter updates;
    private final Counter applied;
    private final ReadAccess access;
    private final ParticipantOrganisations organisations;

    ParticipantProjection(MongoTemplate mongo, ReadModelCollections collections, QueryUpdateEmitter updates,
                          MeterRegistry meters, ReadAccess access, ParticipantOrganisations organisations) {
        this.access = access;
        this.organisations = organisations;
        this.mongo = mongo;
        this.collections = collections;
        this.updates = updates;
        this.applied = Counter.builder("pathways.projection.events.applied")
                .description("Events applied to a read model")
                .tag("projection", PROCESSING_GROUP)
                .register(meters);
        ensureIndexes(collections.live(PROCESSING_GROUP));
    }

    /** Real MongoDB serves the filters and the sort from these; the embedded server keeps only unique indexes. */
    private void ensureIndexes(String collection) {
        mongo.indexOps(collection).ensureIndex(new Index().on("sortKey", Sort.Direction.ASC));
        mongo.indexOps(collection).ensureIndex(new Index().on("nhsNumber", Sort.Direction.ASC));
        // the duplicate check fetches candidates by date of birth (LikelyMatchQueries)
        mongo.indexOps(collection).ensureIndex(new Index().on("dateOfBirth", Sort.Direction.ASC));
        mongo.indexOps(collection).ensureIndex(new Index().on("registeringOrganisation", Sort.Direction.ASC));
        mongo.indexOps(collection)
                .ensureIndex(new Index().on("localAuthority", Sort.Direction.ASC).on("sortKey", Sort.Direction.ASC));
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence, TrackingToken token) {
        ParticipantDocument document = ParticipantDocument.registered(event, sequence);
        BatchedWrites.of(mongo).insertIfAbsent(document, collections.target(PROCESSING_GROUP));
        applied.increment();
        if (!ReplayToken.isReplay(token)) {
            notifyWatchers(document);
        }
    }

    @EventHandler
    void on(ParticipantContactDetailsChanged event, @SequenceNumber long sequence, TrackingToken token) {
        String collection = collections.target(PROCESSING_GROUP);
        BatchedWrites writes = BatchedWrites.of(mongo);
        SequencedWrites.apply(writes, collection, event.participantId(), sequence,
                new Update().set("phone", event.phoneNumber()).set("email", event.email()));
        applied.increment();
        if (ReplayToken.isReplay(token)) {
            return; // nobody watches a rebuild's collection
        }
        ParticipantDocument document = writes.findById(event.participantId(), ParticipantDocument.class, collection);
        if (document != null) {
            notifyWatchers(document);
        }
    }

    /** What a rebuild would read from the person's events once their key is destroyed. */
    @EventHandler
    void on(ParticipantErased event, @SequenceNumber long sequence) {
        String collection = collections.target(PROCESSING_GROUP);
        SequencedWrites.apply(BatchedWrites.of(mongo), collection, event.participantId(), sequence,
                ParticipantDocument.erased(event.participantId()));
        applied.increment();
    }

    /** The organisations that may see the person: the casework read model's, and the registering one at once. */
    private List<String> whoMaySee(ParticipantDocument document) {
        List<String> organisationsOf = new ArrayList<>(organisations.of(document.participantId()));
        if (document.registeringOrganisation() != null) {
            organisationsOf.add(document.registeringOrganisation());
        }
        return organisationsOf;
    }

    /**
     * Only watchers whose organisation may see the person are told. Who may see them is read only once a watcher of
     * this person is found: two reads for every event handled, when mostly nobody watches (the demo load's
     * registrations read them 12,000 times for no one).
     */
    private void notifyWatchers(ParticipantDocument document) {
        ParticipantSummary summary = document.summary();
        SingletonSupplier<List<String>> mayWatch = SingletonSupplier.of(() -> whoMaySee(document));
        updates.emit(message -> message.getPayload() instanceof FindParticipant query
                && query.participantId().equals(summary.participantId())
                && ReadAccess.mayWatch(message.getMetaData(), mayWatch.obtain()), summary);
        updates.emit(message -> message.getPayload() instanceof SearchParticipants query
                && matches(query, summary) && ReadAccess.mayWatch(message.getMetaData(), mayWatch.obtain()), summary);
    }

    @ResetHandler
    void reset() {
        collections.dropTarget(PROCESSING_GROUP);
        ensureIndexes(collections.target(PROCESSING_GROUP));
    }

    @QueryHandler
    ParticipantSummary find(FindParticipant query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        ParticipantDocument document = mongo.findById(query.participantId(), ParticipantDocument.class,
                collections.live(PROCESSING_GROUP));
        if (document == null) {
            return null;
        }
        AccessPurpose purpose = access.participant(caller, AccessAction.VIEW_PARTICIPANT, query.participantId(),
                whoMaySee(document));
        access.viewed(caller, AccessAction.VIEW_PARTICIPANT, purpose, List.of(query.participantId()), null);
        return document.summary();
    }

    /** Only among the people the caller's organisation may see (and those they broke the glass for). */
    @QueryHandler
    ParticipantPage search(SearchParticipants query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        Criteria criteria = criteria(query);
        if (!caller.system()) {
            List<String> visible = new ArrayList<>(organisations.participantsOf(caller.organisation()));
            visible.addAll(access.glassParticipants(caller));
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("_id").in(visible),
                    Criteria.where("registeringOrganisation").is(caller.organisation())));
        }
        Query filter = new Query(criteria);
        String collection = collections.live(PROCESSING_GROUP);
        long total = mongo.count(filter, ParticipantDocument.class, collection);
        filter.with(Sort.by("sortKey")).skip((long) query.page() * query.size()).limit(query.size());
        List<ParticipantSummary> items = mongo.find(filter, ParticipantDocument.class, collection).stream()
                .map(ParticipantDocument::summary)
                .toList();
        access.searched(caller, AccessAction.SEARCH_PARTICIPANTS, searchWords(query),
                items.stream().map(ParticipantSummary::participantId).toList());
        return new ParticipantPage(items, total, query.page(), query.size());
    }

    private static String searchWords(SearchParticipants query) {
        return "text=" + (query.text() == null ? "" : query.text())
                + (query.localAuthority() == null ? "" : " localAuthority=" + query.localAuthority())
                + " page=" + query.page();
    }

    /** Whether the organisation may change the person's details (it registered or supports them). */
    @QueryHandler
    Boolean isParticipantOf(IsParticipantOfOrganisation query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !Objects.equals(caller.organisation(), query.organisation())) {
            throw new AccessRefusedException("You can ask about your own organisation only");
        }
        return organisations.supporting(query.participantId()).contains(query.organisation());
    }

    /**
     * Whether someone with this NHS number is known, and which organisations to contact: the minimal answer
     * registration needs, recorded in the access log as a duplicate check.
     */
    @QueryHandler
    KnownPerson knownPerson(FindKnownPerson query, MetaData metaData) {
        Caller caller = access.caseworker(metaData);
        String digits = NhsNumber.digitsOf(query.nhsNumber()).orElse(null);
        ParticipantDocument document = digits == null ? null : mongo.findOne(
                Query.query(Criteria.where("nhsNumber").is(digits)), ParticipantDocument.class,
                collections.live(PROCESSING_GROUP));
        if (document == null) {
            return new KnownPerson(false, List.of());
        }
        access.viewed(caller, AccessAction.CHECK_KNOWN, AccessPurpose.DUPLICATE_CHECK,
                List.of(document.participantId()), null);
        return new KnownPerson(true, organisations.supporting(document.participantId()));
    }

    private static Criteria criteria(SearchParticipants query) {
        List<Criteria> all = new ArrayList<>();
        if (query.localAuthority() != null) {
            all.add(Criteria.where("localAuthority").is(query.localAuthority()));
        }
        String text = searchText(query);
        if (!text.isEmpty()) {
            Criteria byName = Criteria.where("searchName").regex(Pattern.quote(text));
            all.add(NhsNumber.digitsOf(text)
                    .map(digits -> new Criteria().orOperator(byName, Criteria.where("nhsNumber").is(digits)))
                    .orElse(byName));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** The search text as names are kept for searching: trimmed, lower case, single spaces. */
    private static String searchText(SearchParticipants query) {
        return query.text() == null ? "" : query.text().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Whether a participant belongs in a search's results: used to tell watching lists of a new entry. */
    static boolean matches(SearchParticipants query, ParticipantSummary participant) {
        if (query.localAuthority() != null && query.localAuthority() != participant.localAuthority()) {
            return false;
        }
        String text = searchText(query);
        if (text.isEmpty()) {
            return true;
        }
        String name = (participant.givenName() + " " + participant.familyName()).toLowerCase(Locale.ROOT);
        return name.contains(text) || NhsNumber.digitsOf(text).map(d -> d.equals(participant.nhsNumber())).orElse(false);
    }
}
