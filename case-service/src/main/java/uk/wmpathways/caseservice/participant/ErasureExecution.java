package uk.wmpathways.caseservice.participant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.infra.axon.AggregateCaches;
import uk.wmpathways.infra.axon.Subscribing;
import uk.wmpathways.infra.eventstore.GlobalSequenceMongoEventStorageEngine;
import uk.wmpathways.infra.mongo.EmbeddedMongoServer;
import uk.wmpathways.infra.personaldata.DataSubjectKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure does, in the unit of work that stores {@link ParticipantErased} (a subscribing processor): the
 * person's key is destroyed, the snapshots of their streams are dropped, their NHS number claim released, and
 * the embedded data file is to be rewritten at the next start (old versions of rewritten documents leave it), and
 * what this instance kept in memory of their aggregates is dropped; and the erasure is kept in the
 * {@link ErasureJournal}, outside the database, for when a backup is restored.
 * If this fails the command fails; sending it again completes the erasure ({@code Participant}).
 * The read models rewrite themselves when their projections reach the event.
 */
@Component
@Subscribing
@ProcessingGroup(ErasureExecution.PROCESSING_GROUP)
public class ErasureExecution {

    static final String PROCESSING_GROUP = "erasure";

    private final DataSubjectKeys keys;
    private final MongoTemplate mongo;
    private final NhsNumberRegistry nhsNumbers;
    private final Clock clock;
    private final ObjectProvider<EmbeddedMongoServer> embeddedMongo;
    private final ErasureJournal journal;
    private final GpReferralSubjects gpReferrals;
    private final AggregateCaches aggregateCaches;

    ErasureExecution(DataSubjectKeys keys, MongoTemplate mongo, NhsNumberRegistry nhsNumbers, Clock clock,
                     ObjectProvider<EmbeddedMongoServer> embeddedMongo, ErasureJournal journal,
                     GpReferralSubjects gpReferrals, AggregateCaches aggregateCaches) {
        this.gpReferrals = gpReferrals;
        this.aggregateCaches = aggregateCaches;
        this.embeddedMongo = embeddedMongo;
        this.journal = journal;
        this.keys = keys;
        this.mongo = mongo;
        this.nhsNumbers = nhsNumbers;
        this.clock = clock;
    }

    @EventHandler
    void on(ParticipantErased event) {
        // Journalled first: should what follows fail, the erasure asked for is made at the next start.
        journal.record(event);
        complete(event.participantId(), event.erasedAt());
    }

    void complete(String participantId) {
        complete(participantId, clock.instant());
    }

    private void complete(String participantId, Instant at) {
        List<String> subjects = new ArrayList<>(List.of(participantId));
        // what the GP sent about the person was encrypted with the referral's key, before they had a record
        subjects.addAll(gpReferrals.referralsOf(participantId));
        List<String> streams = new ArrayList<>();
        for (String subject : subjects) {
            keys.destroy(subject, at);
            streams.addAll(keys.streamsOf(subject));
        }
        mongo.remove(Query.query(Criteria.where("_id").in(streams)), GlobalSequenceMongoEventStorageEngine.SNAPSHOTS);
        aggregateCaches.forget(streams);
        nhsNumbers.release(participantId);
        embeddedMongo.ifAvailable(EmbeddedMongoServer::scrubDataFileAtNextStart);
    }
}
