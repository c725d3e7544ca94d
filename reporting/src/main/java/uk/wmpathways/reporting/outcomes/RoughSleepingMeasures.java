package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Rough Sleeping Initiative measures of domain.md over the enrolments known as at the report's day.
 * <ul>
 *   <li><b>Supported</b>: people with an enrolment in scope open at some time in the period.</li>
 *   <li><b>New</b>: supported people not known to have slept rough in the area in the previous 60 months:
 *   no other enrolment of theirs (by any provider) in the local authority of their first enrolment open in the
 *   period started in the 60 months before that enrolment started.</li>
 *   <li><b>Accommodated</b>: supported people placed in emergency accommodation in the period.</li>
 *   <li><b>Moved on</b>: supported people with a move-on in the period to settled accommodation intended to
 *   last 6 months or more.</li>
 *   <li><b>Returned</b>: supported people seen sleeping rough in the period 0-180, 181-365 or 366-730 days
 *   after their latest such move-on before it.</li>
 * </ul>
 */
final class RoughSleepingMeasures {

    static final int PREVIOUS_MONTHS = 60;

    private final ReportScope scope;
    private final List<OutcomeRow> supported;
    private final Map<String, List<OutcomeRow>> byPerson;

    /** @param enrolments every Rough Sleeping Initiative enrolment known (earlier ones decide who is new) */
    RoughSleepingMeasures(Collection<OutcomeRow> enrolments, ReportScope scope) {
        this.scope = scope;
        this.supported = enrolments.stream().filter(scope::covers).filter(scope::openInPeriod).toList();
        this.byPerson = enrolments.stream().collect(Collectors.groupingBy(OutcomeRow::participantId));
    }

    long supported() {
        return HeadlineRate.people(supported);
    }

    long newToRoughSleeping() {
        Map<String, OutcomeRow> firstOfEach = supported.stream().collect(Collectors.toMap(OutcomeRow::participantId,
                enrolment -> enrolment, (one, other) -> byStart().compare(one, other) <= 0 ? one : other));
        return firstOfEach.values().stream().filter(this::isNew).count();
    }

    private boolean isNew(OutcomeRow enrolment) {
        LocalDate since = enrolment.startedOn().minusMonths(PREVIOUS_MONTHS);
        return byPerson.get(enrolment.participantId()).stream().noneMatch(earlier ->
                !earlier.enrolmentId().equals(enrolment.enrolmentId())
                && earlier.localAuthority() == enrolment.localAuthority()
                && earlier.startedOn().isBefore(enrolment.startedOn())
                && !earlier.startedOn().isBefore(since));
    }

    long accommodated() {
        return HeadlineRate.people(supported.stream()
                .filter(enrolment -> enrolment.roughSleeping().placedOn().stream().anyMatch(scope::inPeriod))
                .toList());
    }

    long movedOn() {
        return HeadlineRate.people(movedOnEnrolments());
    }

    HeadlineRate movedOnOfSupported() {
        return new HeadlineRate("Moved on (of people supported)", supported, movedOnEnrolments());
    }

    /** People seen sleeping rough in the period {@code fromDays} to {@code toDays} days after a move-on. */
    long returned(int fromDays, int toDays) {
        return HeadlineRate.people(supported.stream()
                .filter(enrolment -> returnedBetween(enrolment.roughSleeping(), fromDays, toDays))
                .toList());
    }

    private boolean returnedBetween(RoughSleepingFacts facts, int fromDays, int toDays) {
        return facts.returnedOn().stream().filter(scope::inPeriod).anyMatch(seenOn -> facts.lastSettledMoveOnBy(seenOn)
                .map(moveOn -> ChronoUnit.DAYS.between(moveOn.on(), seenOn))
                .filter(days -> days >= fromDays && days <= toDays)
                .isPresent());
    }

    private List<OutcomeRow> movedOnEnrolments() {
        return supported.stream()
                .filter(enrolment -> enrolment.roughSleeping().moveOns().stream()
                        .anyMatch(moveOn -> moveOn.toSettledAccommodation() && scope.inPeriod(moveOn.on())))
                .toList();
    }

    private static Comparator<OutcomeRow> byStart() {
        return Comparator.comparing(OutcomeRow::startedOn).thenComparing(OutcomeRow::enrolmentId);
    }
}
