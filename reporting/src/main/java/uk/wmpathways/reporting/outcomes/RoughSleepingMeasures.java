package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Rough Sleeping Initiative measures of domain.md over the enrolments known as at the report's day.
 * <ul>
 *   <li><b>Supported</b>: people with an enrolment in scope open at some time in the period.</li>
 *   <li><b>New</b>: supported people with no Rough Sleeping Initiative contact recorded in the same local
 *   authority in the 60 months before their enrolment's first contact (their first enrolment open in the period):
 *   no other enrolment of theirs there (by any provider) started in those months, nor had a day in touch in them
 *   ({@link RoughSleepingContacts}; only an enrolment that started before them can, since no step is dated
 *   before its enrolment's start).</li>
 *   <li><b>Accommodated</b>: supported people placed in emergency accommodation in the period.</li>
 *   <li><b>Moved on</b>: supported people with a move-on in the period to settled accommodation intended to
 *   last 6 months or more.</li>
 *   <li><b>Returned</b> (domain.md): of the people moved on in the period (their first such move-on in it),
 *   those seen sleeping rough again 0-180, 181-365 or 366-730 days after it (by their first sighting after
 *   it: a return recorded on any of their enrolments, or a later enrolment's first outreach contact that
 *   verified them sleeping rough), of the move-ons old enough for the window (its last day reached by the day
 *   judged), so that each window is a proportion of people who have all had the whole window.</li>
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

    /** @param contacts the days in touch of the enrolments asked for, as known at the report's day */
    long newToRoughSleeping(ContactDays contacts) {
        Collection<OutcomeRow> firstOfEach = supported.stream().collect(Collectors.toMap(OutcomeRow::participantId,
                enrolment -> enrolment, (one, other) -> byStart().compare(one, other) <= 0 ? one : other)).values();
        Set<String> startedBeforeTheirWindow = firstOfEach.stream()
                .flatMap(enrolment -> earlierHere(enrolment)
                        .filter(earlier -> earlier.startedOn().isBefore(since(enrolment))))
                .map(OutcomeRow::enrolmentId)
                .collect(Collectors.toSet());
        Map<String, List<LocalDate>> daysInTouch = contacts.of(startedBeforeTheirWindow);
        return firstOfEach.stream().filter(enrolment -> isNew(enrolment, daysInTouch)).count();
    }

    private boolean isNew(OutcomeRow enrolment, Map<String, List<LocalDate>> daysInTouch) {
        LocalDate since = since(enrolment);
        return earlierHere(enrolment).noneMatch(earlier -> !earlier.startedOn().isBefore(since)
                || daysInTouch.getOrDefault(earlier.enrolmentId(), List.of()).stream()
                        .anyMatch(day -> !day.isBefore(since) && day.isBefore(enrolment.startedOn())));
    }

    private static LocalDate since(OutcomeRow enrolment) {
        return enrolment.startedOn().minusMonths(PREVIOUS_MONTHS);
    }

    /** The person's other enrolments in the same local authority that started before this one. */
    private Stream<OutcomeRow> earlierHere(OutcomeRow enrolment) {
        return byPerson.get(enrolment.participantId()).stream().filter(earlier ->
                !earlier.enrolmentId().equals(enrolment.enrolmentId())
                && earlier.localAuthority() == enrolment.localAuthority()
                && earlier.startedOn().isBefore(enrolment.startedOn()));
    }

    /** Days in touch by enrolment ({@link RoughSleepingContacts}): asked only for the enrolments named. */
    @FunctionalInterface
    interface ContactDays {
        Map<String, List<LocalDate>> of(Set<String> enrolmentIds);
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

    /**
     * Of the people moved on in the period whose move-on is at least {@code toDays} days before the day judged,
     * those first seen sleeping rough again {@code fromDays} to {@code toDays} days after it.
     */
    Proportion returned(int fromDays, int toDays) {
        long returned = 0;
        long oldEnough = 0;
        for (Map.Entry<String, LocalDate> movedOn : firstMoveOnInPeriodByPerson().entrySet()) {
            LocalDate moveOn = movedOn.getValue();
            if (moveOn.plusDays(toDays).isAfter(scope.judgedOn())) {
                continue;
            }
            oldEnough++;
            Optional<Long> days = firstSightingOnOrAfter(movedOn.getKey(), moveOn)
                    .map(seenOn -> ChronoUnit.DAYS.between(moveOn, seenOn));
            if (days.filter(d -> d >= fromDays && d <= toDays).isPresent()) {
                returned++;
            }
        }
        return new Proportion(returned, oldEnough);
    }

    private Map<String, LocalDate> firstMoveOnInPeriodByPerson() {
        Map<String, LocalDate> first = new TreeMap<>();
        for (OutcomeRow enrolment : movedOnEnrolments()) {
            enrolment.roughSleeping().moveOns().stream()
                    .filter(moveOn -> moveOn.toSettledAccommodation() && scope.inPeriod(moveOn.on()))
                    .map(MoveOn::on)
                    .forEach(day -> first.merge(enrolment.participantId(), day, (one, other) ->
                            one.isBefore(other) ? one : other));
        }
        return first;
    }

    /** The first day on or after {@code day}, and by the day judged, that the person was seen sleeping rough. */
    private Optional<LocalDate> firstSightingOnOrAfter(String participantId, LocalDate day) {
        return byPerson.get(participantId).stream()
                .flatMap(enrolment -> sightings(enrolment, day))
                .filter(seenOn -> !seenOn.isBefore(day) && !seenOn.isAfter(scope.judgedOn()))
                .min(Comparator.naturalOrder());
    }

    /** A return recorded on the enrolment, and a later enrolment's start when outreach verified rough sleeping. */
    private static Stream<LocalDate> sightings(OutcomeRow enrolment, LocalDate after) {
        Stream<LocalDate> returns = enrolment.roughSleeping().returnedOn().stream();
        return enrolment.roughSleeping().verifiedRoughSleeper() && enrolment.startedOn().isAfter(after)
                ? Stream.concat(returns, Stream.of(enrolment.startedOn())) : returns;
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
