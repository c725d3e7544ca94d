package uk.wmpathways.caseservice.enrolment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.AssignWorker;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.CorrectJobStart;
import uk.wmpathways.caseservice.api.enrolment.EligibilityAndConsentRecorded;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EmployerContactMade;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentReopened;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentStartedEvent;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentTransferred;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.JobEnded;
import uk.wmpathways.caseservice.api.enrolment.JobStartCorrected;
import uk.wmpathways.caseservice.api.enrolment.JobStarted;
import uk.wmpathways.caseservice.api.enrolment.JobSustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.StaleEnrolmentVersionException;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.TransferEnrolment;
import uk.wmpathways.caseservice.api.enrolment.TrialArmAllocated;
import uk.wmpathways.caseservice.api.enrolment.VocationalProfileCompleted;
import uk.wmpathways.caseservice.api.enrolment.WorkerAssigned;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.EnrolmentState.JOB_CHECK_WEEKS;
import static uk.wmpathways.caseservice.api.enrolment.EnrolmentState.TENANCY_CHECK_MONTHS;
import static uk.wmpathways.caseservice.enrolment.Problems.isBlank;
import static uk.wmpathways.caseservice.enrolment.Problems.reject;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;
import static uk.wmpathways.caseservice.enrolment.Problems.tidy;

/**
 * A pathway enrolment (case) of any of the three pathways. What a step needs to know of the past is in
 * {@link EnrolmentState}, the fold the read side shares, so that a step offered on screen is a step accepted
 * here. Every step is decided in the same order ({@link #decide}): a retried request answers as the first
 * time did; a stale version is refused (409); the fields are checked on their own (400); the step must be
 * allowed in the current state (409); then the fields are checked against what is recorded (400).
 * Started by {@link EnrolmentStartHandler}.
 */
@Aggregate(snapshotTriggerDefinition = "enrolmentSnapshotTrigger")
class Enrolment {

    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 500;
    static final int MAX_NOTE_LENGTH = 2000;
    static final int MAX_CONTACT_MINUTES = 600;
    static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(80);
    static final BigDecimal HOURLY_PAY_BELOW = BigDecimal.valueOf(1000);
    static final Pattern ODS_CODE = Pattern.compile("[A-Za-z0-9]{3,10}");

    @AggregateIdentifier
    private String enrolmentId;
    /** The request id the enrolment was started with: a retry of the start with it records nothing. */
    private String startedByRequest;
    private EnrolmentState state = new EnrolmentState();

    Enrolment() {
        // for Axon: state is rebuilt from events
    }

    // ---------------------------------------------------------------------------------------------------------
    // Starting an enrolment

    Enrolment(ReferToHousingFirst command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        startProblems(command, Pathway.HOUSING_FIRST, clock, organisations, workers)
                .required("source", command.source(), "Referral source")
                .stepDate("referredOn", command.referredOn(), "Referral date")
                .throwIfAny();
        apply(new ReferredToHousingFirst(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.source(), command.referredOn(), command.requestId(),
                command.recordedBy(), clock.instant()));
    }

    Enrolment(RecordOutreachContact command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        startProblems(command, Pathway.ROUGH_SLEEPING_INITIATIVE, clock, organisations, workers)
                .stepDate("contactedOn", command.contactedOn(), "Contact date")
                .text("location", command.location(), "Location", MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new OutreachContactMade(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.contactedOn(), tidy(command.location()),
                command.verifiedRoughSleeper(), command.requestId(), command.recordedBy(), clock.instant()));
    }

    Enrolment(ReferToThriveIntoWork command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        String odsCode = tidy(command.referrerOdsCode());
        startProblems(command, Pathway.THRIVE_INTO_WORK, clock, organisations, workers)
                .required("source", command.source(), "Referral source")
                .addIf(odsCode != null && !ODS_CODE.matcher(odsCode).matches(), "referrerOdsCode",
                        "Referrer ODS code must be 3 to 10 letters or digits")
                .stepDate("referredOn", command.referredOn(), "Referral date")
                .throwIfAny();
        apply(new ReferredToThriveIntoWork(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.source(), odsCode == null ? null : odsCode.toUpperCase(),
                command.referredOn(), command.requestId(), command.recordedBy(), clock.instant()));
    }

