package uk.wmpathways.reporting.participant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps the participant read model and answers the participant queries. Each update is keyed by the
 * participant id (a replace with upsert), so applying an event twice leaves the same document.
 */
@Component
@ProcessingGroup(ParticipantProjection.PROCESSING_GROUP)
class ParticipantProjection {

    static final String PROCESSING_GROUP = "participants";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;
    private final Counter applied;

    ParticipantProjection(MongoTemplate mongo, QueryUpdateEmitter updates, MeterRegistry meters) {
        this.mongo = mongo;
        this.updates = updates;
        this.applied = Counter.builder("pathways.projection.events.applied")
                .description("Events applied to a read model")
                .tag("projection", PROCESSING_GROUP)
                .register(meters);
        // Real MongoDB serves the equality filters and the sort from these; the embedded server keeps only
        // unique indexes, so it scans (fine at demo sizes).
        mongo.indexOps(ParticipantDocument.COLLECTION).ensureIndex(new Index().on("sortKey", Sort.Direction.ASC));
        mongo.indexOps(ParticipantDocument.COLLECTION).ensureIndex(new Index().on("nhsNumber", Sort.Direction.ASC));
        mongo.indexOps(ParticipantDocument.COLLECTION)
                .ensureIndex(new Index().on("localAuthority", Sort.Direction.ASC).on("sortKey", Sort.Direction.ASC));
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        ParticipantDocument document = ParticipantDocument.registered(event);
        mongo.save(document);
        applied.increment();
        ParticipantSummary summary = document.summary();
        updates.emit(FindParticipant.class, query -> query.participantId().equals(summary.participantId()), summary);
        updates.emit(SearchParticipants.class, query -> matches(query, summary), summary);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ParticipantDocument.COLLECTION);
    }

    @QueryHandler
    ParticipantSummary find(FindParticipant query) {
        ParticipantDocument document = mongo.findById(query.participantId(), ParticipantDocument.class);
        return document == null ? null : document.summary();
    }

    @QueryHandler
    ParticipantPage search(SearchParticipants query) {
        Query filter = new Query(criteria(query));
        long total = mongo.count(filter, ParticipantDocument.class);
        filter.with(Sort.by("sortKey")).skip((long) query.page() * query.size()).limit(query.size());
        List<ParticipantSummary> items = mongo.find(filter, ParticipantDocument.class).stream()
                .map(ParticipantDocument::summary)
                .toList();
        return new ParticipantPage(items, total, query.page(), query.size());
    }

    private static Criteria criteria(SearchParticipants query) {
        List<Criteria> all = new ArrayList<>();
        if (query.localAuthority() != null) {
            all.add(Criteria.where("localAuthority").is(query.localAuthority()));
        }
        String text = query.text() == null ? "" : query.text().trim();
        if (!text.isEmpty()) {
            Criteria byName = Criteria.where("searchName")
                    .regex(Pattern.quote(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
            all.add(NhsNumber.digitsOf(text)
                    .map(digits -> new Criteria().orOperator(byName, Criteria.where("nhsNumber").is(digits)))
                    .orElse(byName));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /** Whether a participant belongs in a search's results: used to tell watching lists of a new entry. */
    static boolean matches(SearchParticipants query, ParticipantSummary participant) {
        if (query.localAuthority() != null && query.localAuthority() != participant.localAuthority()) {
            return false;
        }
        String text = query.text() == null ? "" : query.text().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return true;
        }
        String name = (participant.givenName() + " " + participant.familyName()).toLowerCase(Locale.ROOT);
        return name.contains(text) || NhsNumber.digitsOf(text).map(d -> d.equals(participant.nhsNumber())).orElse(false);
    }
}
