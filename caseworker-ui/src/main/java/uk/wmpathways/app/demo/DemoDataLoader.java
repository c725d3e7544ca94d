package uk.wmpathways.app.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.funding.RecordFundingDrawdown;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.UserAccounts;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Loads the demo data set through the real command path, as caseworkers and administrators would have
 * recorded it: registrations, enrolment steps and funding drawdowns sent to the {@link CommandGateway}; the
 * read models follow from the events as always. Never writes a read model.
 * <ol>
 *   <li>Housing First and Rough Sleeping Initiative stories, whole, the demo caseworkers' open cases of today
 *       ({@link CaseworkersDayStories}, sent as those caseworkers), and Thrive into Work referrals up to
 *       eligibility and consent, several people at a time;</li>
 *   <li>the trial arms, one allocation after the other in the order of the consent dates, so that the seeded
 *       randomiser draws the same arm for the same person every time;</li>
 *   <li>the arms read back from the event store, and the trial's outcomes chosen and sent;</li>
 *   <li>the funding drawdowns (skipped, with a log line, when no handler for them is deployed);</li>
 *   <li>a wait until every read model has caught up, so that the reports are complete;</li>
 *   <li>then the GP referrals of the demo practice, sent and decided as the demo {@code gp} and {@code ips}
 *       would ({@link GpReferralsAsSent}: linking a known person asks a read model whether the service supports
 *       them), and a second wait for the read models.</li>
 * </ol>
 * Progress is logged every few seconds, in counts only. Every step carries a request id, so that a load that
 * was interrupted can be run again: what was recorded is not recorded twice. {@link #loadOnce} remembers a
 * finished load in the {@value #MARKERS} collection and does not load again.
 */
@Component
public class DemoDataLoader {

    static final String MARKERS = "demo_data";
    static final String MARKER_ID = "west-midlands-published-figures";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** The loader records as the application itself: the stories' organisations are many, its caller one. */
    private static final Caller DEMO_DATA = Caller.system("demo-data");
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final int ALLOCATIONS_AT_ONCE = 50;

    /** What a load did: for the log, the tests and the benchmark. */
    public record LoadReport(int copies, long participants, long commands, double commandSeconds,
                             double readModelSeconds, double cpuSeconds, boolean fundingRecorded,
                             boolean alreadyLoaded) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d participants, %,d commands in %.1f s (%.0f commands/s); read models "
                            + "caught up %.1f s later; %.0f s of CPU used by the whole process meanwhile%s",
                    participants, commands, commandSeconds, commands / Math.max(commandSeconds, 0.001),
                    readModelSeconds, cpuSeconds,
                    fundingRecorded ? "" : "; funding drawdowns not recorded (no handler deployed)");
        }
    }

    /** A load that stopped: a step was refused, or the application is stopping. */
    public static class DemoDataLoadException extends RuntimeException {
        private final String safeSummary;

        DemoDataLoadException(String message, Throwable cause) {
            this(message, cause, message);
        }

        DemoDataLoadException(String message, Throwable cause, String safeSummary) {
            super(message, cause);
            this.safeSummary = safeSummary;
        }

        /** Which step was refused and how, without the refusal's message (it may quote a person's details). */
        public String safeSummary() {
            return safeSummary;
        }
    }

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final MongoTemplate mongo;
    private final GpReferralsAsSent gpReferrals;
    private final Clock clock;
    private final UserAccounts accounts;
    private final int threads;

    DemoDataLoader(CommandGateway gateway, EventStore eventStore, EventProcessingConfiguration processing,
                   MongoTemplate mongo, GpReferralsAsSent gpReferrals, Clock clock, UserAccounts accounts,
                   @Value("${pathways.demo-data.threads:4}") int threads) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.processing = processing;
        this.mongo = mongo;
        this.gpReferrals = gpReferrals;
        this.clock = clock;
        this.accounts = accounts;
        this.threads = Math.max(1, threads);
    }

    /** Loads the demo data set unless a load of it has finished before (then answers at once). */
    public LoadReport loadOnce() {
        Document marker = mongo.findById(MARKER_ID, Document.class, MARKERS);
        if (marker != null && "loaded".equals(marker.getString("state"))) {
            log.info("Demo data: already loaded ({}); nothing to do", marker.get("finishedAt"));
            return new LoadReport(1, 0, 0, 0, 0, 0, true, true);
        }
        boolean resuming = marker != null;
        if (resuming) {
            log.warn("Demo data: an earlier load did not finish ({}); loading again, skipping what it recorded",
                    marker.getString("state"));
        }
        mongo.save(new Document("_id", MARKER_ID).append("state", "loading").append("seed", DemoDataSet.SEED)
                .append("startedAt", clock.instant().toString()), MARKERS);
        try {
            LoadReport report = load(1, resuming, true);
            mongo.save(new Document("_id", MARKER_ID).append("state", "loaded").append("seed", DemoDataSet.SEED)
                    .append("finishedAt", clock.instant().toString()).append("participants", report.participants())
                    .append("commands", report.commands()).append("seconds", report.commandSeconds()), MARKERS);
            return report;
        } catch (RuntimeException failed) {
            mongo.save(new Document("_id", MARKER_ID).append("state", "failed").append("seed", DemoDataSet.SEED)
                    .append("failedAt", clock.instant().toString()), MARKERS);
            throw failed;
        }
    }

    /**
     * Loads {@code copies} copies of the demo data set (the benchmark's ten times; each copy with ids and
     * draws of its own, funding drawn once), and waits for the read models when asked to.
     */
    public LoadReport load(int copies, boolean resuming, boolean awaitReadModels) {
        Progress progress = new Progress();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(daemon("demo-data-progress"));
        reporter.scheduleAtFixedRate(progress::log, PROGRESS_EVERY.toMillis(), PROGRESS_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        try {
            CommandPath commands = new GatewayCommandPath(resuming, progress);
            List<Story> wholeStories = new ArrayList<>();
            List<ThriveIntoWorkStories> trials = new ArrayList<>();
            List<List<ThriveIntoWorkStories.Referral>> trialReferrals = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                wholeStories.addAll(new HousingFirstStories(DemoDataSet.SEED, copy).stories());
                wholeStories.addAll(new RoughSleepingStories(DemoDataSet.SEED, copy).stories());
                wholeStories.addAll(caseworkersDay(copy));
                ThriveIntoWorkStories trial = new ThriveIntoWorkStories(DemoDataSet.SEED, copy);
                trials.add(trial);
                trialReferrals.add(trial.referrals());
            }
            List<ThriveIntoWorkStories.Referral> allReferrals = trialReferrals.stream().flatMap(List::stream).toList();

            List<Runnable> first = new ArrayList<>();
            wholeStories.forEach(story -> first.add(() -> inOneUnitOfWork(() -> story.tell(commands))));
            allReferrals.forEach(referral -> first.add(() -> inOneUnitOfWork(() -> referral.tellReferral(commands))));
            progress.participants.set(wholeStories.size() + allReferrals.size());
            inParallel("people, referrals and Housing First and Rough Sleeping stories", first, progress);

            List<ThriveIntoWorkStories.Referral> enrolled = allReferrals.stream()
                    .filter(ThriveIntoWorkStories.Referral::enrolled).toList();
            progress.start("trial arm allocations", enrolled.size());
            for (int from = 0; from < enrolled.size(); from += ALLOCATIONS_AT_ONCE) {
                stopIfInterrupted();
                List<ThriveIntoWorkStories.Referral> some = enrolled.subList(from,
                        Math.min(enrolled.size(), from + ALLOCATIONS_AT_ONCE));
                inOneUnitOfWork(() -> some.forEach(referral -> referral.tellAllocation(commands)));
                progress.done.addAndGet(some.size());
            }

            Map<String, TrialArm> arms = armsDrawn(enrolled);
            List<Runnable> outcomes = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                trials.get(copy).outcomes(trialReferrals.get(copy), arms)
                        .forEach(outcome -> outcomes.add(() -> inOneUnitOfWork(() -> outcome.tell(commands))));
            }
            inParallel("Thrive into Work outcomes", outcomes, progress);

            boolean fundingRecorded = recordFunding(commands, progress);
            double commandSeconds = (System.nanoTime() - started) / 1e9;
            double readModelSeconds = 0;
            if (awaitReadModels) {
                readModelSeconds = awaitReadModels(copies, progress);
                List<Runnable> gpReferralStories = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    List<DemoPerson> notEnrolled = trialReferrals.get(copy).stream()
                            .filter(referral -> !referral.enrolled()).map(ThriveIntoWorkStories.Referral::person)
                            .toList();
                    List<GpReferralStories.Story> stories = new GpReferralStories(DemoDataSet.SEED, copy)
                            .stories(notEnrolled);
                    progress.participants.addAndGet(stories.stream()
                            .filter(story -> story.fate().registersAPerson()).count());
                    stories.forEach(story -> gpReferralStories.add(() -> gpReferrals.tell(story)));
                }
                long gpReferralsStarted = System.nanoTime();
                inParallel("GP referrals of the demo practice", gpReferralStories, progress);
                commandSeconds += (System.nanoTime() - gpReferralsStarted) / 1e9;
                readModelSeconds += awaitReadModels(copies, progress);
            }
            LoadReport report = new LoadReport(copies, progress.participants.get(), progress.commands.get(),
                    commandSeconds, readModelSeconds, (processCpuNanos() - cpuStarted) / 1e9, fundingRecorded, false);
            log.info("Demo data loaded: {}", report);
            return report;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DemoDataLoadException("Demo data: the load was interrupted", interrupted);
        } finally {
            reporter.shutdownNow();
        }
    }

    /**
     * Only the demo caseworkers' cases of today (no history): for a test of what they see, through the same
     * command path as a whole load; answers how many people they are.
     */
    int loadCaseworkersDay() {
        CommandPath commands = new GatewayCommandPath(false, new Progress());
        List<CaseworkersDayStories.CaseworkerStory> stories = caseworkersDay(0);
        stories.forEach(story -> inOneUnitOfWork(() -> story.tell(commands)));
        return stories.size();
    }

    /** Dated back from the day of the load (the application's clock), so that they are current whenever it runs. */
    private List<CaseworkersDayStories.CaseworkerStory> caseworkersDay(int copy) {
        if (accounts.find(CaseworkersDayStories.CASEWORKER).isEmpty()
                || accounts.find(CaseworkersDayStories.CASEWORKER_2).isEmpty()) {
            log.info("Demo data: no demo caseworker accounts (pathways.demo-users), so no cases of today for them");
            return List.of();
        }
        return new CaseworkersDayStories(DemoDataSet.SEED, copy, java.time.LocalDate.now(clock)).stories();
    }

    /** Waits until every read model has caught up with the events stored so far; answers the seconds waited. */
    private double awaitReadModels(int copies, Progress progress) throws InterruptedException {
        ReadModelsCatchUp catchUp = new ReadModelsCatchUp(processing, eventStore);
        long head = catchUp.head();
        progress.start("read models catching up, events", head + 1);
        long waitStarted = System.nanoTime();
        boolean caughtUp = catchUp.await(head, Duration.ofMinutes(30 * copies),
                position -> progress.done.set(position + 1));
        if (!caughtUp) {
            log.warn("Demo data: the read models had not caught up after {} minutes", 30 * copies);
        }
        return (System.nanoTime() - waitStarted) / 1e9;
    }

    /** Each arm as the system drew it: read from the enrolment's own events (the read models may lag). */
    private Map<String, TrialArm> armsDrawn(List<ThriveIntoWorkStories.Referral> enrolled) {
        Map<String, TrialArm> arms = new HashMap<>();
        for (ThriveIntoWorkStories.Referral referral : enrolled) {
            eventStore.readEvents(referral.enrolmentId(), 0).asStream()
                    .map(DomainEventMessage::getPayload)
                    .filter(TrialArmAllocated.class::isInstance)
                    .map(TrialArmAllocated.class::cast)
                    .findFirst()
                    .ifPresent(allocated -> arms.put(referral.enrolmentId(), allocated.arm()));
        }
        long treatment = arms.values().stream().filter(arm -> arm == TrialArm.TREATMENT).count();
        log.info("Demo data: trial arms drawn: {} treatment, {} control", treatment, arms.size() - treatment);
        return arms;
    }

    /** False when no handler for funding drawdowns is deployed (then none is recorded). */
    private boolean recordFunding(CommandPath commands, Progress progress) {
        List<RecordFundingDrawdown> drawdowns = FundingDrawdowns.all();
        progress.start("funding drawdowns", drawdowns.size());
        try {
            for (RecordFundingDrawdown drawdown : drawdowns) {
                commands.send(drawdown);
                progress.done.incrementAndGet();
            }
            return true;
        } catch (DemoDataLoadException refused) {
            if (refused.getCause() instanceof NoHandlerForCommandException) {
                log.warn("Demo data: funding drawdowns not recorded: no handler for RecordFundingDrawdown is deployed");
                return false;
            }
            throw refused;
        }
    }

    /**
     * The steps run as nested units of work of one: each step is decided as always, answers at once (a later
     * step uses the id of an earlier one), sees what the earlier ones recorded (its aggregate stays loaded,
     * its events staged), and all their events are stored together when the outer one commits: a load, not a
     * person at work, so fewer round trips are worth it. If a step is refused, nothing of the story is stored.
     */
    private static void inOneUnitOfWork(Runnable steps) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("demo data"));
        try {
            steps.run();
        } catch (RuntimeException refused) {
            unitOfWork.rollback(refused);
            throw refused;
        }
        unitOfWork.commit();
    }

    private void inParallel(String phase, List<Runnable> tasks, Progress progress) throws InterruptedException {
        progress.start(phase, tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("demo-data-loader"));
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Runnable task : tasks) {
                futures.add(pool.submit(() -> {
                    if (stopped.get()) {
                        return;
                    }
                    try {
                        task.run();
                        progress.done.incrementAndGet();
                    } catch (RuntimeException failed) {
                        stopped.set(true);
                        throw failed;
                    }
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException failed) {
                    throw failed.getCause() instanceof RuntimeException runtime ? runtime
                            : new DemoDataLoadException("Demo data: " + phase + " failed", failed.getCause());
                }
            }
        } finally {
            stopped.set(true);
            pool.shutdownNow();
        }
    }

    /** CPU time of the whole process (every thread: loader, read models, embedded MongoDB); -1 when unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong number = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts for the progress log: never names or other details of people. */
    private static final class Progress {
        final AtomicLong participants = new AtomicLong();
        final AtomicLong commands = new AtomicLong();
        final AtomicLong done = new AtomicLong();
        volatile String phase = "starting";
        volatile long total;
        final long started = System.nanoTime();

        void start(String phase, long total) {
            this.phase = phase;
            this.total = total;
            this.done.set(0);
            log();
        }

        void log() {
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info(String.format(Locale.ROOT, "Demo data: %s: %,d of %,d; %,d commands sent in %.0f s (%.0f/s)",
                    phase, done.get(), total, commands.get(), seconds, commands.get() / Math.max(seconds, 0.001)));
        }
    }

    /** The command gateway, counting; a refused step stops the load with the step's name, never its content. */
    private final class GatewayCommandPath implements CommandPath {
        private final boolean resuming;
        private final Progress progress;
        private final Caller caller;

        GatewayCommandPath(boolean resuming, Progress progress) {
            this(resuming, progress, DEMO_DATA);
        }

        private GatewayCommandPath(boolean resuming, Progress progress, Caller caller) {
            this.resuming = resuming;
            this.progress = progress;
            this.caller = caller;
        }

        @Override
        public CommandPath as(Caller someone) {
            return new GatewayCommandPath(resuming, progress, someone);
        }

        @Override
        public String send(Object command) {
            if (Thread.currentThread().isInterrupted()) {
                throw new DemoDataLoadException("Demo data: the load was interrupted", new InterruptedException());
            }
            try {
                Object result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(caller.toMetaData()));
                progress.commands.incrementAndGet();
                return result instanceof StepResult step ? step.recordedId()
                        : result == null ? null : result.toString();
            } catch (RuntimeException refused) {
                Throwable reason = refused instanceof CompletionException completion && completion.getCause() != null
                        ? completion.getCause() : refused;
                throw new DemoDataLoadException("Demo data: " + command.getClass().getSimpleName()
                        + " was refused: " + refused.getClass().getSimpleName() + ": " + refused.getMessage(), refused,
                        command.getClass().getSimpleName() + " was refused: " + reason.getClass().getSimpleName());
            }
        }

        @Override
        public void register(DemoPerson person) {
            if (resuming && eventStore.lastSequenceNumberFor(person.participantId()).isPresent()) {
                return;
            }
            send(caller.system() ? person.registration() : person.registration(caller.username()));
        }
    }
}