    private static Problems startProblems(StartEnrolmentCommand command, Pathway pathway, Clock clock,
                                          ProviderOrganisations organisations, Workers workers) {
        Problems problems = new Problems(LocalDate.now(clock), null, null);
        if (isBlank(command.providerOrganisation())) {
            problems.add("providerOrganisation", "Provider organisation is required");
        } else if (!organisations.exists(command.providerOrganisation())) {
            problems.add("providerOrganisation", "Provider organisation is not one of the known organisations");
        }
        problems.required("localAuthority", command.localAuthority(), "Local authority");
        String streams = Arrays.stream(FundingStream.values()).filter(stream -> stream.pathway() == pathway)
                .map(FundingStream::name).collect(Collectors.joining(", "));
        if (command.fundingStream() == null) {
            problems.add("fundingStream", "Funding stream is required: one of " + streams);
        } else if (command.fundingStream().pathway() != pathway) {
            problems.add("fundingStream", "Funding stream must be one of " + pathway.label() + ": " + streams);
        }
        if (!isBlank(command.assignedWorker()) && organisations.exists(command.providerOrganisation())) {
            workerProblem(workers, command.assignedWorker(), command.providerOrganisation(), "this organisation")
                    .ifPresent(message -> problems.add("assignedWorker", message));
        }
        return problems;
    }

