package uk.wmpathways.caseservice.api.enrolment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.wmpathways.caseservice.api.enrolment.Events.movedOn;
import static uk.wmpathways.caseservice.api.enrolment.Events.placed;
import static uk.wmpathways.caseservice.api.enrolment.Events.returnedToRoughSleeping;

class RoughSleepingProgressTest {

    private static final LocalDate PLACED = LocalDate.of(2025, 2, 3);
    private static final LocalDate MOVED_ON = LocalDate.of(2025, 4, 1);
    private static final LocalDate RETURNED = LocalDate.of(2025, 6, 9);

    private static final String MOVED_ON_NO_PLACEMENT =
            "The person has moved on; record a return to rough sleeping before a new placement";
    private static final String MOVED_ON_NO_MOVE_ON =
            "A move-on is already recorded; record a return to rough sleeping before another move-on";
    private static final String RETURN_AFTER_PLACEMENT_OR_MOVE_ON =
            "A return to rough sleeping is recorded after a placement or a move-on";

    private static RoughSleepingProgress after(EnrolmentEvent... events) {
        RoughSleepingProgress progress = RoughSleepingProgress.contacted();
        for (EnrolmentEvent event : events) {
            progress = progress.apply(event);
        }
        return progress;
    }

    @Test
    void aPersonContactedByOutreachCanBePlacedOrMovedOnStraightAway() {
        RoughSleepingProgress progress = after();

        assertThat(progress.stage()).isEqualTo(Stage.CONTACTED);
        assertThat(progress.whyNot(Step.PLACE_IN_EMERGENCY_ACCOMMODATION)).isEmpty();
        assertThat(progress.whyNot(Step.RECORD_MOVE_ON)).isEmpty();
    }

    @Test
    void aReturnToRoughSleepingCannotBeRecordedBeforeAPlacementOrAMoveOn() {
        assertThat(after().whyNot(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).contains(RETURN_AFTER_PLACEMENT_OR_MOVE_ON);
    }

    @Test
    void aPersonInEmergencyAccommodationCanBePlacedAgainMovedOnOrReturnToTheStreets() {
        RoughSleepingProgress progress = after(placed(PLACED));

        assertThat(progress.stage()).isEqualTo(Stage.IN_EMERGENCY_ACCOMMODATION);
        assertThat(progress.whyNot(Step.PLACE_IN_EMERGENCY_ACCOMMODATION)).isEmpty();
        assertThat(progress.whyNot(Step.RECORD_MOVE_ON)).isEmpty();
        assertThat(progress.whyNot(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).isEmpty();
    }

    @Test
    void aPersonWhoHasMovedOnIsNotPlacedAgainUntilTheyReturnToRoughSleeping() {
        assertThat(after(placed(PLACED), movedOn(MOVED_ON)).whyNot(Step.PLACE_IN_EMERGENCY_ACCOMMODATION))
                .contains(MOVED_ON_NO_PLACEMENT);
    }

    @Test
    void aSecondMoveOnNeedsAReturnToRoughSleepingFirst() {
        assertThat(after(placed(PLACED), movedOn(MOVED_ON)).whyNot(Step.RECORD_MOVE_ON))
                .contains(MOVED_ON_NO_MOVE_ON);
    }

    @Test
    void aReturnToRoughSleepingCanBeRecordedAfterAMoveOn() {
        assertThat(after(placed(PLACED), movedOn(MOVED_ON)).whyNot(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).isEmpty();
    }

    @Test
    void aMoveOnIsRememberedWithItsDate() {
        RoughSleepingProgress progress = after(placed(PLACED), movedOn(MOVED_ON));

        assertThat(progress.stage()).isEqualTo(Stage.MOVED_ON);
        assertThat(progress.isMovedOn()).isTrue();
        assertThat(progress.movedOnOn()).isEqualTo(MOVED_ON);
    }

    @Test
    void aReturnToRoughSleepingEndsTheMoveOnButKeepsItsDate() {
        RoughSleepingProgress progress = after(placed(PLACED), movedOn(MOVED_ON), returnedToRoughSleeping(RETURNED));

        assertThat(progress.stage()).isEqualTo(Stage.RETURNED_TO_ROUGH_SLEEPING);
        assertThat(progress.isMovedOn()).isFalse();
        assertThat(progress.movedOnOn()).isEqualTo(MOVED_ON);
    }

    @Test
    void afterAReturnToRoughSleepingThePersonCanBePlacedOrMovedOnButNotReturnAgain() {
        RoughSleepingProgress progress = after(placed(PLACED), movedOn(MOVED_ON), returnedToRoughSleeping(RETURNED));

        assertThat(progress.whyNot(Step.PLACE_IN_EMERGENCY_ACCOMMODATION)).isEmpty();
        assertThat(progress.whyNot(Step.RECORD_MOVE_ON)).isEmpty();
        assertThat(progress.whyNot(Step.RECORD_RETURN_TO_ROUGH_SLEEPING)).contains(RETURN_AFTER_PLACEMENT_OR_MOVE_ON);
    }

    @Test
    void aPlacementAfterAReturnKeepsTheDateOfTheLastMoveOn() {
        RoughSleepingProgress progress = after(placed(PLACED), movedOn(MOVED_ON), returnedToRoughSleeping(RETURNED),
                placed(RETURNED.plusDays(1)));

        assertThat(progress.stage()).isEqualTo(Stage.IN_EMERGENCY_ACCOMMODATION);
        assertThat(progress.movedOnOn()).isEqualTo(MOVED_ON);
    }

    @Test
    void nothingOfThePathwayIsEverDue() {
        assertThat(after(placed(PLACED), movedOn(MOVED_ON)).due()).isEmpty();
    }

    @Test
    void aStepOfAnotherPathwayIsNotItsToAnswer() {
        assertThatThrownBy(() -> after().whyNot(Step.START_TENANCY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("START_TENANCY is not a Rough Sleeping Initiative step");
    }
}
