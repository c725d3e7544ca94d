package uk.wmpathways.caseservice.enrolment;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.infra.axon.BeforeRequests;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Claims, from the event store, the arms drawn before {@link MongoTrialArmRegistry} kept claims, so that no one
 * allocated then is drawn again. Run once per database, at start-up after Axon has started and before the web
 * server takes requests (not in the first claim: a large store took longer than a command may, and the demo data
 * load failed on it); a marker document records that it ran. Every trial allocation is
 * read in the order it was stored, and the first of each person's is claimed with insert-if-absent, so a run
 * beside live allocations, or twice, claims the same.
 */
@Component
class TrialArmClaimsBackfill extends BeforeRequests {

    static final String MARKER_COLLECTION = "trial_arm_claims_backfills";
    private static final String MARKER = "from-event-store-v1";
    private static final int STALL_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(TrialArmClaimsBackfill.class);

    private final EventStore eventStore;
    private final MongoTemplate mongo;
    private volatile boolean done;

    TrialArmClaimsBackfill(EventStore eventStore, MongoTemplate mongo) {
        this.eventStore = eventStore;
        this.mongo = mongo;
    }

    @Override
    protected void atStartUp() {
        ensureDone();
    }

    /** Back-fills the claims unless that has been done in this database. */
    void ensureDone() {
        if (done) {
            return;
        }
        synchronized (this) {
            if (!done && mongo.findById(MARKER, Document.class, MARKER_COLLECTION) == null) {
                int claimed = claimEarlierAllocations();
                mongo.save(new Document("_id", MARKER).append("claimed", claimed).append("at", Instant.now()),
                        MARKER_COLLECTION);
                log.info("Trial arm claims back-filled from the event store: {} participants", claimed);
            }
            done = true;
        }
    }

    /**
     * Claims each trial participant's first drawn arm found in the event store, reading up to the head it had
     * when this began; answers how many claims were new. Fails rather than stop short when the store stalls.
     */
    int claimEarlierAllocations() {
        long head = Optional.ofNullable(eventStore.createHeadToken()).map(TrackingToken::position)
                .flatMap(position -> position.isPresent() ? Optional.of(position.getAsLong()) : Optional.empty())
                .orElse(-1L);
        Map<String, String> trialParticipantOfEnrolment = new HashMap<>();
        int claimed = 0;
        long position = -1;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (position < head) {
                if (!events.hasNextAvailable(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The event store stopped answering while the trial arm claims "
                            + "were back-filled, at position " + position + " of " + head);
                }
                TrackedEventMessage<?> event = events.nextAvailable();
                position = event.trackingToken().position().orElse(position);
                Class<?> type = event.getPayloadType();
                if (type == ReferredToThriveIntoWork.class) {
                    ReferredToThriveIntoWork referred = (ReferredToThriveIntoWork) event.getPayload();
                    if (referred.fundingStream() == FundingStream.THRIVE_INTO_WORK_TRIAL) {
                        trialParticipantOfEnrolment.put(referred.enrolmentId(), referred.participantId());
                    }
                } else if (type == TrialArmAllocated.class) {
                    TrialArmAllocated allocated = (TrialArmAllocated) event.getPayload();
                    String participantId = trialParticipantOfEnrolment.get(allocated.enrolmentId());
                    if (participantId != null && !allocated.wasReused() && claim(participantId, allocated)) {
                        claimed++;
                    }
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while back-filling the trial arm claims", interrupted);
        }
        return claimed;
    }

    private boolean claim(String participantId, TrialArmAllocated allocated) {
        try {
            mongo.insert(MongoTrialArmRegistry.claimDocument(participantId, allocated.enrolmentId(),
                    new TrialArmRandomiser.Draw(allocated.drawn(), allocated.drawRange(), allocated.treatmentBelow())),
                    MongoTrialArmRegistry.COLLECTION);
            return true;
        } catch (DuplicateKeyException claimedAlready) {
            return false;
        }
    }
}
