package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordReturnToRoughSleeping;
import uk.wmpathways.caseservice.api.enrolment.ReopenEnrolment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static uk.wmpathways.app.demo.DemoDataSet.RECORDED_BY;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.SANDWELL;
import static uk.wmpathways.caseservice.api.LocalAuthority.SOLIHULL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WOLVERHAMPTON;

/**
 * The Rough Sleeping Initiative, April 2018 to March 2020: 1,211 people found sleeping rough by the outreach
 * teams of 14 organisations (the published 21 projects are not modelled: an enrolment names its
 * organisation, not a project). Most were placed in emergency accommodation (night shelters, hubs, hostels,
 * B&Bs; in March 2020, "Everyone In" put nearly everyone found into hotels); about half moved on to settled
 * accommodation, a few were reconnected to another area, the others left. About one in five of those who
 * moved on were seen sleeping rough again within two years (the enrolment re-opened when it had been closed).
 * A few people who left were found again some months later: a second enrolment.
 */
final class RoughSleepingStories {

    static final String PATHWAY = "rough-sleeping";
    static final int PEOPLE = 1_211;
    static final LocalDate FIRST_CONTACT = LocalDate.of(2018, 4, 1);
    static final LocalDate LAST_CONTACT = LocalDate.of(2020, 3, 31);
    static final double PLACED = 0.80;
    static final double RETURNED_AFTER_A_MOVE_ON = 0.20;
    static final double FOUND_AGAIN_AFTER_LEAVING = 0.08;

    private static final Map<LocalAuthority, Double> AREAS = new EnumMap<>(Map.of(BIRMINGHAM, 0.45, COVENTRY, 0.12,
            WOLVERHAMPTON, 0.10, SANDWELL, 0.09, WALSALL, 0.08, DUDLEY, 0.08, SOLIHULL, 0.08));
    /** The demo organisations of each area ({@code ProviderOrganisations.DEMO}). */
    static final Map<LocalAuthority, List<String>> ORGANISATIONS = new EnumMap<>(Map.of(
            BIRMINGHAM, List.of("RSI-BHAM-NIGHTLINE", "RSI-BHAM-HUB", "RSI-BHAM-NIGHTWALK", "RSI-BHAM-PATHWAY"),
            COVENTRY, List.of("RSI-COV-OUTREACH", "RSI-COV-SHELTER"),
            DUDLEY, List.of("RSI-DUD-OUTREACH", "RSI-DUD-HOSTEL"),
            SANDWELL, List.of("RSI-SAND-OUTREACH", "RSI-SAND-HUB"),
            SOLIHULL, List.of("RSI-SOL-OUTREACH"),
            WALSALL, List.of("RSI-WAL-OUTREACH"),
            WOLVERHAMPTON, List.of("RSI-WOLV-OUTREACH", "RSI-WOLV-NIGHTSTOP")));
    private static final List<String> PLACES = List.of("Shop doorway, city centre", "Multi-storey car park",
            "Bus station", "Canal towpath", "Railway arches", "Park shelter", "Underpass", "Church porch",
            "Retail park", "Hospital grounds");
    private static final Map<EmergencyAccommodationType, Double> ACCOMMODATION = new EnumMap<>(Map.of(
            EmergencyAccommodationType.NIGHT_SHELTER, 0.25, EmergencyAccommodationType.HUB, 0.30,
            EmergencyAccommodationType.BED_AND_BREAKFAST, 0.15, EmergencyAccommodationType.HOSTEL, 0.30));
    private static final DemoPeople.Profile PROFILE = new DemoPeople.Profile(0.84, 0.48, 18, 70, 38);
    private static final YearMonth EVERYONE_IN = YearMonth.of(2020, 3);

    /** One step of an enrolment after the first contact; {@code kind} says which command it is. */
    record Event(LocalDate on, Kind kind, String detail, EmergencyAccommodationType accommodation,
                 MoveOnKind moveOn, boolean intendedToLast, ExitReason exitReason, ExitDestination destination) {

        enum Kind { PLACED, MOVED_ON, RETURNED, CLOSED, REOPENED }
    }

    record Enrolment(String enrolmentId, String organisation, LocalDate contactedOn, String location,
                     List<Event> events) {
    }

    record RoughSleepingStory(DemoPerson person, List<Enrolment> enrolments) implements Story {

