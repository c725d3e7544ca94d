package uk.wmpathways.reporting.identity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.identity.IdentityDecided;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.ListTrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflict;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedWithDifferentTrialArms;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.axon.SplittablePerAggregate;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.reporting.access.ReadAccess;
import uk.wmpathways.reporting.readmodel.ReadModelCollections;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The trial manager's list of {@link LinkedWithDifferentTrialArms} flags: one document a flag (a pair linked,
 * unlinked and linked again is flagged twice), resolved when a later decision on the pair says "not the same
 * person". Keyed by the pair and the flag's sequence number, and a resolution touches only the pair's earlier flags,
 * so a replay or a rebuild gives the same documents. Ids and arms only.
 * <p>
 * Read by programme managers only (the trial is theirs to analyse): a caseworker would learn the arm of records of
 * other organisations, and administrators and the data protection officer read no trial data about people.
 */
@Component
@ProcessingGroup(TrialArmConflictsProjection.PROCESSING_GROUP)
@SplittablePerAggregate
class TrialArmConflictsProjection {

    static final String PROCESSING_GROUP = "trial-arm-conflicts";
    private static final String PAIR = "pairId";
    private static final String FLAG_SEQUENCE = "flagSequence";
    private static final String RESOLVED = "resolved";

    private final MongoTemplate mongo;
    private final ReadModelCollections collections;
    private final ReadAccess access;

    TrialArmConflictsProjection(MongoTemplate mongo, ReadModelCollections collections, ReadAccess access) {
        this.mongo = mongo;
        this.collections = collections;
        this.access = access;
    }

    @EventHandler
    void on(LinkedWithDifferentTrialArms event, @SequenceNumber long sequence) {
        Update flag = new Update().setOnInsert(PAIR, event.pairId())
                .setOnInsert(FLAG_SEQUENCE, sequence)
                .setOnInsert("first", event.firstParticipantId())
                .setOnInsert("firstArm", event.firstArm().name())
                .setOnInsert("second", event.secondParticipantId())
                .setOnInsert("secondArm", event.secondArm().name())
                .setOnInsert("linkedAt", event.flaggedAt().toString())
                .setOnInsert(RESOLVED, false);
        mongo.upsert(Query.query(Criteria.where("_id").is(event.pairId() + "#" + sequence)), flag,
                collections.target(PROCESSING_GROUP));
    }

    @EventHandler
    void on(IdentityDecided event, @SequenceNumber long sequence) {
        if (event.decision() != IdentityDecision.NOT_SAME_PERSON) {
            return;
        }
        Query earlierOpenFlags = Query.query(Criteria.where(PAIR).is(event.pairId())
                .and(FLAG_SEQUENCE).lt(sequence).and(RESOLVED).is(false));
        mongo.updateMulti(earlierOpenFlags, new Update().set(RESOLVED, true)
                .set("unlinkedAt", event.decidedAt().toString()), collections.target(PROCESSING_GROUP));
    }

    @ResetHandler
    void reset() {
        collections.dropTarget(PROCESSING_GROUP);
    }

    @QueryHandler
    TrialArmConflicts list(ListTrialArmConflicts query, MetaData metaData) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.has(Role.PROGRAMME_MANAGER)) {
            throw new AccessRefusedException("Only programme managers see records linked with different trial arms");
        }
        List<TrialArmConflict> conflicts = mongo.findAll(Document.class, collections.live(PROCESSING_GROUP)).stream()
                .map(TrialArmConflictsProjection::conflictOf)
                .sorted(Comparator.comparing(TrialArmConflict::linkedAt).reversed()
                        .thenComparing(TrialArmConflict::pairId))
                .toList();
        if (!conflicts.isEmpty()) {
            access.viewed(caller, AccessAction.REQUEST_REPORT, AccessPurpose.OVERSIGHT, conflicts.stream()
                    .flatMap(c -> Stream.of(c.firstParticipantId(), c.secondParticipantId())).distinct().toList(),
                    null);
        }
        return new TrialArmConflicts(conflicts);
    }

    private static TrialArmConflict conflictOf(Document flag) {
        String unlinkedAt = flag.getString("unlinkedAt");
        return new TrialArmConflict(flag.getString(PAIR), flag.getString("first"),
                TrialArm.valueOf(flag.getString("firstArm")), flag.getString("second"),
                TrialArm.valueOf(flag.getString("secondArm")), Instant.parse(flag.getString("linkedAt")),
                flag.getBoolean(RESOLVED, false), unlinkedAt == null ? null : Instant.parse(unlinkedAt));
    }
}