    /** True when this enrolment was started by a request with this id (so a retry of it records nothing). */
    boolean wasStartedBy(String requestId) {
        return requestId != null && requestId.equals(startedByRequest);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Housing First

    @CommandHandler
    String handle(AssessHousingFirstEligibility command, Clock clock) {
        return decide(command, Step.ASSESS_HOUSING_FIRST_ELIGIBILITY, clock, problems -> problems
                .addIf(!command.accepted() && command.declineReason() == null, "declineReason",
                        "Decline reason is required when the referral is declined")
                .addIf(command.accepted() && command.declineReason() != null, "declineReason",
                        "A decline reason is given only when the referral is declined")
                .stepDate("assessedOn", command.assessedOn(), "Assessment date"), () -> {
            apply(new HousingFirstEligibilityAssessed(enrolmentId, command.accepted(), command.declineReason(),
                    command.assessedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            if (!command.accepted()) {
                closeAsPartOf(command, ExitReason.NOT_ELIGIBLE, ExitDestination.NOT_KNOWN, command.assessedOn(), clock);
            }
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(StartTenancy command, Clock clock) {
        return decide(command, Step.START_TENANCY, clock, problems -> problems
                .text("property", command.property(), "Property", MAX_TEXT_LENGTH)
                .required("landlordType", command.landlordType(), "Landlord type")
                .stepDate("startedOn", command.startedOn(), "Tenancy start date"), () -> {
            String tenancyId = newId();
            apply(new TenancyStarted(enrolmentId, tenancyId, tidy(command.property()), command.landlordType(),
                    command.startedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return tenancyId;
        });
    }

    @CommandHandler
    String handle(RecordTenancySustainmentCheck command, Clock clock) {
        int months = command.monthsAfterStart();
        return decide(command, Step.RECORD_TENANCY_SUSTAINMENT_CHECK, clock, problems -> problems
                .required("tenancyId", command.tenancyId(), "Tenancy")
                .addIf(!TENANCY_CHECK_MONTHS.contains(months), "monthsAfterStart",
                        "Months after start must be one of " + listed(TENANCY_CHECK_MONTHS))
                .stepDate("checkedOn", command.checkedOn(), "Check date"), () -> {
            EnrolmentState.Held tenancy = runningTenancy(command.tenancyId(), Step.RECORD_TENANCY_SUSTAINMENT_CHECK);
            List<Integer> outstanding = tenancy.outstandingChecks(TENANCY_CHECK_MONTHS);
            rejectIf(!outstanding.contains(months), "monthsAfterStart",
                    "Months after start must be a check still outstanding for this tenancy: " + listed(outstanding));
            rejectIf(command.checkedOn().isBefore(tenancy.startedOn().plusMonths(months)), "checkedOn",
                    "Check date cannot be before the checkpoint, " + months + " months after the tenancy started");
            apply(new TenancySustainmentChecked(enrolmentId, tenancy.id(), months, command.checkedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(EndTenancy command, Clock clock) {
        return decide(command, Step.END_TENANCY, clock, problems -> problems
                .required("tenancyId", command.tenancyId(), "Tenancy")
                .required("reason", command.reason(), "Reason the tenancy ended")
                .stepDate("endedOn", command.endedOn(), "Tenancy end date"), () -> {
            EnrolmentState.Held tenancy = runningTenancy(command.tenancyId(), Step.END_TENANCY);
            rejectIf(command.endedOn().isBefore(tenancy.startedOn()), "endedOn",
                    "Tenancy end date cannot be before the tenancy started");
            apply(new TenancyEnded(enrolmentId, tenancy.id(), command.reason(), command.endedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    /** The running tenancy, when it is the one the command is about (another may have started meanwhile). */
    private EnrolmentState.Held runningTenancy(String tenancyId, Step step) {
        EnrolmentState.Held tenancy = state.currentTenancy().orElseThrow();
        if (!tenancy.id().equals(tenancyId)) {
            throw new StepNotAllowedException(step, "That tenancy is not the one running now; reload the enrolment");
        }
        return tenancy;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rough Sleeping Initiative

    @CommandHandler
    String handle(PlaceInEmergencyAccommodation command, Clock clock) {
        return decide(command, Step.PLACE_IN_EMERGENCY_ACCOMMODATION, clock, problems -> problems
                .required("accommodationType", command.accommodationType(), "Accommodation type")
                .text("accommodationName", command.accommodationName(), "Accommodation name", MAX_TEXT_LENGTH)
                .stepDate("placedOn", command.placedOn(), "Placement date"), () -> {
            String placementId = newId();
            apply(new EmergencyAccommodationPlaced(enrolmentId, placementId, command.accommodationType(),
                    tidy(command.accommodationName()), command.placedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return placementId;
        });
    }

    @CommandHandler
    String handle(RecordMoveOn command, Clock clock) {
        return decide(command, Step.RECORD_MOVE_ON, clock, problems -> problems
                .required("kind", command.kind(), "Kind of move-on")
                .text("destination", command.destination(), "Destination", MAX_TEXT_LENGTH)
                .stepDate("movedOn", command.movedOn(), "Move-on date"), () -> {
            apply(new MovedOn(enrolmentId, command.kind(), tidy(command.destination()),
                    command.intendedToLastSixMonthsOrMore(), command.movedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(RecordReturnToRoughSleeping command, Clock clock) {
        return decide(command, Step.RECORD_RETURN_TO_ROUGH_SLEEPING, clock, problems -> problems
                .stepDate("seenOn", command.seenOn(), "Date seen")
                .text("location", command.location(), "Location", MAX_TEXT_LENGTH), () -> {
            rejectIf(state.stage() == Stage.MOVED_ON && command.seenOn().isBefore(state.movedOnOn()), "seenOn",
                    "Date seen cannot be before the move-on");
            apply(new ReturnedToRoughSleeping(enrolmentId, command.seenOn(), tidy(command.location()),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Thrive into Work

    @CommandHandler
    String handle(RecordEligibilityAndConsent command, Clock clock) {
        return decide(command, Step.RECORD_ELIGIBILITY_AND_CONSENT, clock, problems -> problems
                .stepDate("recordedOn", command.recordedOn(), "Date recorded"), () -> {
            apply(new EligibilityAndConsentRecorded(enrolmentId, command.eligible(), command.consentGiven(),
                    command.recordedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            if (!command.eligible() || !command.consentGiven()) {
                ExitReason reason = command.eligible() ? ExitReason.CONSENT_NOT_GIVEN : ExitReason.NOT_ELIGIBLE;
                closeAsPartOf(command, reason, null, command.recordedOn(), clock);
            }
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(AllocateTrialArm command, Clock clock, TrialArmRandomiser randomiser) {
        return decide(command, Step.ALLOCATE_TRIAL_ARM, clock, problems -> problems
                .stepDate("allocatedOn", command.allocatedOn(), "Allocation date"), () -> {
            rejectIf(state.enrolledOn() != null && command.allocatedOn().isBefore(state.enrolledOn()), "allocatedOn",
                    "Allocation date cannot be before eligibility and consent were recorded");
            TrialArmRandomiser.Draw draw = randomiser.draw();
            apply(new TrialArmAllocated(enrolmentId, draw.arm(), draw.drawn(), draw.drawRange(), draw.treatmentBelow(),
                    command.allocatedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(CompleteVocationalProfile command, Clock clock) {
        return decide(command, Step.COMPLETE_VOCATIONAL_PROFILE, clock, problems -> problems
                .stepDate("completedOn", command.completedOn(), "Completion date"), () -> {
            apply(new VocationalProfileCompleted(enrolmentId, command.completedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(RecordEmployerContact command, Clock clock) {
        return decide(command, Step.RECORD_EMPLOYER_CONTACT, clock, problems -> problems
                .text("employer", command.employer(), "Employer", MAX_TEXT_LENGTH)
                .stepDate("contactedOn", command.contactedOn(), "Contact date"), () -> {
            String employerContactId = newId();
            apply(new EmployerContactMade(enrolmentId, employerContactId, tidy(command.employer()),
                    command.faceToFace(), command.contactedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return employerContactId;
        });
    }

    @CommandHandler
    String handle(RecordJobStart command, Clock clock) {
        BigDecimal hours = command.hoursPerWeek();
        BigDecimal pay = command.hourlyPay();
        return decide(command, Step.RECORD_JOB_START, clock, problems -> jobTerms(problems
                .text("employer", command.employer(), "Employer", MAX_TEXT_LENGTH)
                .text("jobTitle", command.jobTitle(), "Job title", MAX_TEXT_LENGTH)
                .required("sector", command.sector(), "Sector"), hours, pay)
                .stepDate("startedOn", command.startedOn(), "Job start date"), () -> {
            String jobId = newId();
            apply(new JobStarted(enrolmentId, jobId, tidy(command.employer()), tidy(command.jobTitle()),
                    command.sector(), hours, pay, command.startedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return jobId;
        });
    }

    /** The hours a week and hourly pay of a job, as agreed at its start: the same rules when they are corrected. */
    private static Problems jobTerms(Problems problems, BigDecimal hours, BigDecimal pay) {
        return problems
                .required("hoursPerWeek", hours, "Hours a week")
                .addIf(hours != null && (hours.signum() <= 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0),
                        "hoursPerWeek", "Hours a week must be more than 0 and at most " + MAX_HOURS_PER_WEEK)
                .required("hourlyPay", pay, "Hourly pay")
                .addIf(pay != null && (pay.signum() <= 0 || pay.compareTo(HOURLY_PAY_BELOW) >= 0),
                        "hourlyPay", "Hourly pay must be more than £0 and less than £" + HOURLY_PAY_BELOW);
    }

    /**
     * Corrects the start date, hours or pay of a job recorded wrongly, ended or not. The job's sustainment
     * checkpoints follow the corrected date; reports as at an earlier day still see the job as first recorded.
     */
    @CommandHandler
    String handle(CorrectJobStart command, Clock clock) {
        BigDecimal hours = command.hoursPerWeek();
        BigDecimal pay = command.hourlyPay();
        return decide(command, Step.CORRECT_JOB_START, clock, problems -> jobTerms(problems
                .required("jobId", command.jobId(), "Job")
                .stepDate("startedOn", command.startedOn(), "Job start date"), hours, pay)
                .text("reason", command.reason(), "Reason for the correction", MAX_REASON_LENGTH), () -> {
            EnrolmentState.Held job = state.job(command.jobId()).orElse(null);
            rejectIf(job == null, "jobId", "No job with this id is recorded on this enrolment");
            rejectIf(!job.isRunning() && command.startedOn().isAfter(job.endedOn()), "startedOn",
                    "Job start date cannot be after the job ended");
            rejectIf(command.startedOn().equals(job.startedOn()) && sameAmount(hours, job.hoursPerWeek())
                            && sameAmount(pay, job.hourlyPay()), "jobId",
                    "Nothing to correct: the job's start date, hours a week and hourly pay are already as given");
            apply(new JobStartCorrected(enrolmentId, job.id(), command.startedOn(), hours, pay,
                    tidy(command.reason()), command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    /** Equal in value (16 and 16.0 are the same hours); an amount not known (null) is taken to differ. */
    private static boolean sameAmount(BigDecimal given, BigDecimal recorded) {
        return recorded != null && given.compareTo(recorded) == 0;
    }

    @CommandHandler
    String handle(RecordJobSustainmentCheck command, Clock clock) {
        int weeks = command.weeksAfterStart();
        return decide(command, Step.RECORD_JOB_SUSTAINMENT_CHECK, clock, problems -> problems
                .required("jobId", command.jobId(), "Job")
                .addIf(!JOB_CHECK_WEEKS.contains(weeks), "weeksAfterStart",
                        "Weeks after start must be one of " + listed(JOB_CHECK_WEEKS))
                .stepDate("checkedOn", command.checkedOn(), "Check date"), () -> {
            EnrolmentState.Held job = currentJob(command.jobId());
            List<Integer> outstanding = job.outstandingChecks(JOB_CHECK_WEEKS);
            rejectIf(!outstanding.contains(weeks), "weeksAfterStart", outstanding.isEmpty()
                    ? "Every sustainment check of this job has been recorded"
                    : "Weeks after start must be a check still outstanding for this job: " + listed(outstanding));
            rejectIf(command.checkedOn().isBefore(job.startedOn().plusWeeks(weeks)), "checkedOn",
                    "Check date cannot be before the checkpoint, " + weeks + " weeks after the job started");
            apply(new JobSustainmentChecked(enrolmentId, job.id(), weeks, command.checkedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(EndJob command, Clock clock) {
        return decide(command, Step.END_JOB, clock, problems -> problems
                .required("jobId", command.jobId(), "Job")
                .required("reason", command.reason(), "Reason the job ended")
                .stepDate("endedOn", command.endedOn(), "Job end date"), () -> {
            EnrolmentState.Held job = currentJob(command.jobId());
            rejectIf(command.endedOn().isBefore(job.startedOn()), "endedOn",
                    "Job end date cannot be before the job started");
            apply(new JobEnded(enrolmentId, job.id(), command.reason(), command.endedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    private EnrolmentState.Held currentJob(String jobId) {
        EnrolmentState.Held job = state.job(jobId).orElse(null);
        rejectIf(job == null, "jobId", "No job with this id is recorded on this enrolment");
        rejectIf(!job.isRunning(), "jobId", "This job has ended");
        return job;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every pathway

    @CommandHandler
    String handle(AssignWorker command, Clock clock, Workers workers) {
        return decide(command, Step.ASSIGN_WORKER, clock, problems -> problems
                .required("worker", command.worker(), "Worker")
                .stepDate("assignedOn", command.assignedOn(), "Assignment date"), () -> {
            String worker = command.worker().trim();
            workerProblem(workers, worker, state.providerOrganisation(), "this enrolment's provider organisation")
                    .ifPresent(message -> reject("worker", message));
            if (worker.equals(state.assignedWorker())) {
                return enrolmentId;
            }
            apply(new WorkerAssigned(enrolmentId, worker, state.assignedWorker(), command.assignedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(TransferEnrolment command, Clock clock, ProviderOrganisations organisations, Workers workers) {
        String toOrganisation = tidy(command.toOrganisation());
        String worker = tidy(command.worker());
        return decide(command, Step.TRANSFER, clock, problems -> {
            if (toOrganisation == null) {
                problems.add("toOrganisation", "Organisation to transfer to is required");
            } else if (!organisations.exists(toOrganisation)) {
                problems.add("toOrganisation", "Organisation to transfer to is not one of the known organisations");
            } else if (worker != null) {
                workerProblem(workers, worker, toOrganisation, "the organisation the enrolment is transferred to")
                        .ifPresent(message -> problems.add("worker", message));
            }
            problems.text("reason", command.reason(), "Reason for the transfer", MAX_REASON_LENGTH)
                    .stepDate("transferredOn", command.transferredOn(), "Transfer date");
        }, () -> {
            rejectIf(toOrganisation.equals(state.providerOrganisation()), "toOrganisation",
                    "The enrolment is already with this organisation");
            apply(new EnrolmentTransferred(enrolmentId, state.providerOrganisation(), toOrganisation, worker,
                    tidy(command.reason()), command.transferredOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(LogContact command, Clock clock) {
        int minutes = command.durationMinutes();
        return decide(command, Step.LOG_CONTACT, clock, problems -> problems
                .required("type", command.type(), "Contact type")
                .addIf(minutes < 1 || minutes > MAX_CONTACT_MINUTES, "durationMinutes",
                        "Duration must be from 1 to " + MAX_CONTACT_MINUTES + " minutes")
                .optionalText("note", command.note(), "Note", MAX_NOTE_LENGTH)
                .stepDate("contactedOn", command.contactedOn(), "Contact date"), () -> {
            String contactId = newId();
            apply(new ContactLogged(enrolmentId, contactId, command.type(), minutes, tidy(command.note()),
                    command.contactedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            return contactId;
        });
    }

    @CommandHandler
    String handle(CloseEnrolment command, Clock clock) {
        boolean takesDestination = state.pathway() != Pathway.THRIVE_INTO_WORK;
        return decide(command, Step.CLOSE, clock, problems -> problems
                .required("reason", command.reason(), "Reason for closing")
                .addIf(takesDestination && command.destination() == null, "destination",
                        "Destination is required when closing a " + state.pathway().label() + " enrolment")
                .addIf(!takesDestination && command.destination() != null, "destination",
                        "A Thrive into Work closure has no destination")
                .stepDate("closedOn", command.closedOn(), "Closing date"), () -> {
            apply(new EnrolmentClosed(enrolmentId, command.reason(), command.destination(), command.closedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    @CommandHandler
    String handle(ReopenEnrolment command, Clock clock) {
        return decide(command, Step.REOPEN, clock, problems -> problems
                .text("reason", command.reason(), "Reason for re-opening", MAX_REASON_LENGTH)
                .stepDate("reopenedOn", command.reopenedOn(), "Re-opening date"), () -> {
            rejectIf(command.reopenedOn().isBefore(state.closedOn()), "reopenedOn",
                    "Re-opening date cannot be before the enrolment was closed");
            apply(new EnrolmentReopened(enrolmentId, tidy(command.reason()), command.reopenedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return enrolmentId;
        });
    }

    /** A closure that follows from another step (a declined referral, no consent), recorded by the same request. */
    private void closeAsPartOf(EnrolmentCommand command, ExitReason reason, ExitDestination destination,
                               LocalDate closedOn, Clock clock) {
        apply(new EnrolmentClosed(enrolmentId, reason, destination, closedOn, command.requestId(),
                command.recordedBy(), clock.instant()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // How every step is decided

    /**
     * Decides a step: a request handled before answers its first result and records nothing; then the version,
     * the fields on their own, whether the step is allowed now, and last {@code record}, which checks the
     * fields against what is recorded, applies the events and answers the id of what it recorded.
     */
    private String decide(EnrolmentCommand command, Step step, Clock clock, Consumer<Problems> fieldRules,
                          Supplier<String> record) {
        Optional<String> earlierResult = state.resultOfRequest(command.requestId());
        if (earlierResult.isPresent()) {
            return earlierResult.get();
        }
        requireVersion(command.expectedVersion());
        Problems problems = new Problems(LocalDate.now(clock), state.startedOn(), startedOnWords());
        fieldRules.accept(problems);
        problems.throwIfAny();
        state.requireAllowed(step);
        return record.get();
    }

    private static void requireVersion(Long expectedVersion) {
        Long currentVersion = AggregateLifecycle.getVersion();
        if (expectedVersion != null && !Objects.equals(expectedVersion, currentVersion)) {
            throw new StaleEnrolmentVersionException(expectedVersion, currentVersion == null ? -1 : currentVersion);
        }
    }

    private String startedOnWords() {
        return state.pathway() == Pathway.ROUGH_SLEEPING_INITIATIVE
                ? "the date outreach first made contact" : "the referral date";
    }

    private static Optional<String> workerProblem(Workers workers, String username, String organisation,
                                                  String organisationWords) {
        Optional<Workers.Caseworker> caseworker = workers.caseworker(username.trim());
        if (caseworker.isEmpty()) {
            return Optional.of("Worker must be the username of an enabled caseworker account");
        }
        return caseworker.get().mayWorkFor(organisation)
                ? Optional.empty()
                : Optional.of("Worker does not work for " + organisationWords);
    }

    private static String listed(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    @EventSourcingHandler
    void on(EnrolmentEvent event) {
        if (event instanceof EnrolmentStartedEvent started) {
            enrolmentId = started.enrolmentId();
            startedByRequest = started.requestId();
        }
        state.apply(event);
    }
}
