package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.function.Supplier;

/**
 * Each trial participant's one arm for life: the write side's guard against randomising a person twice. Kept by
 * participant id with insert-if-absent, so that of two allocations for one person, even at the same moment on two
 * enrolments, only one draw is ever kept. A read model would not do: it lags the event store, and two enrolments
 * are two aggregates that do not lock each other.
 * <p>
 * The arm is claimed before the allocation event commits. If that commit fails, the claim stays: the same
 * enrolment's retry finds its own claim and records it as its draw, and another trial enrolment of the person
 * reuses it. Either way the person has had one draw.
 */
interface TrialArmRegistry {

    /**
     * The person's arm: the one claimed already, by whichever enrolment, or else a new {@code draw} claimed for
     * this enrolment. {@code draw} is called only when the person has no arm yet.
     */
    Claim claim(String participantId, String enrolmentId, Supplier<TrialArmRandomiser.Draw> draw);

    /** The arm of a participant and the enrolment it was drawn for, with the draw. */
    record Claim(String enrolmentId, TrialArmRandomiser.Draw draw) {

        TrialArm arm() {
            return draw.arm();
        }

        boolean drawnFor(String enrolment) {
            return enrolmentId.equals(enrolment);
        }
    }
}
