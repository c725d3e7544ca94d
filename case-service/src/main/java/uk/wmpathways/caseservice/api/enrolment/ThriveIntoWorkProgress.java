package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static uk.wmpathways.caseservice.api.enrolment.PathwayProgress.unless;
import static uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules.FIRST_EMPLOYER_CONTACT_WITHIN_DAYS;

/**
 * A Thrive into Work (IPS) enrolment's progress: eligibility and consent, the trial arm, the vocational profile,
 * the first face-to-face employer contact, and every job recorded (ended ones too, in the order they were
 * recorded).
 * <p>
 * Only enrolments funded by the trial (RCT) stream are randomised: they are enrolled on the day their arm is
 * allocated, and only the treatment arm receives IPS. Outside the trial (for example the expansion stream)
 * everyone receives IPS and has no arm, enrolled on the day eligibility and consent were recorded. Either way
 * the 30-day clock for the first face-to-face employer contact starts on {@code enrolledOn}.
 * {@code fundingStream} is null in a state stored before it was kept here; {@link EnrolmentState} fills it in
 * from its own funding stream ({@link #fundedBy}).
 */
public record ThriveIntoWorkProgress(Stage stage,
                                     LocalDate enrolledOn,
                                     TrialArm trialArm,
                                     LocalDate vocationalProfileCompletedOn,
                                     LocalDate firstFaceToFaceEmployerContactOn,
                                     List<Job> jobs,
                                     FundingStream fundingStream,
                                     LocalDate consentRecordedOn) implements PathwayProgress {

    private static final EventCases<ThriveIntoWorkProgress, ThriveIntoWorkProgress> CASES =
            EventCases.<ThriveIntoWorkProgress, ThriveIntoWorkProgress>of()
                    .on(EligibilityAndConsentRecorded.class, (progress, e) -> e.eligible() && e.consentGiven()
                            ? progress.consented(e.recordedOn()) : progress)
                    .on(TrialArmAllocated.class, (progress, e) -> progress.allocated(e.arm(), e.allocatedOn()))
                    .on(VocationalProfileCompleted.class, (progress, e) -> new ThriveIntoWorkProgress(progress.stage,
                            progress.enrolledOn, progress.trialArm, e.completedOn(),
                            progress.firstFaceToFaceEmployerContactOn, progress.jobs, progress.fundingStream,
                            progress.consentRecordedOn))
                    .on(EmployerContactMade.class, (progress, e) -> e.faceToFace()
                            && progress.firstFaceToFaceEmployerContactOn == null
                            ? new ThriveIntoWorkProgress(progress.stage, progress.enrolledOn, progress.trialArm,
                            progress.vocationalProfileCompletedOn, e.contactedOn(), progress.jobs,
                            progress.fundingStream, progress.consentRecordedOn)
                            : progress)
                    .on(JobStarted.class, (progress, e) -> {
                        List<Job> jobs = new ArrayList<>(progress.jobs);
                        jobs.add(Job.started(e));
                        return progress.withJobs(jobs);
                    })
                    .on(JobStartCorrected.class, (progress, e) -> progress.withJob(e.jobId(), job -> job.corrected(e)))
                    .on(JobSustainmentChecked.class, (progress, e) ->
                            progress.withJob(e.jobId(), job -> job.checked(e.weeksAfterStart())))
                    .on(JobEnded.class, (progress, e) -> progress.withJob(e.jobId(), job -> job.ended(e.endedOn())));

    /** The shape before the funding stream and the consent day were kept (read models and tests built it so). */
    public ThriveIntoWorkProgress(Stage stage, LocalDate enrolledOn, TrialArm trialArm,
                                  LocalDate vocationalProfileCompletedOn, LocalDate firstFaceToFaceEmployerContactOn,
                                  List<Job> jobs) {
        this(stage, enrolledOn, trialArm, vocationalProfileCompletedOn, firstFaceToFaceEmployerContactOn, jobs, null,
                null);
    }

    public ThriveIntoWorkProgress {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    static ThriveIntoWorkProgress referred(FundingStream fundingStream) {
        return new ThriveIntoWorkProgress(Stage.REFERRED, null, null, null, null, List.of(), fundingStream, null);
    }

    /** Funded by the trial (RCT) stream: randomised, and enrolled on the day its arm is allocated. */
    public boolean inTrial() {
        return fundingStream == FundingStream.THRIVE_INTO_WORK_TRIAL;
    }

    /** Gets IPS support: in the trial, the treatment arm; outside it, everyone enrolled. */
    public boolean receivesIps() {
        return inTrial() ? trialArm == TrialArm.TREATMENT : enrolledOn != null;
    }

    /** This progress with the enrolment's funding stream (a state stored before it was kept here has none). */
    ThriveIntoWorkProgress fundedBy(FundingStream stream) {
        return new ThriveIntoWorkProgress(stage, enrolledOn, trialArm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, jobs, stream, consentRecordedOn);
    }

    @Override
    public Pathway pathway() {
        return Pathway.THRIVE_INTO_WORK;
    }

    @Override
    public ThriveIntoWorkProgress apply(EnrolmentEvent event) {
        return CASES.apply(this, event).orElse(this);
    }

    @Override
    public Set<Class<? extends EnrolmentEvent>> taught() {
        return CASES.taught();
    }

    @Override
    public Optional<String> whyNot(Step step) {
        return switch (step) {
            case RECORD_ELIGIBILITY_AND_CONSENT -> unless(stage == Stage.REFERRED,
                    "Eligibility and consent have already been recorded");
            case ALLOCATE_TRIAL_ARM -> whyNotAllocate();
            case COMPLETE_VOCATIONAL_PROFILE -> !receivesIps()
                    ? ipsOnly("A vocational profile")
                    : unless(vocationalProfileCompletedOn == null, "The vocational profile is already completed");
            case RECORD_EMPLOYER_CONTACT -> !receivesIps() ? ipsOnly("Employer contact") : Optional.empty();
            case RECORD_JOB_START -> inTrial()
                    ? unless(trialArm != null, "A job start can be recorded only after a trial arm is allocated")
                    : unless(enrolledOn != null,
                    "A job start can be recorded only after eligibility and consent are recorded");
            case RECORD_JOB_SUSTAINMENT_CHECK -> unless(currentJobs().stream()
                            .anyMatch(job -> !job.outstandingChecks().isEmpty()),
                    "No current job has a sustainment check outstanding");
            case END_JOB -> unless(!currentJobs().isEmpty(), "There is no current job to end");
            case CORRECT_JOB_START -> unless(!jobs.isEmpty(), "No job has been recorded, so there is none to correct");
            default -> throw new IllegalArgumentException(step + " is not a Thrive into Work step");
        };
    }

    /** Outside the trial no one is ever randomised. */
    @Override
    public boolean neverAllowed(Step step) {
        return step == Step.ALLOCATE_TRIAL_ARM && !inTrial();
    }

    private Optional<String> whyNotAllocate() {
        if (!inTrial()) {
            return Optional.of("Only trial-funded enrolments are randomised: this enrolment is funded by "
                    + (fundingStream == null ? "another stream" : "the " + fundingStream.label())
                    + ", so the person receives IPS support and has no trial arm");
        }
        return stage == Stage.REFERRED
                ? Optional.of("A trial arm is allocated only after eligibility and consent are recorded")
                : unless(trialArm == null, "The trial arm has already been allocated; an allocation is permanent");
    }

    private Optional<String> ipsOnly(String what) {
        if (!inTrial()) {
            return Optional.of(what + " comes after eligibility and consent are recorded");
        }
        return Optional.of(trialArm == null
                ? what + " comes after the trial arm is allocated"
                : what + " is part of IPS support; this participant is in the control arm (usual care)");
    }

    /**
     * The first face-to-face employer contact, due within 30 days of enrolment for everyone receiving IPS (IPS
     * fidelity: the trial's treatment arm from its allocation day, everyone outside the trial from consent), and
     * the sustainment checks of current jobs.
     */
    @Override
    public List<DueItem> due() {
        List<DueItem> due = new ArrayList<>();
        if (receivesIps() && firstFaceToFaceEmployerContactOn == null && enrolledOn != null) {
            due.add(new DueItem(DueItem.Kind.FIRST_EMPLOYER_CONTACT,
                    enrolledOn.plusDays(FIRST_EMPLOYER_CONTACT_WITHIN_DAYS), null, Step.RECORD_EMPLOYER_CONTACT,
                    "First face-to-face employer contact (within " + FIRST_EMPLOYER_CONTACT_WITHIN_DAYS
                            + " days of enrolment)"));
        }
        for (Job job : currentJobs()) {
            for (int weeks : job.outstandingChecks()) {
                due.add(new DueItem(DueItem.Kind.JOB_SUSTAINMENT_CHECK, job.startedOn().plusWeeks(weeks), job.id(),
                        Step.RECORD_JOB_SUSTAINMENT_CHECK,
                        weeks + "-week job sustainment check: " + job.description()));
            }
        }
        return due;
    }

    public List<Job> currentJobs() {
        return jobs.stream().filter(Job::isRunning).toList();
    }

    public Optional<Job> job(String jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    /** Eligible and consenting: in the trial, awaiting allocation; outside it, enrolled with IPS from today. */
    private ThriveIntoWorkProgress consented(LocalDate on) {
        return inTrial()
                ? new ThriveIntoWorkProgress(Stage.ENROLLED, null, trialArm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, jobs, fundingStream, on)
                : new ThriveIntoWorkProgress(Stage.LOOKING_FOR_WORK, on, null, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, jobs, fundingStream, on);
    }

    /**
     * The trial counted randomised participants: enrolled on the allocation day. (An enrolment outside the trial
     * allocated before that was refused keeps its arm as history and its consent day.)
     */
    private ThriveIntoWorkProgress allocated(TrialArm arm, LocalDate on) {
        return new ThriveIntoWorkProgress(Stage.LOOKING_FOR_WORK, inTrial() ? on : enrolledOn, arm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, jobs, fundingStream, consentRecordedOn);
    }

    private ThriveIntoWorkProgress withJobs(List<Job> changed) {
        Stage next = changed.stream().anyMatch(Job::isRunning) ? Stage.IN_WORK : Stage.LOOKING_FOR_WORK;
        return new ThriveIntoWorkProgress(next, enrolledOn, trialArm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, changed, fundingStream, consentRecordedOn);
    }

    private ThriveIntoWorkProgress withJob(String jobId, UnaryOperator<Job> change) {
        if (job(jobId).isEmpty()) {
            return this;
        }
        return withJobs(jobs.stream().map(job -> job.id().equals(jobId) ? change.apply(job) : job).toList());
    }
}