        @Override
        public void tell(CommandPath commands) {
            commands.register(person);
            for (Enrolment enrolment : enrolments) {
                String id = enrolment.enrolmentId();
                commands.send(new RecordOutreachContact(id, person.participantId(), enrolment.organisation(),
                        person.localAuthority(), FundingStream.ROUGH_SLEEPING_INITIATIVE, null,
                        enrolment.contactedOn(), enrolment.location(), true, DemoIds.request("outreach"),
                        RECORDED_BY));
                for (int number = 0; number < enrolment.events().size(); number++) {
                    commands.send(command(id, enrolment.events().get(number), DemoIds.request("step-" + number)));
                }
            }
        }

        private static Object command(String id, Event event, String request) {
            return switch (event.kind()) {
                case PLACED -> new PlaceInEmergencyAccommodation(id, event.accommodation(), event.detail(), event.on(),
                        request, null, RECORDED_BY);
                case MOVED_ON -> new RecordMoveOn(id, event.moveOn(), event.detail(), event.intendedToLast(),
                        event.on(), request, null, RECORDED_BY);
                case RETURNED -> new RecordReturnToRoughSleeping(id, event.on(), event.detail(), request, null,
                        RECORDED_BY);
                case CLOSED -> new CloseEnrolment(id, event.exitReason(), event.destination(), event.on(), request,
                        null, RECORDED_BY);
                case REOPENED -> new ReopenEnrolment(id, event.detail(), event.on(), request, null, RECORDED_BY);
            };
        }
    }

    private final Draws draws;
    private final DemoIds ids;
    private final DemoPeople people;

    RoughSleepingStories(long seed, int copy) {
        this.draws = Draws.of(seed, copy, PATHWAY);
        this.ids = new DemoIds(seed, copy);
        this.people = new DemoPeople(draws);
    }

