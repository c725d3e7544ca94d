package uk.wmpathways.reporting.participant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;
import uk.wmpathways.reporting.readmodel.SequencedWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps the participant read model and answers the participant queries. Updates are idempotent by event
 * sequence number (an event applied twice changes nothing), and the read model can be rebuilt online
 * ({@code ProjectionRebuilds}): writes go to {@link ReadModelCollections#target}, queries read
 * {@link ReadModelCollections#live}.
 */
@Component
@ProcessingGroup(ParticipantProjection.PROCESSING_GROUP)
class ParticipantProjection {

    static final String PROCESSING_GROUP = "participants";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final QueryUpdateEmitter updates;
    private final Counter applied;

    ParticipantProjection(MongoTemplate mongo, ReadModelCollections collections, QueryUpdateEmitter updates,
                          MeterRegistry meters) {
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
        mongo.indexOps(collection)
                .ensureIndex(new Index().on("localAuthority", Sort.Direction.ASC).on("sortKey", Sort.Direction.ASC));
    }

    @EventHandler
    void on(ParticipantRegistered event, @SequenceNumber long sequence) {
        ParticipantDocument document = ParticipantDocument.registered(event, sequence);
        String collection = collections.target(PROCESSING_GROUP);
        if (mongo.findById(event.participantId(), ParticipantDocument.class, collection) == null) {
            mongo.save(document, collection);
        }
        applied.increment();
        notifyWatchers(document.summary());
    }

    @EventHandler
    void on(ParticipantContactDetailsChanged event, @SequenceNumber long sequence) {
        String collection = collections.target(PROCESSING_GROUP);
        SequencedWrites.apply(mongo, collection, event.participantId(), sequence,
                new Update().set("phone", event.phoneNumber()).set("email", event.email()));
        applied.increment();
        ParticipantDocument document = mongo.findById(event.participantId(), ParticipantDocument.class, collection);
        if (document != null) {
            notifyWatchers(document.summary());
        }
    }

    private void notifyWatchers(ParticipantSummary summary) {
        updates.emit(FindParticipant.class, query -> query.participantId().equals(summary.participantId()), summary);
        updates.emit(SearchParticipants.class, query -> matches(query, summary), summary);
    }

    @ResetHandler
    void reset() {
        String collection = collections.target(PROCESSING_GROUP);
        if (mongo.collectionExists(collection)) {
            mongo.dropCollection(collection);
        }
        ensureIndexes(collection);
    }

    @QueryHandler
    ParticipantSummary find(FindParticipant query) {
        ParticipantDocument document = mongo.findById(query.participantId(), ParticipantDocument.class,
                collections.live(PROCESSING_GROUP));
        return document == null ? null : document.summary();
    }

    @QueryHandler
    ParticipantPage search(SearchParticipants query) {
        Query filter = new Query(criteria(query));
        String collection = collections.live(PROCESSING_GROUP);
        long total = mongo.count(filter, ParticipantDocument.class, collection);
        filter.with(Sort.by("sortKey")).skip((long) query.page() * query.size()).limit(query.size());
        List<ParticipantSummary> items = mongo.find(filter, ParticipantDocument.class, collection).stream()
                .map(ParticipantDocument::summary)
                .toList();
        return new ParticipantPage(items, total, query.page(), query.size());
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
