package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.Job;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkProgress;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.listed;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.tidy;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;

/**
 * How the Thrive into Work (IPS) steps are decided: referral, eligibility and consent (either missing closes the
 * enrolment), the trial arm (trial-funded enrolments only; drawn, never chosen, and one per person for life),
 * vocational profile, employer contacts, jobs, corrections of
 * their starts, their 13 and 26-week checks and their ends. What the steps allow when is
 * {@link ThriveIntoWorkProgress}'s; the field rules are {@link ThriveIntoWorkRules}.
 */
final class ThriveIntoWorkSteps {

    private ThriveIntoWorkSteps() {
    }

    static ReferredToThriveIntoWork refer(ReferToThriveIntoWork command, StepProblems startProblems, Clock clock) {
        String odsCode = tidy(command.referrerOdsCode());
        ThriveIntoWorkRules.referral(command, startProblems);
        startProblems.throwIfAny();
        return new ReferredToThriveIntoWork(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.source(), odsCode == null ? null : odsCode.toUpperCase(),
                command.referredOn(), command.requestId(), command.recordedBy(), clock.instant());
    }

    static Decision recordEligibilityAndConsent(RecordEligibilityAndConsent command, EnrolmentState state,
                                                Clock clock) {
        return new Decision(Step.RECORD_ELIGIBILITY_AND_CONSENT, problems -> ThriveIntoWorkRules.eligibilityAndConsent(command, problems), () -> {
            apply(new EligibilityAndConsentRecorded(state.enrolmentId(), command.eligible(), command.consentGiven(),
                    command.recordedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            if (!command.eligible() || !command.consentGiven()) {
                ExitReason reason = command.eligible() ? ExitReason.CONSENT_NOT_GIVEN : ExitReason.NOT_ELIGIBLE;
                apply(new EnrolmentClosed(state.enrolmentId(), reason, null, command.recordedOn(),
                        command.requestId(), command.recordedBy(), clock.instant()));
            }
            return state.enrolmentId();
        });
    }

    /**
     * Allocates the trial arm, once the step is allowed (trial-funded, consented, no arm yet): the person's arm
     * from an earlier trial enrolment if they had one (no new draw), otherwise a new draw.
     */
    static Decision allocateTrialArm(AllocateTrialArm command, EnrolmentState state, Clock clock,
                                     TrialArmRandomiser randomiser, TrialArmRegistry arms) {
        return new Decision(Step.ALLOCATE_TRIAL_ARM, problems -> ThriveIntoWorkRules.trialArmAllocation(command, problems), () -> {
            ThriveIntoWorkProgress progress = progress(state);
            rejectIf(progress.consentRecordedOn() != null
                            && command.allocatedOn().isBefore(progress.consentRecordedOn()),
                    "allocatedOn", "Allocation date cannot be before eligibility and consent were recorded");
            TrialArmRegistry.Claim claim = arms.claim(state.participantId(), state.enrolmentId(), randomiser::draw);
            TrialArmRandomiser.Draw draw = claim.draw();
            apply(claim.drawnFor(state.enrolmentId())
                    ? new TrialArmAllocated(state.enrolmentId(), draw.arm(), draw.drawn(), draw.drawRange(),
                    draw.treatmentBelow(), command.allocatedOn(), command.requestId(), command.recordedBy(),
                    clock.instant())
                    : TrialArmAllocated.reused(state.enrolmentId(), claim.arm(), claim.enrolmentId(),
                    command.allocatedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision completeVocationalProfile(CompleteVocationalProfile command, EnrolmentState state, Clock clock) {
        return new Decision(Step.COMPLETE_VOCATIONAL_PROFILE, problems -> ThriveIntoWorkRules.vocationalProfile(command, problems), () -> {
            apply(new VocationalProfileCompleted(state.enrolmentId(), command.completedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision recordEmployerContact(RecordEmployerContact command, EnrolmentState state, Clock clock) {
        return new Decision(Step.RECORD_EMPLOYER_CONTACT, problems -> ThriveIntoWorkRules.employerContact(command, problems), () -> {
            String employerContactId = Enrolment.newId();
            apply(new EmployerContactMade(state.enrolmentId(), employerContactId, tidy(command.employer()),
                    command.faceToFace(), command.contactedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return employerContactId;
        });
    }

    static Decision recordJobStart(RecordJobStart command, EnrolmentState state, Clock clock) {
        return new Decision(Step.RECORD_JOB_START, problems -> ThriveIntoWorkRules.jobStart(command, problems), () -> {
            String jobId = Enrolment.newId();
            apply(new JobStarted(state.enrolmentId(), jobId, tidy(command.employer()), tidy(command.jobTitle()),
                    command.sector(), command.hoursPerWeek(), command.hourlyPay(), command.startedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return jobId;
        });
    }

    /**
     * Corrects the start date, hours or pay of a job recorded wrongly, ended or not. The job's sustainment
     * checkpoints follow the corrected date; reports as at an earlier day still see the job as first recorded.
     */
    static Decision correctJobStart(CorrectJobStart command, EnrolmentState state, Clock clock) {
        BigDecimal hours = command.hoursPerWeek();
        BigDecimal pay = command.hourlyPay();
        return new Decision(Step.CORRECT_JOB_START, problems -> ThriveIntoWorkRules.jobStartCorrection(command, problems),
                knownJob(state, command.jobId()), () -> {
            Job job = progress(state).job(command.jobId()).orElseThrow();
            rejectIf(!job.isRunning() && command.startedOn().isAfter(job.endedOn()), "startedOn",
                    "Job start date cannot be after the job ended");
            rejectIf(command.startedOn().equals(job.startedOn()) && sameAmount(hours, job.hoursPerWeek())
                            && sameAmount(pay, job.hourlyPay()), "jobId",
                    "Nothing to correct: the job's start date, hours a week and hourly pay are already as given");
            apply(new JobStartCorrected(state.enrolmentId(), job.id(), command.startedOn(), hours, pay,
                    tidy(command.reason()), command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    /** Equal in value (16 and 16.0 are the same hours); an amount not known (null) is taken to differ. */
    private static boolean sameAmount(BigDecimal given, BigDecimal recorded) {
        return recorded != null && given.compareTo(recorded) == 0;
    }

    static Decision recordJobSustainmentCheck(RecordJobSustainmentCheck command, EnrolmentState state, Clock clock) {
        int weeks = command.weeksAfterStart();
        return new Decision(Step.RECORD_JOB_SUSTAINMENT_CHECK, problems -> ThriveIntoWorkRules.jobCheck(command, problems), knownJob(state, command.jobId()), () -> {
            Job job = currentJob(state, command.jobId());
            List<Integer> outstanding = job.outstandingChecks();
            rejectIf(!outstanding.contains(weeks), "weeksAfterStart", outstanding.isEmpty()
                    ? "Every sustainment check of this job has been recorded"
                    : "Weeks after start must be a check still outstanding for this job: " + listed(outstanding));
            rejectIf(command.checkedOn().isBefore(job.startedOn().plusWeeks(weeks)), "checkedOn",
                    "Check date cannot be before the checkpoint, " + weeks + " weeks after the job started");
            apply(new JobSustainmentChecked(state.enrolmentId(), job.id(), weeks, command.checkedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision endJob(EndJob command, EnrolmentState state, Clock clock) {
        return new Decision(Step.END_JOB, problems -> ThriveIntoWorkRules.endJob(command, problems), knownJob(state, command.jobId()), () -> {
            Job job = currentJob(state, command.jobId());
            rejectIf(command.endedOn().isBefore(job.startedOn()), "endedOn",
                    "Job end date cannot be before the job started");
            apply(new JobEnded(state.enrolmentId(), job.id(), command.reason(), command.endedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    private static Runnable knownJob(EnrolmentState state, String jobId) {
        return () -> {
            if (state.thriveIntoWork().flatMap(progress -> progress.job(jobId)).isEmpty()) {
                throw UnknownReferenceException.job();
            }
        };
    }

    private static Job currentJob(EnrolmentState state, String jobId) {
        Job job = progress(state).job(jobId).orElseThrow();
        rejectIf(!job.isRunning(), "jobId", "This job has ended");
        return job;
    }

    private static ThriveIntoWorkProgress progress(EnrolmentState state) {
        return state.thriveIntoWork().orElseThrow();
    }
}