    List<RoughSleepingStory> stories() {
        Months contactMonths = new Months(FIRST_CONTACT, LAST_CONTACT, month -> month.equals(EVERYONE_IN) ? 2.5
                : switch (month.getMonth()) {
                    case NOVEMBER, DECEMBER, JANUARY, FEBRUARY -> 1.3;
                    case JUNE, JULY, AUGUST -> 0.8;
                    default -> 1.0;
                });
        List<LocalAuthority> areas = draws.shuffled(DemoDataSet.spread(PEOPLE, AREAS));
        List<LocalDate> firstContacts = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            firstContacts.add(contactMonths.day(draws));
        }
        firstContacts.sort(Comparator.naturalOrder());
        List<RoughSleepingStory> stories = new ArrayList<>();
        for (int number = 0; number < PEOPLE; number++) {
            LocalAuthority area = areas.get(number);
            LocalDate contactedOn = firstContacts.get(number);
            DemoPerson person = people.person(ids.participant(PATHWAY, number), area, PROFILE, contactedOn);
            List<Enrolment> enrolments = new ArrayList<>();
            Enrolment first = enrolment(ids.enrolment(PATHWAY, number, 0), area, contactedOn);
            enrolments.add(first);
            Event closed = first.events().get(first.events().size() - 1);
            LocalDate foundAgain = closed.on().plusDays(draws.between(60, 240));
            if (closed.exitReason() == ExitReason.DISENGAGED && !foundAgain.isAfter(LAST_CONTACT)
                    && draws.chance(FOUND_AGAIN_AFTER_LEAVING)) {
                enrolments.add(enrolment(ids.enrolment(PATHWAY, number, 1), area, foundAgain));
            }
            stories.add(new RoughSleepingStory(person, enrolments));
        }
        return stories;
    }

    private Enrolment enrolment(String enrolmentId, LocalAuthority area, LocalDate contactedOn) {
        String organisation = draws.pick(ORGANISATIONS.get(area));
        String place = draws.pick(PLACES) + ", " + area.displayName();
        List<Event> events = new ArrayList<>();
        boolean everyoneIn = YearMonth.from(contactedOn).equals(EVERYONE_IN);
        LocalDate day = contactedOn;
        boolean placed = draws.chance(everyoneIn ? 0.95 : PLACED);
        if (placed) {
            day = day.plusDays(draws.between(0, everyoneIn ? 3 : 14));
            events.add(placement(day, area, everyoneIn));
        }
        double settled = placed ? 0.52 : 0.15;
        double reconnected = placed ? 0.06 : 0.15;
        double roll = draws.uniform();
        if (roll < settled) {
            day = day.plusDays(draws.logNormalDays(placed ? 45 : 60, 0.8, 7, 365));
            boolean intendedToLast = draws.chance(0.9);
            events.add(moveOn(day, MoveOnKind.SETTLED_ACCOMMODATION, intendedToLast
                    ? draws.pick(List.of("Council flat", "Housing association flat", "Private rented room",
                    "Supported housing")) : "Short-term room with a friend", intendedToLast));
            afterMovingOn(events, day, area);
        } else if (roll < settled + reconnected) {
            day = day.plusDays(draws.between(1, 30));
            events.add(moveOn(day, MoveOnKind.RECONNECTION, "Family in another area", true));
            events.add(closure(day.plusDays(draws.between(0, 7)), ExitReason.MOVED_OUT_OF_AREA,
                    ExitDestination.FAMILY_OR_FRIENDS));
        } else {
            day = day.plusDays(draws.between(10, 150));
            events.add(closure(day, ExitReason.DISENGAGED, draws.pick(List.of(ExitDestination.ROUGH_SLEEPING,
                    ExitDestination.NOT_KNOWN, ExitDestination.EMERGENCY_OR_TEMPORARY_ACCOMMODATION))));
        }
        return new Enrolment(enrolmentId, organisation, contactedOn, place, events);
    }

    /**
     * Closed some weeks after the move-on; some are seen sleeping rough again, within 180 days, 181-365 or
     * 366-730 (the enrolment re-opened if it was closed by then), and are placed again or leave.
     */
    private void afterMovingOn(List<Event> events, LocalDate movedOn, LocalAuthority area) {
        LocalDate closedOn = movedOn.plusDays(draws.between(14, 90));
        LocalDate returnedOn = null;
        if (draws.chance(RETURNED_AFTER_A_MOVE_ON)) {
            double band = draws.uniform();
            returnedOn = movedOn.plusDays(band < 0.55 ? draws.between(7, 180)
                    : band < 0.82 ? draws.between(181, 365) : draws.between(366, 730));
        }
        if (returnedOn == null || returnedOn.isAfter(closedOn)) {
            events.add(closure(closedOn, ExitReason.SUPPORT_COMPLETED, draws.pick(List.of(
                    ExitDestination.SOCIAL_RENTED_TENANCY, ExitDestination.PRIVATE_RENTED_TENANCY,
                    ExitDestination.SUPPORTED_ACCOMMODATION))));
        }
        if (returnedOn == null) {
            return;
        }
        if (returnedOn.isAfter(closedOn)) {
            events.add(event(returnedOn, Event.Kind.REOPENED, "Seen sleeping rough again"));
        }
        events.add(event(returnedOn, Event.Kind.RETURNED, draws.pick(PLACES) + ", " + area.displayName()));
        LocalDate day = returnedOn;
        if (draws.chance(0.6)) {
            day = day.plusDays(draws.between(0, 10));
            events.add(placement(day, area, false));
            if (draws.chance(0.5)) {
                day = day.plusDays(draws.between(20, 120));
                events.add(moveOn(day, MoveOnKind.SETTLED_ACCOMMODATION, "Supported housing", true));
                events.add(closure(day.plusDays(draws.between(14, 60)), ExitReason.SUPPORT_COMPLETED,
                        ExitDestination.SUPPORTED_ACCOMMODATION));
                return;
            }
        }
        events.add(closure(day.plusDays(draws.between(30, 90)), ExitReason.DISENGAGED, ExitDestination.ROUGH_SLEEPING));
    }

    private Event placement(LocalDate on, LocalAuthority area, boolean everyoneIn) {
        EmergencyAccommodationType type = everyoneIn ? EmergencyAccommodationType.BED_AND_BREAKFAST
                : draws.weighted(ACCOMMODATION);
        String name = everyoneIn ? area.displayName() + " emergency hotel (Everyone In)"
                : area.displayName() + " " + type.label().toLowerCase() + " " + draws.between(1, 3);
        return new Event(on, Event.Kind.PLACED, name, type, null, false, null, null);
    }

    private static Event moveOn(LocalDate on, MoveOnKind kind, String destination, boolean intendedToLast) {
        return new Event(on, Event.Kind.MOVED_ON, destination, null, kind, intendedToLast, null, null);
    }

    private static Event closure(LocalDate on, ExitReason reason, ExitDestination destination) {
        return new Event(on, Event.Kind.CLOSED, null, null, null, false, reason, destination);
    }

    private static Event event(LocalDate on, Event.Kind kind, String detail) {
        return new Event(on, kind, detail, null, null, false, null, null);
    }
}
