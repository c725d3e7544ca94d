package uk.wmpathways.reporting.casework;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindDueItems;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantTimeline;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read side of casework: enrolments with their state, what is due on them, and every participant's
 * timeline in plain words; and the enrolment queries. One processing group, so that a participant's name is
 * known before the events of their enrolments are handled (one tracking processor, one segment, in order).
 * <p>
 * Its collections are parts of one read model ({@link ReadModelCollections#target(String, String)}): they are
 * rebuilt online and swapped together. Enrolment events are idempotent by sequence number: an event is folded
 * into the enrolment's state only when the enrolment has not seen it yet, and the enrolment document, which
 * remembers that, is written after the due items and the timeline entry derived from the event.
 * <p>
 * Watchers are told of changes by key: a {@link FindEnrolment} or {@link FindParticipantEnrolments}
 * subscription gets the changed {@link EnrolmentSummary}, a {@link FindEnrolmentHistory} or
 * {@link FindParticipantTimeline} subscription the new {@link TimelineEntry}. Nothing is sent while a rebuild
 * replays old events.
 */
@Component
@ProcessingGroup(CaseworkProjection.PROCESSING_GROUP)
class CaseworkProjection {

    static final String PROCESSING_GROUP = "casework";
    static final String ENROLMENTS = "enrolments";
    static final String DUE_ITEMS = "due_items";
    static final String TIMELINE = "timeline";
    static final String PARTICIPANTS = "participants";
    static final String REFERRALS = "referrals";

    private static final Logger log = LoggerFactory.getLogger(CaseworkProjection.class);

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final QueryUpdateEmitter updates;
    private final TimelineText timelineText;
    private final Counter applied;

    CaseworkProjection(MongoTemplate mongo, ReadModelCollections collections, QueryUpdateEmitter updates,
                       ProviderOrganisations organisations, UserAccounts accounts, MeterRegistry meters) {
        this.mongo = mongo;
        this.collections = collections;
        this.updates = updates;
        this.timelineText = new TimelineText(organisations, accounts::displayNameOf);
        this.applied = Counter.builder("pathways.projection.events.applied")
                .description("Events applied to a read model")
                .tag("projection", PROCESSING_GROUP)
                .register(meters);
        ensureIndexes(part -> collections.live(PROCESSING_GROUP, part));
    }

    /** Real MongoDB serves the lists' filters and sorts from these; the embedded server keeps only unique indexes. */
    private void ensureIndexes(Function<String, String> collectionOfPart) {
        String enrolments = collectionOfPart.apply(ENROLMENTS);
        mongo.indexOps(enrolments).ensureIndex(new Index().on("assignedWorker", Sort.Direction.ASC)
                .on("active", Sort.Direction.ASC).on("nextDueOn", Sort.Direction.ASC));
        mongo.indexOps(enrolments).ensureIndex(new Index().on("participantId", Sort.Direction.ASC));
        String due = collectionOfPart.apply(DUE_ITEMS);
        mongo.indexOps(due).ensureIndex(new Index().on("assignedWorker", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC));
        mongo.indexOps(due).ensureIndex(new Index().on("providerOrganisation", Sort.Direction.ASC).on("dueOn", Sort.Direction.ASC));
        mongo.indexOps(due).ensureIndex(new Index().on("enrolmentId", Sort.Direction.ASC));
        String timeline = collectionOfPart.apply(TIMELINE);
        mongo.indexOps(timeline).ensureIndex(new Index().on("participantId", Sort.Direction.ASC));
        mongo.indexOps(timeline).ensureIndex(new Index().on("enrolmentId", Sort.Direction.ASC));
        mongo.indexOps(collectionOfPart.apply(PARTICIPANTS))
                .ensureIndex(new Index().on(ParticipantNameDocument.ORGANISATIONS, Sort.Direction.ASC));
        mongo.indexOps(collectionOfPart.apply(PARTICIPANTS))
                .ensureIndex(new Index().on(ParticipantNameDocument.REFERRED_TO, Sort.Direction.ASC));
        ReferralProjection.ensureIndexes(mongo, collectionOfPart.apply(REFERRALS));
    }

    @EventHandler
    void on(ParticipantRegistered event, @MessageIdentifier String eventId, TrackingToken token) {
        List<String> registeredBy = event.registeringOrganisation() == null
                ? List.of() : List.of(event.registeringOrganisation());
        BatchedWrites.of(mongo).save(new ParticipantNameDocument(event.participantId(),
                event.givenName() + " " + event.familyName(), registeredBy), collections.target(PROCESSING_GROUP, PARTICIPANTS));
        record(new TimelineDocument(eventId, event.participantId(), null, null, dayOf(event.registeredAt()),
                "Registered", event.registeredBy(), event.registeredAt(), globalPosition(token), null), token,
                registeredBy);
        applied.increment();
    }

    @EventHandler
    void on(ParticipantContactDetailsChanged event, @MessageIdentifier String eventId, TrackingToken token) {
        record(new TimelineDocument(eventId, event.participantId(), null, null, dayOf(event.changedAt()),
                "Contact details changed", event.changedBy(), event.changedAt(), globalPosition(token), null), token,
                organisationsOf(event.participantId()));
        applied.increment();
    }

    @EventHandler
    void on(EnrolmentEvent event, @SequenceNumber long sequence, @MessageIdentifier String eventId,
            TrackingToken token) {
        String enrolments = collections.target(PROCESSING_GROUP, ENROLMENTS);
        BatchedWrites writes = BatchedWrites.of(mongo).writtenLast(enrolments)
                .prefetch(enrolments, BatchedWrites.idOf(EnrolmentEvent.class, EnrolmentEvent::enrolmentId));
        EnrolmentDocument current = writes.findById(event.enrolmentId(), EnrolmentDocument.class, enrolments);
        if (current != null && current.lastSequence() >= sequence) {
            return; // applied already: delivered again after a crash, or replayed
        }
        EnrolmentState state;
        String participantName;
        if (current != null) {
            state = current.enrolmentState();
            participantName = current.participantName();
        } else if (event instanceof EnrolmentStartedEvent started) {
            state = new EnrolmentState();
            participantName = participantName(started.participantId());
        } else {
            log.warn("Enrolment {}: event {} (sequence {}) arrived before the enrolment's first event; ignored",
                    event.enrolmentId(), event.getClass().getSimpleName(), sequence);
            return;
        }
        List<String> dueBefore = dueItemIds(state, participantName);
        String deliveredBy = state.providerOrganisation();
        state.apply(event);
        TimelineText.Line line = timelineText.of(event, state);

        replaceDueItems(state, participantName, dueBefore);
        record(new TimelineDocument(eventId, state.participantId(), state.enrolmentId(), state.pathway(),
                line.occurredOn(), line.text(), event.recordedBy(), event.recordedAt(), globalPosition(token),
                deliveredBy != null ? deliveredBy : state.providerOrganisation()), token,
                List.of(state.providerOrganisation()));
        EnrolmentDocument document = EnrolmentDocument.of(state, participantName,
                current == null ? List.of() : current.organisationsSoFar(), sequence);
        if (current == null || !Objects.equals(current.providerOrganisation(), state.providerOrganisation())) {
            shareParticipantWith(state.participantId(), state.providerOrganisation());
        }
        writes.save(document, enrolments); // the event's idempotency marker: written after everything else
        applied.increment();

        if (!ReplayToken.isReplay(token)) {
            EnrolmentSummary summary = EnrolmentSummary.of(state, participantName, sequence);
            List<String> deliverer = List.of(state.providerOrganisation());
            updates.emit(message -> message.getPayload() instanceof FindEnrolment query
                    && query.enrolmentId().equals(summary.enrolmentId())
                    && ReadAccess.mayWatch(message.getMetaData(), deliverer), summary);
            updates.emit(message -> message.getPayload() instanceof FindParticipantEnrolments query
                    && query.participantId().equals(summary.participantId())
                    && ReadAccess.mayWatch(message.getMetaData(), deliverer), summary);
        }
    }

    /** The organisation delivering an enrolment of the person's may see them from now on. */
    private void shareParticipantWith(String participantId, String organisation) {
        if (organisation == null) {
            return;
        }
        String participants = collections.target(PROCESSING_GROUP, PARTICIPANTS);
        BatchedWrites writes = BatchedWrites.of(mongo);
        ParticipantNameDocument document = writes.findById(participantId, ParticipantNameDocument.class, participants);
        if (document != null && !document.organisations().contains(organisation)) {
            writes.save(document.sharedWith(organisation), participants);
        }
    }

    private List<String> organisationsOf(String participantId) {
        ParticipantNameDocument document = BatchedWrites.of(mongo).findById(participantId,
                ParticipantNameDocument.class, collections.target(PROCESSING_GROUP, PARTICIPANTS));
        return document == null ? List.of() : document.organisations();
    }

    private String participantName(String participantId) {
        ParticipantNameDocument name = BatchedWrites.of(mongo).findById(participantId,
                ParticipantNameDocument.class, collections.target(PROCESSING_GROUP, PARTICIPANTS));
        return name == null ? null : name.name();
    }

    /**
     * The enrolment's due items become exactly what its state says is due (nothing once it is closed): the
     * current ones are written first and the others removed after, so that a due list never misses an item
     * that stays due. The items to remove are those due before the event (an item's id follows from the state)
     * and due no longer, removed by id: a query on the enrolment id would scan every due item on the embedded
     * MongoDB.
     */
    private void replaceDueItems(EnrolmentState state, String participantName, List<String> dueBefore) {
        String due = collections.target(PROCESSING_GROUP, DUE_ITEMS);
        List<DueItemDocument> items = state.dueItems().stream()
                .map(item -> DueItemDocument.of(state, participantName, item))
                .toList();
        BatchedWrites writes = BatchedWrites.of(mongo);
        items.forEach(item -> writes.save(item, due));
        List<String> dueNow = items.stream().map(DueItemDocument::id).toList();
        dueBefore.stream().filter(id -> !dueNow.contains(id)).forEach(id -> writes.remove(id, due));
    }

    private static List<String> dueItemIds(EnrolmentState state, String participantName) {
        return state.enrolmentId() == null ? List.of() : state.dueItems().stream()
                .map(item -> DueItemDocument.of(state, participantName, item).id())
                .toList();
    }

    /** Writes the entry; live watchers are told when {@code watchers} (organisations) may see it. */
    private void record(TimelineDocument entry, TrackingToken token, List<String> watchers) {
        BatchedWrites.of(mongo).save(entry, collections.target(PROCESSING_GROUP, TIMELINE));
        if (!ReplayToken.isReplay(token)) {
            TimelineEntry published = entry.entry();
            updates.emit(message -> message.getPayload() instanceof FindParticipantTimeline query
                    && query.participantId().equals(published.participantId())
                    && ReadAccess.mayWatch(message.getMetaData(), watchers), published);
            if (published.enrolmentId() != null) {
                updates.emit(message -> message.getPayload() instanceof FindEnrolmentHistory query
                        && query.enrolmentId().equals(published.enrolmentId())
                        && ReadAccess.mayWatch(message.getMetaData(), watchers), published);
            }
        }
    }

    /** The event's position in the whole event stream: orders the entries of one day on a timeline. */
    private static long globalPosition(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static LocalDate dayOf(Instant instant) {
        return UkTime.dayOf(instant);
    }

    @ResetHandler
    void reset() {
        collections.dropTargetParts(PROCESSING_GROUP);
        ensureIndexes(part -> collections.target(PROCESSING_GROUP, part));
    }
}
