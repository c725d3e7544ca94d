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
 * A Thrive into Work (IPS) enrolment's progress: eligibility and consent (the day it was recorded is when the
 * 30-day employer-contact clock starts), the trial arm, the vocational profile, the first face-to-face employer
 * contact, and every job recorded (ended ones too, in the order they were recorded).
 */
public record ThriveIntoWorkProgress(Stage stage,
                                     LocalDate enrolledOn,
                                     TrialArm trialArm,
                                     LocalDate vocationalProfileCompletedOn,
                                     LocalDate firstFaceToFaceEmployerContactOn,
                                     List<Job> jobs) implements PathwayProgress {

    private static final EventCases<ThriveIntoWorkProgress, ThriveIntoWorkProgress> CASES =
            EventCases.<ThriveIntoWorkProgress, ThriveIntoWorkProgress>of()
                    .on(EligibilityAndConsentRecorded.class, (progress, e) -> e.eligible() && e.consentGiven()
                            ? progress.with(Stage.ENROLLED, e.recordedOn(), progress.trialArm) : progress)
                    .on(TrialArmAllocated.class, (progress, e) ->
                            progress.with(Stage.LOOKING_FOR_WORK, progress.enrolledOn, e.arm()))
                    .on(VocationalProfileCompleted.class, (progress, e) -> new ThriveIntoWorkProgress(progress.stage,
                            progress.enrolledOn, progress.trialArm, e.completedOn(),
                            progress.firstFaceToFaceEmployerContactOn, progress.jobs))
                    .on(EmployerContactMade.class, (progress, e) -> e.faceToFace()
                            && progress.firstFaceToFaceEmployerContactOn == null
                            ? new ThriveIntoWorkProgress(progress.stage, progress.enrolledOn, progress.trialArm,
                            progress.vocationalProfileCompletedOn, e.contactedOn(), progress.jobs)
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

    public ThriveIntoWorkProgress {
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
    }

    static ThriveIntoWorkProgress referred() {
        return new ThriveIntoWorkProgress(Stage.REFERRED, null, null, null, null, List.of());
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
            case ALLOCATE_TRIAL_ARM -> stage == Stage.REFERRED
                    ? Optional.of("A trial arm is allocated only after eligibility and consent are recorded")
                    : unless(trialArm == null, "The trial arm has already been allocated; an allocation is permanent");
            case COMPLETE_VOCATIONAL_PROFILE -> trialArm != TrialArm.TREATMENT
                    ? ipsOnly("A vocational profile")
                    : unless(vocationalProfileCompletedOn == null, "The vocational profile is already completed");
            case RECORD_EMPLOYER_CONTACT -> trialArm != TrialArm.TREATMENT
                    ? ipsOnly("Employer contact") : Optional.empty();
            case RECORD_JOB_START -> unless(trialArm != null,
                    "A job start can be recorded only after a trial arm is allocated");
            case RECORD_JOB_SUSTAINMENT_CHECK -> unless(currentJobs().stream()
                            .anyMatch(job -> !job.outstandingChecks().isEmpty()),
                    "No current job has a sustainment check outstanding");
            case END_JOB -> unless(!currentJobs().isEmpty(), "There is no current job to end");
            case CORRECT_JOB_START -> unless(!jobs.isEmpty(), "No job has been recorded, so there is none to correct");
            default -> throw new IllegalArgumentException(step + " is not a Thrive into Work step");
        };
    }

    private Optional<String> ipsOnly(String what) {
        return Optional.of(trialArm == null
                ? what + " comes after the trial arm is allocated"
                : what + " is part of IPS support; this participant is in the control arm (usual care)");
    }

    /**
     * The first face-to-face employer contact, due within 30 days of enrolment (IPS fidelity; treatment arm),
     * and the sustainment checks of current jobs.
     */
    @Override
    public List<DueItem> due() {
        List<DueItem> due = new ArrayList<>();
        if (trialArm == TrialArm.TREATMENT && firstFaceToFaceEmployerContactOn == null && enrolledOn != null) {
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

    private ThriveIntoWorkProgress with(Stage next, LocalDate enrolled, TrialArm arm) {
        return new ThriveIntoWorkProgress(next, enrolled, arm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, jobs);
    }

    private ThriveIntoWorkProgress withJobs(List<Job> changed) {
        Stage next = changed.stream().anyMatch(Job::isRunning) ? Stage.IN_WORK : Stage.LOOKING_FOR_WORK;
        return new ThriveIntoWorkProgress(next, enrolledOn, trialArm, vocationalProfileCompletedOn,
                firstFaceToFaceEmployerContactOn, changed);
    }

    private ThriveIntoWorkProgress withJob(String jobId, UnaryOperator<Job> change) {
        if (job(jobId).isEmpty()) {
            return this;
        }
        return withJobs(jobs.stream().map(job -> job.id().equals(jobId) ? change.apply(job) : job).toList());
    }
}
