package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static uk.wmpathways.caseservice.api.enrolment.PathwayProgress.unless;

/** A Rough Sleeping Initiative enrolment's progress: contact, placements, the last move-on, returns. */
public record RoughSleepingProgress(Stage stage, LocalDate movedOnOn) implements PathwayProgress {

    private static final EventCases<RoughSleepingProgress, RoughSleepingProgress> CASES =
            EventCases.<RoughSleepingProgress, RoughSleepingProgress>of()
                    .on(EmergencyAccommodationPlaced.class, (progress, e) ->
                            new RoughSleepingProgress(Stage.IN_EMERGENCY_ACCOMMODATION, progress.movedOnOn))
                    .on(MovedOn.class, (progress, e) -> new RoughSleepingProgress(Stage.MOVED_ON, e.movedOn()))
                    .on(ReturnedToRoughSleeping.class, (progress, e) ->
                            new RoughSleepingProgress(Stage.RETURNED_TO_ROUGH_SLEEPING, progress.movedOnOn));

    static RoughSleepingProgress contacted() {
        return new RoughSleepingProgress(Stage.CONTACTED, null);
    }

    @Override
    public Pathway pathway() {
        return Pathway.ROUGH_SLEEPING_INITIATIVE;
    }

    @Override
    public RoughSleepingProgress apply(EnrolmentEvent event) {
        return CASES.apply(this, event).orElse(this);
    }

    @Override
    public Set<Class<? extends EnrolmentEvent>> taught() {
        return CASES.taught();
    }

    @Override
    public Optional<String> whyNot(Step step) {
        return switch (step) {
            case PLACE_IN_EMERGENCY_ACCOMMODATION -> unless(stage != Stage.MOVED_ON,
                    "The person has moved on; record a return to rough sleeping before a new placement");
            case RECORD_MOVE_ON -> unless(stage != Stage.MOVED_ON,
                    "A move-on is already recorded; record a return to rough sleeping before another move-on");
            case RECORD_RETURN_TO_ROUGH_SLEEPING -> unless(
                    stage == Stage.IN_EMERGENCY_ACCOMMODATION || stage == Stage.MOVED_ON,
                    "A return to rough sleeping is recorded after a placement or a move-on");
            default -> throw new IllegalArgumentException(step + " is not a Rough Sleeping Initiative step");
        };
    }

    @Override
    public List<DueItem> due() {
        return List.of();
    }

    /** True while the person is moved on (a return to rough sleeping ends it). */
    public boolean isMovedOn() {
        return stage == Stage.MOVED_ON;
    }
}
