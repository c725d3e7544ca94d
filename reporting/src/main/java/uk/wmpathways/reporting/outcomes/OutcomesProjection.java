package uk.wmpathways.reporting.outcomes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.funding.FundingDrawdownCorrected;
import uk.wmpathways.caseservice.api.funding.FundingDrawnDown;
import uk.wmpathways.infra.readmodel.BatchedWrites;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * The read model behind the outcome reports, kept so that every report can be run <em>as at</em> the end of
 * any past day, reproducibly.
 * <p>
 * How: per enrolment, the projection keeps <em>versions</em> of an {@link OutcomeRow} (the facts the reports
 * need), each valid from the day it became known ({@code knownFrom}) until the day it was replaced
 * ({@code knownUntil}, null while current) — see {@link VersionedFacts}. The days are those (Europe/London)
 * of the events' own {@code recordedAt}, never the clock's, so a rebuild gives the same versions. A report as
 * at day D reads the versions with knownFrom &lt;= D and (knownUntil null or knownUntil &gt; D): exactly what
 * the system knew at the end of D. A correction recorded later (a job start corrected, a job ended, an
 * enrolment closed) opens a later version, so it is not seen as at an earlier day and is seen from its own
 * day on. Funding drawdowns are kept the same way, one set of versions per drawdown.
 * <p>
 * Cost: a report reads every version of one pathway's enrolments known by its day (linear in that pathway's
 * enrolments times the days on which their facts changed; contacts and other events that change no outcome
 * fact add no version) and filters them in memory. The days a Rough Sleeping enrolment was in touch with the
 * person, which "new" needs, are kept apart for that reason ({@link RoughSleepingContacts}). Replaying the event
 * store to a point in time was the alternative: exact too, but each report would cost a read of every event.
 * <p>
 * Participants' dates of birth and equality details come from {@link ParticipantRegistered}, handled in the
 * same processing group (one tracking processor, one segment, in order), so they are known when the
 * participant's enrolments start and are copied into the enrolment's row.
 */
@Component
@ProcessingGroup(OutcomesProjection.PROCESSING_GROUP)
class OutcomesProjection {

    static final String PROCESSING_GROUP = "outcomes";
    static final String PARTICIPANTS = "participants";
    static final String ENROLMENT_VERSIONS = "enrolment_versions";
    static final String DRAWDOWN_VERSIONS = "drawdown_versions";
    static final String PATHWAY = "pathway";
    static final String FUNDING_STREAM = "fundingStream";

    private static final Logger log = LoggerFactory.getLogger(OutcomesProjection.class);

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final VersionedFacts<OutcomeRow> enrolments;
    private final VersionedFacts<Drawdown> drawdowns;
    private final Counter applied;

    OutcomesProjection(MongoTemplate mongo, ReadModelCollections collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.collections = collections;
        this.enrolments = enrolmentVersions(mongo, 0);
        this.drawdowns = drawdownVersions(mongo, 0);
        this.applied = Counter.builder("pathways.projection.events.applied")
                .description("Events applied to a read model")
                .tag("projection", PROCESSING_GROUP)
                .register(meters);
        ensureIndexes(part -> collections.live(PROCESSING_GROUP, part));
    }

    static VersionedFacts<OutcomeRow> enrolmentVersions(MongoTemplate mongo, long keptDecoded) {
        return new VersionedFacts<>(mongo, OutcomeRow.class, row -> Map.of(PATHWAY, row.pathway().name()),
                keptDecoded);
    }

    static VersionedFacts<Drawdown> drawdownVersions(MongoTemplate mongo, long keptDecoded) {
        return new VersionedFacts<>(mongo, Drawdown.class,
                drawdown -> Map.of(FUNDING_STREAM, drawdown.fundingStream().name()), keptDecoded);
    }

    /** Real MongoDB serves the reports' reads from these; the embedded server keeps only unique indexes. */
    private void ensureIndexes(Function<String, String> collectionOfPart) {
        String versions = collectionOfPart.apply(ENROLMENT_VERSIONS);
        mongo.indexOps(versions).ensureIndex(new Index().on(PATHWAY, Sort.Direction.ASC)
                .on(VersionedFacts.CURRENT, Sort.Direction.ASC));
        mongo.indexOps(versions).ensureIndex(new Index().on(PATHWAY, Sort.Direction.ASC)
                .on(VersionedFacts.KNOWN_FROM, Sort.Direction.ASC));
        mongo.indexOps(collectionOfPart.apply(DRAWDOWN_VERSIONS))
                .ensureIndex(new Index().on(VersionedFacts.KNOWN_FROM, Sort.Direction.ASC));
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        BatchedWrites.of(mongo).save(new Document("_id", event.participantId())
                        .append(VersionedFacts.FACTS, FactDocuments.write(ParticipantFacts.of(event))),
                collections.target(PROCESSING_GROUP, PARTICIPANTS));
        applied.increment();
    }

