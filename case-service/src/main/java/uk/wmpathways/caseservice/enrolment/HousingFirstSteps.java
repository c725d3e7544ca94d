package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentClosed;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstEligibilityAssessed;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstProgress;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstRules;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferredToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepNotAllowedException;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.Tenancy;
import uk.wmpathways.caseservice.api.enrolment.TenancyEnded;
import uk.wmpathways.caseservice.api.enrolment.TenancyStarted;
import uk.wmpathways.caseservice.api.enrolment.TenancySustainmentChecked;
import uk.wmpathways.caseservice.api.enrolment.UnknownReferenceException;

import java.time.Clock;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.tidy;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.listed;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;

/**
 * How the Housing First steps are decided: the referral, eligibility (a declined referral closes the enrolment),
 * tenancies, their 6, 12 and 24-month sustainment checks and their ends. What the steps allow when is
 * {@link HousingFirstProgress}'s; the field rules are {@link HousingFirstRules}.
 */
final class HousingFirstSteps {

    private HousingFirstSteps() {
    }

    static ReferredToHousingFirst refer(ReferToHousingFirst command, StepProblems startProblems, Clock clock) {
        HousingFirstRules.referral(command, startProblems);
        startProblems.throwIfAny();
        return new ReferredToHousingFirst(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.source(), command.referredOn(), command.requestId(),
                command.recordedBy(), clock.instant());
    }

    static Decision assessEligibility(AssessHousingFirstEligibility command, EnrolmentState state, Clock clock) {
        return new Decision(Step.ASSESS_HOUSING_FIRST_ELIGIBILITY, problems -> HousingFirstRules.eligibilityAssessment(command, problems), () -> {
            apply(new HousingFirstEligibilityAssessed(state.enrolmentId(), command.accepted(),
                    command.declineReason(), command.assessedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            if (!command.accepted()) {
                apply(new EnrolmentClosed(state.enrolmentId(), ExitReason.NOT_ELIGIBLE, ExitDestination.NOT_KNOWN,
                        command.assessedOn(), command.requestId(), command.recordedBy(), clock.instant()));
            }
            return state.enrolmentId();
        });
    }

    static Decision startTenancy(StartTenancy command, EnrolmentState state, Clock clock) {
        return new Decision(Step.START_TENANCY, problems -> HousingFirstRules.startTenancy(command, problems), () -> {
            String tenancyId = Enrolment.newId();
            apply(new TenancyStarted(state.enrolmentId(), tenancyId, tidy(command.property()),
                    command.landlordType(), command.startedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return tenancyId;
        });
    }

    static Decision recordSustainmentCheck(RecordTenancySustainmentCheck command, EnrolmentState state, Clock clock) {
        int months = command.monthsAfterStart();
        return new Decision(Step.RECORD_TENANCY_SUSTAINMENT_CHECK, problems -> HousingFirstRules.tenancyCheck(command, problems),
                knownTenancy(state, command.tenancyId()), () -> {
            Tenancy tenancy = runningTenancy(state, command.tenancyId(), Step.RECORD_TENANCY_SUSTAINMENT_CHECK);
            List<Integer> outstanding = tenancy.outstandingChecks();
            rejectIf(!outstanding.contains(months), "monthsAfterStart",
                    "Months after start must be a check still outstanding for this tenancy: " + listed(outstanding));
            rejectIf(command.checkedOn().isBefore(tenancy.startedOn().plusMonths(months)), "checkedOn",
                    "Check date cannot be before the checkpoint, " + months + " months after the tenancy started");
            apply(new TenancySustainmentChecked(state.enrolmentId(), tenancy.id(), months, command.checkedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision endTenancy(EndTenancy command, EnrolmentState state, Clock clock) {
        return new Decision(Step.END_TENANCY, problems -> HousingFirstRules.endTenancy(command, problems),
                knownTenancy(state, command.tenancyId()), () -> {
            Tenancy tenancy = runningTenancy(state, command.tenancyId(), Step.END_TENANCY);
            rejectIf(command.endedOn().isBefore(tenancy.startedOn()), "endedOn",
                    "Tenancy end date cannot be before the tenancy started");
            apply(new TenancyEnded(state.enrolmentId(), tenancy.id(), command.reason(), command.endedOn(),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    private static Runnable knownTenancy(EnrolmentState state, String tenancyId) {
        return () -> {
            if (state.housingFirst().flatMap(progress -> progress.tenancy(tenancyId)).isEmpty()) {
                throw UnknownReferenceException.tenancy();
            }
        };
    }

    /** The running tenancy, when it is the one the command is about (an earlier one has ended). */
    private static Tenancy runningTenancy(EnrolmentState state, String tenancyId, Step step) {
        Tenancy tenancy = state.housingFirst().flatMap(HousingFirstProgress::currentTenancy).orElseThrow();
        if (!tenancy.id().equals(tenancyId)) {
            throw new StepNotAllowedException(step, "This tenancy has ended; only the running tenancy can be "
                    + (step == Step.END_TENANCY ? "ended" : "checked"));
        }
        return tenancy;
    }
}
