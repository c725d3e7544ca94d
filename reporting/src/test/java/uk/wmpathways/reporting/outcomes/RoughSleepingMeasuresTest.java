package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;

import uk.wmpathways.caseservice.api.enrolment.ContactType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;
import static uk.wmpathways.caseservice.api.enrolment.MoveOnKind.RECONNECTION;
import static uk.wmpathways.caseservice.api.enrolment.MoveOnKind.SETTLED_ACCOMMODATION;

class RoughSleepingMeasuresTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final ReportScope YEAR_2025 = new ReportScope(FROM, TO, TO, null, null, null);

    private static History contacted(String person, LocalDate on) {
        return History.roughSleeping(person, "STREET-OUTREACH", BIRMINGHAM, on);
    }

    private static RoughSleepingMeasures measures(ReportScope scope, History... histories) {
        return new RoughSleepingMeasures(List.of(histories).stream().map(History::row).toList(), scope);
    }

    @Test
    void supportedArePeopleWithAnEnrolmentOpenInThePeriod() {
        History open = contacted("p1", LocalDate.of(2024, 6, 1));
        History twice = contacted("p2", LocalDate.of(2025, 2, 1));
        History twiceAgain = contacted("p2", LocalDate.of(2025, 8, 1));
        History closedBefore = contacted("p3", LocalDate.of(2024, 6, 1)).closed(LocalDate.of(2024, 12, 1));

        assertThat(measures(YEAR_2025, open, twice, twiceAgain, closedBefore).supported()).isEqualTo(2);
    }

    @Test
    void newMeansNoEarlierEnrolmentInTheSameAreaInThe60MonthsBefore() {
        History firstTime = contacted("p1", LocalDate.of(2025, 3, 1));
        History knownThreeYearsAgo = contacted("p2", LocalDate.of(2022, 3, 1)).closed(LocalDate.of(2022, 6, 1));
        History backAgain = contacted("p2", LocalDate.of(2025, 3, 1));
        History knownSixYearsAgo = contacted("p3", LocalDate.of(2019, 2, 1)).closed(LocalDate.of(2019, 6, 1));
        History backAfterLong = contacted("p3", LocalDate.of(2025, 3, 1));
        History knownElsewhere = History.roughSleeping("p4", "STREET-OUTREACH", COVENTRY, LocalDate.of(2024, 1, 1))
                .closed(LocalDate.of(2024, 2, 1));
        History newHere = contacted("p4", LocalDate.of(2025, 3, 1));
        History knownByAnotherProvider = History.roughSleeping("p5", "OTHER-ORG", BIRMINGHAM, LocalDate.of(2023, 1, 1))
                .closed(LocalDate.of(2023, 2, 1));
        History seenAgain = contacted("p5", LocalDate.of(2025, 3, 1));
        ReportScope streetOutreachOnly = new ReportScope(FROM, TO, TO, null, "STREET-OUTREACH", null);

        RoughSleepingMeasures measures = measures(streetOutreachOnly, firstTime, knownThreeYearsAgo, backAgain,
                knownSixYearsAgo, backAfterLong, knownElsewhere, newHere, knownByAnotherProvider, seenAgain);

        assertThat(measures.supported()).isEqualTo(5);
        assertThat(measures.newToRoughSleeping(daysInTouchOf(firstTime, knownThreeYearsAgo, backAgain,
                knownSixYearsAgo, backAfterLong, knownElsewhere, newHere, knownByAnotherProvider, seenAgain)))
                .isEqualTo(3);
    }

    @Test
    void anEnrolmentThatStartedBeforeThe60MonthsButWasInTouchInThemMeansNotNew() {
        LocalDate longAgo = LocalDate.of(2019, 1, 10); // before 2020-03-01, where the 60 months before 2025-03-01 begin
        LocalDate back = LocalDate.of(2025, 3, 1);
        History phonedIn2022 = contacted("p1", longAgo).contact(ContactType.PHONE, LocalDate.of(2022, 5, 1))
                .closed(LocalDate.of(2022, 6, 1));
        History onlyTriedIn2022 = contacted("p2", longAgo).contact(ContactType.ATTEMPTED, LocalDate.of(2022, 5, 1))
                .closed(LocalDate.of(2022, 6, 1));
        History lastSeenBeforeThe60Months = contacted("p3", longAgo).contact(ContactType.FACE_TO_FACE,
                LocalDate.of(2020, 2, 28)).closed(LocalDate.of(2020, 2, 29));
        History placedIn2020 = contacted("p4", longAgo).placed(LocalDate.of(2020, 3, 1))
                .closed(LocalDate.of(2020, 4, 1));
        History seenAgainIn2024 = contacted("p5", longAgo).returned(LocalDate.of(2024, 12, 1))
                .closed(LocalDate.of(2024, 12, 2));
        History[] histories = {phonedIn2022, contacted("p1", back), onlyTriedIn2022, contacted("p2", back),
                lastSeenBeforeThe60Months, contacted("p3", back), placedIn2020, contacted("p4", back),
                seenAgainIn2024, contacted("p5", back),
                contacted("p6", LocalDate.of(2024, 6, 1)).closed(LocalDate.of(2024, 7, 1)), contacted("p6", back)};
        List<Set<String>> asked = new ArrayList<>();
        RoughSleepingMeasures.ContactDays daysInTouch = daysInTouchOf(histories);

        long newPeople = measures(YEAR_2025, histories).newToRoughSleeping(ids -> {
            asked.add(ids);
            return daysInTouch.of(ids);
        });

        assertThat(newPeople).as("p2 (an attempt reached nobody) and p3 (in touch only before the 60 months)")
                .isEqualTo(2);
        assertThat(asked).as("read only for the enrolments that started before the 60 months, at once")
                .containsExactly(Set.of(phonedIn2022.id(), onlyTriedIn2022.id(), lastSeenBeforeThe60Months.id(),
                        placedIn2020.id(), seenAgainIn2024.id()));
    }

    /** The days in touch that the projection keeps for these histories (all known). */
    private static RoughSleepingMeasures.ContactDays daysInTouchOf(History... histories) {
        Map<String, List<LocalDate>> days = new HashMap<>();
        for (History history : histories) {
            days.put(history.id(), history.events().stream()
                    .flatMap(event -> RoughSleepingContacts.dayInTouch(event).stream()).toList());
        }
        return ids -> ids.stream().filter(days::containsKey).collect(Collectors.toMap(id -> id, days::get));
    }

    @Test
    void accommodatedAndMovedOnAreCountedInThePeriodAndMovedOnOnlyToSettledAccommodationForSixMonthsOrMore() {
        History placedAndSettled = contacted("p1", LocalDate.of(2025, 1, 5)).placed(LocalDate.of(2025, 1, 6))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2025, 3, 1));
        History shortStay = contacted("p2", LocalDate.of(2025, 1, 5)).placed(LocalDate.of(2025, 1, 6))
                .movedOn(SETTLED_ACCOMMODATION, false, LocalDate.of(2025, 3, 1));
        History reconnected = contacted("p3", LocalDate.of(2025, 1, 5))
                .movedOn(RECONNECTION, true, LocalDate.of(2025, 3, 1));
        History placedBefore = contacted("p4", LocalDate.of(2024, 11, 5)).placed(LocalDate.of(2024, 12, 6))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2025, 2, 1));

        RoughSleepingMeasures measures = measures(YEAR_2025, placedAndSettled, shortStay, reconnected, placedBefore);

        assertThat(measures.accommodated()).isEqualTo(2);
        assertThat(measures.movedOn()).isEqualTo(2);
        assertThat(measures.movedOnOfSupported().proportion()).isEqualTo(new Proportion(2, 4));
    }

    @Test
    void returnsAreOfThePeriodsMoveOnsOldEnoughForTheWindowByTheirFirstSightingAfter() {
        ReportScope twoYears = new ReportScope(LocalDate.of(2024, 1, 1), TO, TO, null, null, null);
        History in180 = contacted("p1", LocalDate.of(2023, 12, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2024, 6, 1))
                .returned(LocalDate.of(2024, 11, 28)) // 180 days: its first sighting
                .returned(LocalDate.of(2025, 3, 1));
        History in181 = contacted("p2", LocalDate.of(2023, 12, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2024, 6, 1))
                .returned(LocalDate.of(2024, 11, 29)); // 181 days
        History in366 = contacted("p3", LocalDate.of(2023, 6, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2024, 1, 1))
                .returned(LocalDate.of(2025, 1, 1)); // 366 days
        History movedOnBeforeThePeriod = contacted("p4", LocalDate.of(2023, 1, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2023, 6, 1))
                .returned(LocalDate.of(2024, 3, 1));
        History afterReconnection = contacted("p5", LocalDate.of(2024, 1, 1))
                .movedOn(RECONNECTION, true, LocalDate.of(2024, 2, 1))
                .returned(LocalDate.of(2024, 3, 1));
        History tooRecent = contacted("p6", LocalDate.of(2025, 9, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2025, 10, 1))
                .returned(LocalDate.of(2025, 10, 20));
        History seenByOutreachAgain = contacted("p7", LocalDate.of(2024, 1, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2024, 2, 1));
        History laterOutreach = contacted("p7", LocalDate.of(2024, 4, 1)); // 60 days after the move-on
        History stayed = contacted("p8", LocalDate.of(2024, 1, 1))
                .movedOn(SETTLED_ACCOMMODATION, true, LocalDate.of(2024, 3, 1));

        RoughSleepingMeasures measures = measures(twoYears, in180, in181, in366, movedOnBeforeThePeriod,
                afterReconnection, tooRecent, seenByOutreachAgain, laterOutreach, stayed);

        // 0-180: move-ons by 4 July 2025 (p1, p2, p3, p7, p8); first seen within 180 days: p1, p7
        assertThat(measures.returned(0, 180)).isEqualTo(new Proportion(2, 5));
        // 181-365: move-ons by 31 December 2024, the same five; first seen 181-365 days after: p2
        assertThat(measures.returned(181, 365)).isEqualTo(new Proportion(1, 5));
        // 366-730: move-ons by 1 January 2024: p3, first seen 366 days after
        assertThat(measures.returned(366, 730)).isEqualTo(new Proportion(1, 1));
    }
}