    /**
     * An erased person's date of birth and equality details read as not recorded from now on, in every version of
     * their rows, as a rebuild from their events would read them: they count where they counted, in the
     * "not known" age band and the "not recorded" equality groups. Each rewritten version counts the rewrite, so
     * that no report goes on using a copy decoded before it ({@link DecodedVersions}).
     */
    @EventHandler
    void on(ParticipantErased event) {
        BatchedWrites.of(mongo).flushAndForget(); // the writes below go to MongoDB directly
        Document notRecorded = FactDocuments.write(ParticipantFacts.NOT_RECORDED);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.participantId())),
                Update.update(VersionedFacts.FACTS, notRecorded), collections.target(PROCESSING_GROUP, PARTICIPANTS));
        mongo.updateMulti(Query.query(Criteria.where(VersionedFacts.FACTS + ".participantId").is(event.participantId())),
                Update.update(VersionedFacts.FACTS + ".participant", notRecorded).inc(DecodedVersions.REWRITES, 1),
                collections.target(PROCESSING_GROUP, ENROLMENT_VERSIONS));
        applied.increment();
    }

    @EventHandler
    void on(EnrolmentEvent event, @SequenceNumber long sequence) {
        String versions = collections.target(PROCESSING_GROUP, ENROLMENT_VERSIONS);
        BatchedWrites.of(mongo).prefetch(versions,
                BatchedWrites.idOf(EnrolmentEvent.class, EnrolmentEvent::enrolmentId));
        enrolments.record(versions, event.enrolmentId(), sequence,
                dayOf(event.recordedAt()), current -> {
                    if (current != null) {
                        return current.with(event);
                    }
                    if (event instanceof EnrolmentStartedEvent started) {
                        return OutcomeRow.started(started, participant(started.participantId()));
                    }
                    log.warn("Enrolment {}: event {} (sequence {}) arrived before the enrolment's first event; ignored",
                            event.enrolmentId(), event.getClass().getSimpleName(), sequence);
                    return null;
                });
        RoughSleepingContacts.dayInTouch(event).ifPresent(day -> recordInTouch(event, sequence, day, versions));
        applied.increment();
    }

    private void recordInTouch(EnrolmentEvent event, long sequence, LocalDate day, String versions) {
        BatchedWrites writes = BatchedWrites.of(mongo);
        Document row = writes.findById(event.enrolmentId(), Document.class, versions);
        if (row == null || !Pathway.ROUGH_SLEEPING_INITIATIVE.name().equals(row.getString(PATHWAY))) {
            return; // another pathway's contact
        }
        String contacts = collections.target(PROCESSING_GROUP, RoughSleepingContacts.PART);
        writes.prefetch(contacts, RoughSleepingContacts.ENROLMENTS_IN_TOUCH);
        RoughSleepingContacts.record(mongo, contacts, event.enrolmentId(), sequence, day, dayOf(event.recordedAt()));
    }

    @EventHandler
    void on(FundingDrawnDown event, @SequenceNumber long sequence) {
        drawdowns.record(collections.target(PROCESSING_GROUP, DRAWDOWN_VERSIONS), event.drawdownId(), sequence,
                dayOf(event.recordedAt()), current -> current != null ? current
                        : new Drawdown(event.drawdownId(), event.fundingStream(), event.drawnOn(), event.amountPounds()));
        applied.increment();
    }

    @EventHandler
    void on(FundingDrawdownCorrected event, @SequenceNumber long sequence) {
        drawdowns.record(collections.target(PROCESSING_GROUP, DRAWDOWN_VERSIONS), event.drawdownId(), sequence,
                dayOf(event.recordedAt()), current -> current == null ? null : current.correctedTo(event.amountPounds()));
        applied.increment();
    }

    private ParticipantFacts participant(String participantId) {
        Document document = BatchedWrites.of(mongo).findById(participantId, Document.class,
                collections.target(PROCESSING_GROUP, PARTICIPANTS));
        return document == null ? null
                : FactDocuments.read(document.get(VersionedFacts.FACTS, Document.class), ParticipantFacts.class);
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
