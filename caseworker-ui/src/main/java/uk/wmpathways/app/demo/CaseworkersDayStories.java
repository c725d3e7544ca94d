package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EmergencyAccommodationType;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.PlaceInEmergencyAccommodation;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.SANDWELL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;

/**
 * The working day of the demo caseworkers ({@code caseworker} and {@code caseworker2} of DEMO-SUPPORT): thirteen
 * open cases across the three pathways, dated back from the day of the load, so that whoever signs in as them sees
 * a caseload, a recent contact history, things due this week and two or three overdue (a 28-day no-contact, a
 * tenancy check). Each step is recorded by the worker who holds the case, as they would have recorded it.
 * <p>
 * Every date is within the last year: the published figures of the programmes' own periods (years ago) do not
 * move; a report on the last twelve months shows these few people.
 */
final class CaseworkersDayStories {

    static final String PATHWAY = "demo-support-today";
    static final String ORGANISATION = "DEMO-SUPPORT";
    static final String CASEWORKER = "caseworker";
    static final String CASEWORKER_2 = "caseworker2";
    private static final DemoPeople.Profile PROFILE = new DemoPeople.Profile(0.7, 0.5, 19, 64, 38);

    /** One open case: who, whose it is, and its steps (dated, sent in the order of their dates). */
    record CaseworkerStory(DemoPerson person, String worker, String enrolmentId, List<Dated> steps)
            implements Story {

        @Override
        public void tell(CommandPath commands) {
            CommandPath asWorker = commands.as(caseworker(worker));
            asWorker.register(person);
            String[] recordedId = new String[1];
            Steps inOrder = new Steps();
            for (Dated step : steps) {
                inOrder.on(step.on(), () -> {
                    String id = asWorker.send(step.command().apply(recordedId[0]));
                    if (step.keepsId()) {
                        recordedId[0] = id;
                    }
                });
            }
            inOrder.sendInOrder();
        }
    }

    /** A step on a day; {@code command} is given the id the last step that keeps one recorded (a tenancy). */
    record Dated(LocalDate on, java.util.function.Function<String, Object> command, boolean keepsId) {
    }

    /** The account's caller, as a signed-in caseworker of DEMO-SUPPORT sends a step. */
    static Caller caseworker(String username) {
        return Caller.person(username, Set.of(Role.CASEWORKER), ORGANISATION, "demo data");
    }

    private final DemoIds ids;
    private final DemoPeople people;
    private final LocalDate today;
    private int number;

    CaseworkersDayStories(long seed, int copy, LocalDate today) {
        this.ids = new DemoIds(seed, copy);
        this.people = new DemoPeople(Draws.of(seed, copy, PATHWAY));
        this.today = today;
    }

    List<CaseworkerStory> stories() {
        number = 0;
        List<CaseworkerStory> stories = new ArrayList<>();
        // caseworker: a new referral, one waiting too long for contact, tenancy checks due and overdue
        stories.add(housingFirst(CASEWORKER, BIRMINGHAM, daysAgo(9), null, null, List.of(), daysAgo(6), daysAgo(2)));
        stories.add(housingFirst(CASEWORKER, WALSALL, daysAgo(62), daysAgo(50), null, List.of(), daysAgo(45),
                daysAgo(33)));
        LocalDate checkDueSoon = today.minusMonths(6).plusDays(3);
        stories.add(housingFirst(CASEWORKER, BIRMINGHAM, checkDueSoon.minusDays(70), checkDueSoon.minusDays(55),
                checkDueSoon, List.of(), daysAgo(12), daysAgo(4)));
        LocalDate checkOverdue = today.minusMonths(6).minusDays(5);
        stories.add(housingFirst(CASEWORKER, SANDWELL, checkOverdue.minusDays(90), checkOverdue.minusDays(80),
                checkOverdue, List.of(), daysAgo(9), daysAgo(1)));
        stories.add(roughSleeping(CASEWORKER, BIRMINGHAM, daysAgo(25), daysAgo(24), null, daysAgo(22)));
        stories.add(roughSleeping(CASEWORKER, WALSALL, daysAgo(3), null, null));
        stories.add(thriveIntoWork(CASEWORKER, SANDWELL, daysAgo(35), daysAgo(27), daysAgo(20), daysAgo(20),
                daysAgo(8)));
        stories.add(roughSleeping(CASEWORKER, BIRMINGHAM, daysAgo(80), daysAgo(78), daysAgo(12), daysAgo(12)));
        // caseworker2: a tenancy of almost a year, a contact due this week, one overdue, a new referral
        LocalDate aYearAgo = today.minusMonths(12).plusDays(10);
        stories.add(housingFirst(CASEWORKER_2, WALSALL, aYearAgo.minusDays(60), aYearAgo.minusDays(45), aYearAgo,
                List.of(aYearAgo.plusMonths(6).plusDays(3)), daysAgo(15), daysAgo(5)));
        stories.add(housingFirst(CASEWORKER_2, BIRMINGHAM, daysAgo(40), daysAgo(30), null, List.of(), daysAgo(23)));
        stories.add(roughSleeping(CASEWORKER_2, SANDWELL, daysAgo(35), null, null));
        stories.add(thriveIntoWork(CASEWORKER_2, WALSALL, daysAgo(6), null, null, daysAgo(2)));
        stories.add(roughSleeping(CASEWORKER_2, BIRMINGHAM, daysAgo(16), daysAgo(14), null, daysAgo(7)));
        return stories;
    }

