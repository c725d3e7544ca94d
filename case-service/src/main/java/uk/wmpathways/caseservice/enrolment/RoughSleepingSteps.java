package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationPlaced;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentState;
import uk.wmpathways.caseservice.api.enrolment.MovedOn;
import uk.wmpathways.caseservice.api.enrolment.OutreachContactMade;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.ReturnedToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingProgress;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.wmpathways.caseservice.api.enrolment.StepRules.tidy;
import static uk.wmpathways.caseservice.enrolment.Problems.rejectIf;

/**
 * How the Rough Sleeping Initiative steps are decided: the first outreach contact (which starts the enrolment),
 * emergency accommodation, move-on and a return to rough sleeping. What the steps allow when is
 * {@link RoughSleepingProgress}'s; the field rules are {@link RoughSleepingRules}.
 */
final class RoughSleepingSteps {

    private RoughSleepingSteps() {
    }

    static OutreachContactMade recordOutreachContact(RecordOutreachContact command, StepProblems startProblems,
                                                     Clock clock) {
        RoughSleepingRules.outreachContact(command, startProblems);
        startProblems.throwIfAny();
        return new OutreachContactMade(command.enrolmentId(), command.participantId(),
                command.providerOrganisation(), command.localAuthority(), command.fundingStream(),
                tidy(command.assignedWorker()), command.contactedOn(), tidy(command.location()),
                command.verifiedRoughSleeper(), command.requestId(), command.recordedBy(), clock.instant());
    }

    static Decision placeInEmergencyAccommodation(PlaceInEmergencyAccommodation command, EnrolmentState state,
                                                  Clock clock) {
        return new Decision(Step.PLACE_IN_EMERGENCY_ACCOMMODATION, problems -> RoughSleepingRules.placement(command, problems), () -> {
            String placementId = Enrolment.newId();
            apply(new EmergencyAccommodationPlaced(state.enrolmentId(), placementId, command.accommodationType(),
                    tidy(command.accommodationName()), command.placedOn(), command.requestId(), command.recordedBy(),
                    clock.instant()));
            return placementId;
        });
    }

    static Decision recordMoveOn(RecordMoveOn command, EnrolmentState state, Clock clock) {
        return new Decision(Step.RECORD_MOVE_ON, problems -> RoughSleepingRules.moveOn(command, problems), () -> {
            apply(new MovedOn(state.enrolmentId(), command.kind(), tidy(command.destination()),
                    command.intendedToLastSixMonthsOrMore(), command.movedOn(), command.requestId(),
                    command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }

    static Decision recordReturn(RecordReturnToRoughSleeping command, EnrolmentState state, Clock clock) {
        return new Decision(Step.RECORD_RETURN_TO_ROUGH_SLEEPING, problems -> RoughSleepingRules.returnToRoughSleeping(command, problems), () -> {
            RoughSleepingProgress progress = state.roughSleeping().orElseThrow();
            rejectIf(progress.isMovedOn() && command.seenOn().isBefore(progress.movedOnOn()), "seenOn",
                    "Date seen cannot be before the move-on");
            apply(new ReturnedToRoughSleeping(state.enrolmentId(), command.seenOn(), tidy(command.location()),
                    command.requestId(), command.recordedBy(), clock.instant()));
            return state.enrolmentId();
        });
    }
}
