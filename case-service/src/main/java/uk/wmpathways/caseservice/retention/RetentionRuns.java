package uk.wmpathways.caseservice.retention;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionRun.Counts;
import uk.wmpathways.caseservice.api.retention.RetentionRun.Refusal;
import uk.wmpathways.caseservice.api.retention.RetentionRun.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of every retention run ({@value #COLLECTION}): ids and counts, no personal data. Not event-sourced:
 * a run is the job's own work record, like a subject access request; the erasures it made are the people's own
 * events ({@code ParticipantErased}), and the run is in the access log too.
 */
class RetentionRuns {

    static final String COLLECTION = "retention_runs";

    /** As stored: the policy as its ISO-8601 texts (MongoDB has no period type). */
    record RunDocument(@Id String runId, Status status, String startedBy, Instant startedAt, Instant finishedAt,
                       LocalDate today, Map<String, String> policy, List<String> erased, List<Refusal> refused,
                       List<String> heldProcessingRestricted, int erasedCount, int refusedCount, int heldCount,
                       int dueCount, String failure, List<String> gpReferralsErased) {

        RetentionRun run() {
            return new RetentionRun(runId, status, startedBy, startedAt, finishedAt, today, policy(policy),
                    erased == null ? List.of() : erased, refused == null ? List.of() : refused,
                    heldProcessingRestricted == null ? List.of() : heldProcessingRestricted,
                    new Counts(erasedCount, refusedCount, heldCount, dueCount), failure,
                    gpReferralsErased == null ? List.of() : gpReferralsErased);
        }

        /** A run recorded before GP referrals had a period of their own decided with the default. */
        private static RetentionPolicy policy(Map<String, String> texts) {
            String gpReferrals = texts.get("gp-referral-not-accepted");
            return new RetentionPolicy(Period.parse(texts.get("housing-first")),
                    Period.parse(texts.get("rough-sleeping")), Period.parse(texts.get("thrive-into-work")),
                    Period.parse(texts.get("without-enrolment")), gpReferrals == null
                    ? RetentionPolicy.GP_REFERRAL_NOT_ACCEPTED : Period.parse(gpReferrals));
        }
    }

    private final MongoTemplate mongo;

    RetentionRuns(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(new Index().on("startedAt", Sort.Direction.DESC));
    }

    /** Records that a run started; empty when a run with this id exists already (another instance took the day). */
    Optional<RetentionRun> started(String runId, String startedBy, Instant at, LocalDate today, RetentionPolicy policy) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        policy.bySetting().forEach((name, period) -> texts.put(name, period.toString()));
        RunDocument run = new RunDocument(runId, Status.RUNNING, startedBy, at, null, today, texts, List.of(),
                List.of(), List.of(), 0, 0, 0, 0, null, List.of());
        try {
            mongo.insert(run, COLLECTION);
            return Optional.of(run.run());
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    /** How many are due (when the run has asked) and how far it has gone, so that a long run shows progress. */
    void progress(String runId, int due, int erasedSoFar, int refusedSoFar, int held) {
        mongo.updateFirst(byId(runId), new Update().set("dueCount", due).set("erasedCount", erasedSoFar)
                .set("refusedCount", refusedSoFar).set("heldCount", held), COLLECTION);
    }

    void finished(String runId, List<String> erased, List<Refusal> refused, List<String> held,
                  List<String> gpReferralsErased, Instant at) {
        mongo.updateFirst(byId(runId), new Update().set("status", Status.FINISHED).set("finishedAt", at)
                .set("erased", erased).set("refused", refused).set("heldProcessingRestricted", held)
                .set("gpReferralsErased", gpReferralsErased)
                .set("erasedCount", erased.size()).set("refusedCount", refused.size()).set("heldCount", held.size()),
                COLLECTION);
    }

    /** What was done before the run stopped stays recorded. */
    void failed(String runId, List<String> erased, List<Refusal> refused, List<String> gpReferralsErased,
                String failure, Instant at) {
        mongo.updateFirst(byId(runId), new Update().set("status", Status.FAILED).set("finishedAt", at)
                .set("erased", erased).set("gpReferralsErased", gpReferralsErased).set("refused", refused).set("erasedCount", erased.size())
                .set("refusedCount", refused.size()).set("failure", failure), COLLECTION);
    }

    Optional<RetentionRun> find(String runId) {
        return Optional.ofNullable(mongo.findOne(byId(runId), RunDocument.class, COLLECTION)).map(RunDocument::run);
    }

    List<RetentionRun> recent(int limit) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit);
        return mongo.find(query, RunDocument.class, COLLECTION).stream().map(RunDocument::run).toList();
    }

    private static Query byId(String runId) {
        return Query.query(Criteria.where("_id").is(runId));
    }
}
