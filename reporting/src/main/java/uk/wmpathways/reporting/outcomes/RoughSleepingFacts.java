package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A Rough Sleeping Initiative enrolment's outcome facts: whether outreach verified the person as sleeping
 * rough, the days of emergency accommodation placements, the move-ons and the days the person was seen
 * sleeping rough again.
 */
record RoughSleepingFacts(boolean verifiedRoughSleeper, List<LocalDate> placedOn, List<MoveOn> moveOns,
                          List<LocalDate> returnedOn) {

    static RoughSleepingFacts contacted(boolean verifiedRoughSleeper) {
        return new RoughSleepingFacts(verifiedRoughSleeper, List.of(), List.of(), List.of());
    }

    RoughSleepingFacts placedOn(LocalDate day) {
        return new RoughSleepingFacts(verifiedRoughSleeper, plus(placedOn, day), moveOns, returnedOn);
    }

    RoughSleepingFacts movedOn(MoveOn moveOn) {
        return new RoughSleepingFacts(verifiedRoughSleeper, placedOn, plus(moveOns, moveOn), returnedOn);
    }

    RoughSleepingFacts returnedOn(LocalDate day) {
        return new RoughSleepingFacts(verifiedRoughSleeper, placedOn, moveOns, plus(returnedOn, day));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return List.copyOf(all);
    }
}