    private LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    /** Referred, then (when {@code assessedOn}) accepted, then (when {@code housedOn}) housed and checked. */
    private CaseworkerStory housingFirst(String worker, LocalAuthority area, LocalDate referredOn, LocalDate assessedOn,
                                         LocalDate housedOn, List<LocalDate> sixMonthCheck, LocalDate... contacts) {
        int at = number++;
        DemoPerson person = people.person(ids.participant(PATHWAY, at), area, PROFILE, referredOn);
        String enrolmentId = ids.enrolment(PATHWAY, at, 0);
        List<Dated> steps = new ArrayList<>();
        steps.add(new Dated(referredOn, none -> new ReferToHousingFirst(enrolmentId, person.participantId(),
                ORGANISATION, area, FundingStream.HOUSING_FIRST_PILOT, worker, HousingFirstReferralSource.OUTREACH,
                referredOn, DemoIds.request("referral"), worker), false));
        if (assessedOn != null) {
            steps.add(new Dated(assessedOn, none -> new AssessHousingFirstEligibility(enrolmentId, true, null,
                    assessedOn, DemoIds.request("eligibility"), null, worker), false));
        }
        if (housedOn != null) {
            steps.add(new Dated(housedOn, none -> new StartTenancy(enrolmentId, "Flat " + (at + 2) + ", Demo Court",
                    LandlordType.SOCIAL, housedOn, DemoIds.request("tenancy-0"), null, worker), true));
            sixMonthCheck.forEach(checkedOn -> steps.add(new Dated(checkedOn, tenancyId ->
                    new RecordTenancySustainmentCheck(enrolmentId, tenancyId, 6, checkedOn,
                            DemoIds.request("tenancy-0-check-6"), null, worker), false)));
        }
        addContacts(steps, enrolmentId, worker, contacts);
        return new CaseworkerStory(person, worker, enrolmentId, steps);
    }

    /** Met on the street, then perhaps placed in emergency accommodation and moved on. */
    private CaseworkerStory roughSleeping(String worker, LocalAuthority area, LocalDate metOn, LocalDate placedOn,
                                          LocalDate movedOn, LocalDate... contacts) {
        int at = number++;
        DemoPerson person = people.person(ids.participant(PATHWAY, at), area, PROFILE, metOn);
        String enrolmentId = ids.enrolment(PATHWAY, at, 0);
        List<Dated> steps = new ArrayList<>();
        steps.add(new Dated(metOn, none -> new RecordOutreachContact(enrolmentId, person.participantId(),
                ORGANISATION, area, FundingStream.ROUGH_SLEEPING_INITIATIVE, worker, metOn, "Bus station doorway",
                true, DemoIds.request("outreach"), worker), false));
        if (placedOn != null) {
            steps.add(new Dated(placedOn, none -> new PlaceInEmergencyAccommodation(enrolmentId,
                    EmergencyAccommodationType.HOSTEL, "Sample House Hostel", placedOn,
                    DemoIds.request("placed"), null, worker), false));
        }
        if (movedOn != null) {
            steps.add(new Dated(movedOn, none -> new RecordMoveOn(enrolmentId, MoveOnKind.SETTLED_ACCOMMODATION,
                    "Flat 3, Example Gardens", true, movedOn, DemoIds.request("moved-on"), null, worker), false));
        }
        addContacts(steps, enrolmentId, worker, contacts);
        return new CaseworkerStory(person, worker, enrolmentId, steps);
    }

    /** Referred by a GP (expansion: no trial arm), then perhaps enrolled and profiled. */
    private CaseworkerStory thriveIntoWork(String worker, LocalAuthority area, LocalDate referredOn,
                                           LocalDate consentOn, LocalDate profiledOn, LocalDate... contacts) {
        int at = number++;
        DemoPerson person = people.person(ids.participant(PATHWAY, at), area, PROFILE, referredOn);
        String enrolmentId = ids.enrolment(PATHWAY, at, 0);
        List<Dated> steps = new ArrayList<>();
        steps.add(new Dated(referredOn, none -> new ReferToThriveIntoWork(enrolmentId, person.participantId(),
                ORGANISATION, area, FundingStream.THRIVE_INTO_WORK_EXPANSION, worker, ThriveIntoWorkReferralSource.GP,
                "Y90001", referredOn, DemoIds.request("referral"), worker), false));
        if (consentOn != null) {
            steps.add(new Dated(consentOn, none -> new RecordEligibilityAndConsent(enrolmentId, true, true, consentOn,
                    DemoIds.request("eligibility-and-consent"), null, worker), false));
        }
        if (profiledOn != null) {
            steps.add(new Dated(profiledOn, none -> new CompleteVocationalProfile(enrolmentId, profiledOn,
                    DemoIds.request("vocational-profile"), null, worker), false));
        }
        addContacts(steps, enrolmentId, worker, contacts);
        return new CaseworkerStory(person, worker, enrolmentId, steps);
    }

    private static void addContacts(List<Dated> steps, String enrolmentId, String worker, LocalDate... contacts) {
        for (int i = 0; i < contacts.length; i++) {
            LocalDate on = contacts[i];
            ContactType type = i % 3 == 1 ? ContactType.PHONE : ContactType.FACE_TO_FACE;
            String request = DemoIds.request("contact-" + i);
            steps.add(new Dated(on, none -> new LogContact(enrolmentId, type, 30, null, on, request, null, worker),
                    false));
        }
    }
}
