package uk.wmpathways.caseservice.retention;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureGround;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindGpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.GpReferralsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.FindParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionQueries.ParticipantsPastRetention;
import uk.wmpathways.caseservice.api.retention.RetentionRun;
import uk.wmpathways.caseservice.api.retention.RetentionRun.Refusal;
import uk.wmpathways.caseservice.api.retention.RetentionRunAlreadyRunningException;
import uk.wmpathways.infra.access.AccessAction;
import uk.wmpathways.infra.access.AccessLog;
import uk.wmpathways.infra.access.AccessPurpose;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;
import uk.wmpathways.infra.time.UkTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the retention job: asks the read side who is past their retention period, and sends
 * {@code EraseParticipant(id, RETENTION_PERIOD_ENDED, "system:retention")} for each, one at a time, as the system
 * (the only caller the record accepts that ground from). A refusal (an enrolment opened meanwhile, erased already)
 * is recorded with its reason and the run goes on. Runs one at a time, on its own thread, where nobody is signed
 * in: the data protection officer who presses "run now" is named as who started it, but the erasures are the
 * system's.
 */
class RetentionJob implements AutoCloseable {

    static final Caller SYSTEM = Caller.system("retention");
    /** A run of the demo data's 1,261 people took ten minutes: the record shows how far it has gone. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RetentionRuns runs;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RetentionPolicy policy;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retention-job");
        thread.setDaemon(true);
        return thread;
    });

    RetentionJob(CommandGateway commands, QueryGateway queries, RetentionRuns runs, AccessLog accessLog, Clock clock,
                 RetentionPolicy policy) {
        this.commands = commands;
        this.queries = queries;
        this.runs = runs;
        this.accessLog = accessLog;
        this.clock = clock;
        this.policy = policy;
    }

    RetentionPolicy policy() {
        return policy;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    /**
     * Starts a run in the background and answers it as recorded at its start; empty when a run with this id was
     * recorded already (another instance took the day's scheduled run).
     *
     * @throws RetentionRunAlreadyRunningException while a run is under way here
     */
    Optional<RetentionRun> start(String runId, Caller startedBy) {
        if (!running.compareAndSet(false, true)) {
            throw new RetentionRunAlreadyRunningException();
        }
        try {
            Optional<RetentionRun> started = runs.started(runId, startedBy.username(), clock.instant(), today(), policy);
            started.ifPresentOrElse(run -> CompletableFuture.runAsync(() -> runAndRelease(run, startedBy), worker),
                    () -> running.set(false));
            return started;
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
    }

    private void runAndRelease(RetentionRun run, Caller startedBy) {
        try {
            // Nobody is signed in on this thread, so the gateways keep the system caller the messages carry.
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
            run(run, startedBy);
        } finally {
            running.set(false);
        }
    }

    private void run(RetentionRun run, Caller startedBy) {
        List<String> erased = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<String> gpReferralsErased = new ArrayList<>();
        try {
            ParticipantsPastRetention due = queries.query(new GenericMessage<>(new FindParticipantsPastRetention(
                            run.today(), run.policy()), SYSTEM.toMetaData()),
                    ResponseTypes.instanceOf(ParticipantsPastRetention.class)).join();
            int held = due.heldProcessingRestricted().size();
            runs.progress(run.runId(), due.due().size(), 0, 0, held);
            Instant lastProgress = clock.instant();
            for (String participantId : due.due()) {
                erase(participantId).ifPresentOrElse(reason -> refused.add(new Refusal(participantId, reason)),
                        () -> erased.add(participantId));
                if (Duration.between(lastProgress, clock.instant()).compareTo(PROGRESS_EVERY) >= 0) {
                    runs.progress(run.runId(), due.due().size(), erased.size(), refused.size(), held);
                    lastProgress = clock.instant();
                }
            }
            eraseGpReferralsDue(run, gpReferralsErased, refused);
            runs.finished(run.runId(), erased, refused, due.heldProcessingRestricted(), gpReferralsErased,
                    clock.instant());
            accessLog.recordWithReason(startedBy, AccessAction.RETENTION_ERASURE, AccessPurpose.SECURITY,
                    "Retention run " + run.runId() + ": " + erased.size() + " erased, " + refused.size()
                            + " refused, " + due.heldProcessingRestricted().size()
                            + " held (processing restricted), " + gpReferralsErased.size()
                            + " GP referrals not accepted erased; policy " + run.policy().bySetting(),
                    erased, null);
            log.info("Retention run {} finished: {} erased, {} refused, {} held (processing restricted), "
                            + "{} GP referrals not accepted erased", run.runId(), erased.size(), refused.size(),
                    due.heldProcessingRestricted().size(), gpReferralsErased.size());
        } catch (RuntimeException e) {
            // The class only: a message could quote personal data.
            log.error("Retention run {} failed after {} erasures: {}", run.runId(), erased.size(),
                    e.getClass().getName());
            runs.failed(run.runId(), erased, refused, gpReferralsErased, "The run stopped (" + e.getClass().getSimpleName()
                    + "); what it did is listed. Run it again.", clock.instant());
        }
    }

    /** What the practice sent about people who never became participants: its own key, its own period. */
    private void eraseGpReferralsDue(RetentionRun run, List<String> erased, List<Refusal> refused) {
        GpReferralsPastRetention due = queries.query(new GenericMessage<>(new FindGpReferralsPastRetention(
                        run.today(), run.policy()), SYSTEM.toMetaData()),
                ResponseTypes.instanceOf(GpReferralsPastRetention.class)).join();
        for (String referralId : due.due()) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new EraseGpReferral(referralId, SYSTEM.username())).andMetaData(SYSTEM.toMetaData()));
                erased.add(referralId);
            } catch (GpReferralAlreadyDecidedException | ErasureRefusedException refusal) {
                // accepted meanwhile: erased with the person instead. The words name no one.
                refused.add(new Refusal(referralId, "GP referral: " + refusal.getMessage()));
            } catch (RuntimeException e) {
                refused.add(new Refusal(referralId, "GP referral not erased (" + e.getClass().getSimpleName()
                        + "); the next run tries again"));
            }
        }
    }

    /** Erases one person; answers why not when the record refused. */
    private Optional<String> erase(String participantId) {
        EraseParticipant erase = new EraseParticipant(participantId, ErasureGround.RETENTION_PERIOD_ENDED,
                SYSTEM.username());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(erase).andMetaData(SYSTEM.toMetaData()));
            return Optional.empty();
        } catch (ErasureRefusedException | AccessRefusedException | DataSubjectErasedException refusal) {
            // The record's and the access rule's words name no one.
            return Optional.of(refusal.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("Not erased (" + e.getClass().getSimpleName() + "); the next run tries again");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
