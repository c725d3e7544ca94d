package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AssessHousingFirstEligibility;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.DeclineReason;
import uk.wmpathways.caseservice.api.enrolment.EndTenancy;
import uk.wmpathways.caseservice.api.enrolment.ExitDestination;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.LandlordType;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.RecordTenancySustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.StartTenancy;
import uk.wmpathways.caseservice.api.enrolment.TenancyEndReason;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.wmpathways.app.demo.DemoDataSet.RECORDED_BY;
import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.SANDWELL;
import static uk.wmpathways.caseservice.api.LocalAuthority.SOLIHULL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WOLVERHAMPTON;

/**
 * The Housing First pilot: referrals from May 2018 to December 2021, most accepted; the accepted housed after
 * a wait of weeks to months (476 of them by the end of March 2022, the published figure; a few later, a few
 * never); about 87% of tenancies still running 12 months after they started, the others ended by eviction,
 * abandonment, custody, hospital or death before then, and about half of those people re-housed. Support is
 * intensive (contacts are recorded) and continues when a tenancy ends. When the pilot's funding ended (the end
 * of March 2023 in this data) the enrolments still open were handed over to the local service and closed.
 */
final class HousingFirstStories {

    static final String PATHWAY = "housing-first";
    static final String PROVIDER = "HOMES-FIRST";
    static final LocalDate FIRST_REFERRAL = LocalDate.of(2018, 5, 1);
    static final LocalDate LAST_REFERRAL = LocalDate.of(2021, 12, 31);
    static final LocalDate HANDED_OVER = LocalDate.of(2023, 3, 31);
    static final int REFERRALS = 600;
    static final int DECLINED = 70;
    static final int NEVER_HOUSED = 34;
    static final int HOUSED_AFTER_THE_PERIOD = 20;
    /** Tenancies still running 12 months after they started, of those old enough to tell (published: 87%). */
    static final double SUSTAINED_AT_12_MONTHS = 0.87;
    static final double REHOUSED_AFTER_AN_EARLY_END = 0.55;
    static final double ENDED_AFTER_12_MONTHS = 0.10;
    static final List<Integer> CHECK_MONTHS = List.of(6, 12, 24);
    /** A check is recorded within this many days of its checkpoint; a tenancy does not end in that window. */
    static final int CHECK_WITHIN_DAYS = 14;

    /** Most of the pilot's people were in its three areas; a few were referred elsewhere in the region. */
    private static final Map<LocalAuthority, Double> AREAS = new EnumMap<>(Map.of(BIRMINGHAM, 0.55, COVENTRY, 0.20,
            WALSALL, 0.13, WOLVERHAMPTON, 0.04, SANDWELL, 0.04, DUDLEY, 0.02, SOLIHULL, 0.02));
    private static final Map<HousingFirstReferralSource, Double> SOURCES = new EnumMap<>(Map.of(
            HousingFirstReferralSource.OUTREACH, 0.30, HousingFirstReferralSource.HOSTEL, 0.25,
            HousingFirstReferralSource.PRISON_OR_PROBATION, 0.20, HousingFirstReferralSource.HOSPITAL, 0.10,
            HousingFirstReferralSource.LOCAL_AUTHORITY, 0.15));
    private static final Map<DeclineReason, Double> DECLINE_REASONS = new EnumMap<>(Map.of(
            DeclineReason.DOES_NOT_MEET_CRITERIA, 0.40, DeclineReason.NEEDS_MET_ELSEWHERE, 0.30,
            DeclineReason.OUT_OF_AREA, 0.10, DeclineReason.DECLINED_BY_PERSON, 0.15, DeclineReason.OTHER, 0.05));
    private static final Map<TenancyEndReason, Double> EARLY_ENDS = new EnumMap<>(Map.of(
            TenancyEndReason.EVICTION, 0.30, TenancyEndReason.ABANDONMENT, 0.30, TenancyEndReason.CUSTODY, 0.20,
            TenancyEndReason.HOSPITAL, 0.10, TenancyEndReason.DEATH, 0.10));
    private static final Map<TenancyEndReason, Double> LATER_ENDS = new EnumMap<>(Map.of(
            TenancyEndReason.PLANNED_MOVE_ON, 0.60, TenancyEndReason.EVICTION, 0.20,
            TenancyEndReason.ABANDONMENT, 0.10, TenancyEndReason.CUSTODY, 0.10));
    private static final Map<ContactType, Double> CONTACT_TYPES = new EnumMap<>(Map.of(
            ContactType.FACE_TO_FACE, 0.60, ContactType.PHONE, 0.30, ContactType.VIDEO, 0.05,
            ContactType.ATTEMPTED, 0.05));
    private static final Map<ExitReason, Double> NEVER_HOUSED_EXITS = new EnumMap<>(Map.of(
            ExitReason.DISENGAGED, 0.40, ExitReason.IN_CUSTODY, 0.20, ExitReason.MOVED_OUT_OF_AREA, 0.15,
            ExitReason.DIED, 0.05, ExitReason.TRANSFERRED_TO_OTHER_SERVICE, 0.20));
    private static final List<String> STREETS = List.of("Demo Court", "Sample House", "Testfield Road",
            "Example Gardens", "Mockford Close", "Placeholder Way", "Fiction Street", "Trial Avenue");
    private static final DemoPeople.Profile PROFILE = new DemoPeople.Profile(0.78, 0.62, 21, 66, 41);

    record Check(int monthsAfterStart, LocalDate checkedOn) {
    }

    record Tenancy(String property, LandlordType landlordType, LocalDate startedOn, List<Check> checks,
                   TenancyEndReason endReason, LocalDate endedOn) {

        boolean runningAfter12Months() {
            return endedOn == null || !endedOn.isBefore(startedOn.plusMonths(12));
        }
    }

    record Contact(LocalDate on, ContactType type, int minutes) {
    }

    record Closure(ExitReason reason, ExitDestination destination, LocalDate closedOn) {
    }

    record HousingFirstStory(DemoPerson person, String enrolmentId, HousingFirstReferralSource source,
                             LocalDate referredOn, LocalDate assessedOn, DeclineReason declined,
                             List<Tenancy> tenancies, List<Contact> contacts, Closure closure) implements Story {

        boolean accepted() {
            return declined == null;
        }

        @Override
        public void tell(CommandPath commands) {
            commands.register(person);
            commands.send(new ReferToHousingFirst(enrolmentId, person.participantId(), PROVIDER,
                    person.localAuthority(), FundingStream.HOUSING_FIRST_PILOT, null, source, referredOn,
                    DemoIds.request("referral"), RECORDED_BY));
            commands.send(new AssessHousingFirstEligibility(enrolmentId, accepted(), declined, assessedOn,
                    DemoIds.request("eligibility"), null, RECORDED_BY));
            if (!accepted()) {
                return; // a declined referral is closed by the assessment itself
            }
            Steps steps = new Steps();
            for (int number = 0; number < tenancies.size(); number++) {
                tenancySteps(commands, steps, number, tenancies.get(number));
            }
            for (int number = 0; number < contacts.size(); number++) {
                Contact contact = contacts.get(number);
                String request = DemoIds.request("contact-" + number);
                steps.on(contact.on(), () -> commands.send(new LogContact(enrolmentId, contact.type(),
                        contact.minutes(), null, contact.on(), request, null, RECORDED_BY)));
            }
            steps.on(closure.closedOn(), () -> commands.send(new CloseEnrolment(enrolmentId, closure.reason(),
                    closure.destination(), closure.closedOn(), DemoIds.request("closure"), null, RECORDED_BY)));
            steps.sendInOrder();
        }

        private void tenancySteps(CommandPath commands, Steps steps, int number, Tenancy tenancy) {
            String[] tenancyId = new String[1];
            steps.on(tenancy.startedOn(), () -> tenancyId[0] = commands.send(new StartTenancy(enrolmentId,
                    tenancy.property(), tenancy.landlordType(), tenancy.startedOn(),
                    DemoIds.request("tenancy-" + number), null, RECORDED_BY)));
            for (Check check : tenancy.checks()) {
                steps.on(check.checkedOn(), () -> commands.send(new RecordTenancySustainmentCheck(enrolmentId,
                        tenancyId[0], check.monthsAfterStart(), check.checkedOn(),
                        DemoIds.request("tenancy-" + number + "-check-" + check.monthsAfterStart()), null,
                        RECORDED_BY)));
            }
            if (tenancy.endedOn() != null) {
                steps.on(tenancy.endedOn(), () -> commands.send(new EndTenancy(enrolmentId, tenancyId[0],
                        tenancy.endReason(), tenancy.endedOn(), DemoIds.request("tenancy-" + number + "-end"), null,
                        RECORDED_BY)));
            }
        }
    }

    private final Draws draws;
    private final DemoIds ids;
    private final DemoPeople people;

    HousingFirstStories(long seed, int copy) {
        this.draws = Draws.of(seed, copy, PATHWAY);
        this.ids = new DemoIds(seed, copy);
        this.people = new DemoPeople(draws);
    }

    /** A referral as first drawn: who, where, when, and what became of it. */
    private static final class Referral {
        int number;
        LocalAuthority area;
        LocalDate referredOn;
        LocalDate assessedOn;
        DeclineReason declined;
        boolean neverHoused;
        LocalDate firstTenancyOn;
        final List<Tenancy> tenancies = new ArrayList<>();
    }

    List<HousingFirstStory> stories() {
        Months referralMonths = new Months(FIRST_REFERRAL, LAST_REFERRAL,
                month -> month.getYear() == 2018 ? 0.4 + 0.1 * (month.getMonthValue() - 5) : 1.0);
        List<LocalAuthority> areas = DemoDataSet.spread(REFERRALS, AREAS);
        List<Referral> referrals = new ArrayList<>();
        for (LocalAuthority area : draws.shuffled(areas)) {
            Referral referral = new Referral();
            referral.area = area;
            referral.referredOn = referralMonths.day(draws);
            referral.assessedOn = referral.referredOn.plusDays(draws.between(5, 28));
            referrals.add(referral);
        }
        referrals.sort(Comparator.comparing(referral -> referral.referredOn));
        for (int number = 0; number < referrals.size(); number++) {
            referrals.get(number).number = number;
        }
        for (Referral declined : draws.shuffled(referrals).subList(0, DECLINED)) {
            declined.declined = draws.weighted(DECLINE_REASONS);
        }
        List<Referral> accepted = referrals.stream().filter(referral -> referral.declined == null).toList();
        // the last accepted referrals wait into the next year: housed, but after the report period
        List<Referral> housedLater = accepted.subList(accepted.size() - HOUSED_AFTER_THE_PERIOD, accepted.size());
        List<Referral> earlier = accepted.subList(0, accepted.size() - HOUSED_AFTER_THE_PERIOD);
        for (Referral neverHoused : draws.shuffled(earlier).subList(0, NEVER_HOUSED)) {
            neverHoused.neverHoused = true;
        }
        for (Referral referral : earlier) {
            if (!referral.neverHoused) {
                int wait = draws.logNormalDays(60, 0.6, 7, 330);
                LocalDate housed = referral.assessedOn.plusDays(wait);
                if (housed.isAfter(DemoDataSet.HF_TO)) {
                    housed = draws.dayBetween(referral.assessedOn.plusDays(7), DemoDataSet.HF_TO);
                }
                referral.firstTenancyOn = housed;
            }
        }
        for (Referral referral : housedLater) {
            referral.firstTenancyOn = draws.dayBetween(DemoDataSet.HF_TO.plusDays(3), DemoDataSet.HF_TO.plusDays(100));
        }
        decideTenancies(earlier.stream().filter(referral -> !referral.neverHoused).toList(), housedLater);
        return referrals.stream().map(this::story).toList();
    }

    /**
     * First tenancies started at least 12 months before the end of the report period fail (end within 12
     * months) one by one, until no more than 87% of the tenancies started by then (re-housings included) ran
     * for 12 months; later tenancies fail at the same rate. A re-housing is a new tenancy, which lasts.
     */
    private void decideTenancies(List<Referral> housedInPeriod, List<Referral> housedLater) {
        LocalDate oldEnough = DemoDataSet.HF_TO.minusMonths(12);
        List<Referral> early = new ArrayList<>(housedInPeriod.stream()
                .filter(referral -> !referral.firstTenancyOn.isAfter(oldEnough)).toList());
        List<Referral> late = new ArrayList<>(housedInPeriod.stream()
                .filter(referral -> referral.firstTenancyOn.isAfter(oldEnough)).toList());
        Set<Referral> failing = new HashSet<>();
        int tenancies = early.size();
        int failed = 0;
        for (Referral referral : draws.shuffled(early)) {
            if ((tenancies - failed) / (double) tenancies < SUSTAINED_AT_12_MONTHS + 0.0005) {
                break;
            }
            failing.add(referral);
            failed++;
            LocalDate rehousedOn = failedTenancy(referral);
            if (rehousedOn != null && !rehousedOn.isAfter(oldEnough)) {
                tenancies++;
            }
        }
        int lateFailures = (int) Math.round(late.size() * (1 - SUSTAINED_AT_12_MONTHS));
        for (Referral referral : draws.shuffled(late).subList(0, lateFailures)) {
            failing.add(referral);
            failedTenancy(referral);
        }
        for (Referral referral : housedInPeriod) {
            if (!failing.contains(referral)) {
                referral.tenancies.add(lastingTenancy(referral.firstTenancyOn, draws.chance(ENDED_AFTER_12_MONTHS)));
            }
        }
        for (Referral referral : housedLater) {
            referral.tenancies.add(lastingTenancy(referral.firstTenancyOn, false));
        }
    }

    /** A tenancy that ends within 12 months; answers the day of the re-housing, or null when there is none. */
    private LocalDate failedTenancy(Referral referral) {
        LocalDate start = referral.firstTenancyOn;
        TenancyEndReason reason = draws.weighted(EARLY_ENDS);
        LocalDate end = outsideCheckWindows(start, start.plusDays(draws.between(30, 330)));
        referral.tenancies.add(tenancy(start, reason, end));
        LocalDate rehousedOn = null;
        if (reason != TenancyEndReason.DEATH && draws.chance(REHOUSED_AFTER_AN_EARLY_END)) {
            LocalDate candidate = end.plusDays(draws.between(21, 120));
            if (candidate.isBefore(HANDED_OVER.minusMonths(1))) {
                rehousedOn = candidate;
                referral.tenancies.add(lastingTenancy(rehousedOn, false));
            }
        }
        return rehousedOn;
    }

    /** A tenancy that runs for 12 months or more; some end later (most of them a planned move-on). */
    private Tenancy lastingTenancy(LocalDate start, boolean endsLater) {
        if (endsLater) {
            LocalDate end = outsideCheckWindows(start, start.plusMonths(13).plusDays(draws.between(0, 700)));
            if (end.isBefore(HANDED_OVER)) {
                return tenancy(start, draws.weighted(LATER_ENDS), end);
            }
        }
        return tenancy(start, null, null);
    }

    private Tenancy tenancy(LocalDate start, TenancyEndReason reason, LocalDate end) {
        LandlordType landlord = draws.chance(0.65) ? LandlordType.SOCIAL : LandlordType.PRIVATE_RENTED;
        String property = "Flat " + draws.between(1, 60) + ", " + draws.pick(STREETS);
        List<Check> checks = new ArrayList<>();
        for (int months : CHECK_MONTHS) {
            LocalDate checkpoint = start.plusMonths(months);
            LocalDate checkedOn = checkpoint.plusDays(draws.between(0, CHECK_WITHIN_DAYS));
            if ((end == null || end.isAfter(checkedOn)) && checkedOn.isBefore(HANDED_OVER)) {
                checks.add(new Check(months, checkedOn));
            }
        }
        return new Tenancy(property, landlord, start, checks, reason, end);
    }

    /** An end is moved past a checkpoint's window, so that a tenancy is either checked or ended by then. */
    private static LocalDate outsideCheckWindows(LocalDate start, LocalDate end) {
        for (int months : CHECK_MONTHS) {
            LocalDate checkpoint = start.plusMonths(months);
            if (!end.isBefore(checkpoint) && !end.isAfter(checkpoint.plusDays(CHECK_WITHIN_DAYS))) {
                return checkpoint.plusDays(CHECK_WITHIN_DAYS + 1);
            }
        }
        return end;
    }

    private HousingFirstStory story(Referral referral) {
        String participantId = ids.participant(PATHWAY, referral.number);
        DemoPerson person = people.person(participantId, referral.area, PROFILE, referral.referredOn);
        String enrolmentId = ids.enrolment(PATHWAY, referral.number, 0);
        HousingFirstReferralSource source = draws.weighted(SOURCES);
        if (referral.declined != null) {
            return new HousingFirstStory(person, enrolmentId, source, referral.referredOn, referral.assessedOn,
                    referral.declined, List.of(), List.of(), null);
        }
        Closure closure = closure(referral);
        return new HousingFirstStory(person, enrolmentId, source, referral.referredOn, referral.assessedOn, null,
                referral.tenancies, contacts(referral.assessedOn, closure.closedOn()), closure);
    }

    private Closure closure(Referral referral) {
        if (referral.neverHoused) {
            ExitReason reason = draws.weighted(NEVER_HOUSED_EXITS);
            ExitDestination destination = switch (reason) {
                case IN_CUSTODY -> ExitDestination.CUSTODY;
                case DIED -> ExitDestination.DIED;
                case TRANSFERRED_TO_OTHER_SERVICE -> ExitDestination.SUPPORTED_ACCOMMODATION;
                default -> draws.chance(0.5) ? ExitDestination.ROUGH_SLEEPING : ExitDestination.NOT_KNOWN;
            };
            return new Closure(reason, destination, referral.assessedOn.plusDays(draws.between(60, 300)));
        }
        Tenancy last = referral.tenancies.get(referral.tenancies.size() - 1);
        if (last.endedOn() == null) {
            ExitDestination destination = last.landlordType() == LandlordType.SOCIAL
                    ? ExitDestination.SOCIAL_RENTED_TENANCY : ExitDestination.PRIVATE_RENTED_TENANCY;
            return new Closure(ExitReason.TRANSFERRED_TO_OTHER_SERVICE, destination, HANDED_OVER);
        }
        LocalDate end = last.endedOn();
        Closure closure = switch (last.endReason()) {
            case DEATH -> new Closure(ExitReason.DIED, ExitDestination.DIED, end);
            case CUSTODY -> new Closure(ExitReason.IN_CUSTODY, ExitDestination.CUSTODY, end.plusDays(draws.between(7, 30)));
            case HOSPITAL -> new Closure(ExitReason.IN_HOSPITAL, ExitDestination.HOSPITAL_OR_CARE,
                    end.plusDays(draws.between(7, 60)));
            case PLANNED_MOVE_ON -> new Closure(ExitReason.SUPPORT_COMPLETED, draws.pick(List.of(
                    ExitDestination.SOCIAL_RENTED_TENANCY, ExitDestination.SUPPORTED_ACCOMMODATION,
                    ExitDestination.FAMILY_OR_FRIENDS)), end.plusDays(draws.between(0, 30)));
            case EVICTION, ABANDONMENT -> new Closure(ExitReason.DISENGAGED, draws.pick(List.of(
                    ExitDestination.ROUGH_SLEEPING, ExitDestination.EMERGENCY_OR_TEMPORARY_ACCOMMODATION,
                    ExitDestination.NOT_KNOWN)), end.plusDays(draws.between(30, 120)));
        };
        return closure.closedOn().isAfter(HANDED_OVER)
                ? new Closure(closure.reason(), closure.destination(), HANDED_OVER.isBefore(end) ? end : HANDED_OVER)
                : closure;
    }

    /** A few of the support contacts between acceptance and closure (a sample: the real ones were weekly). */
    private List<Contact> contacts(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        int count = (int) Math.min(2, Math.max(1, days / 300));
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate on = draws.dayBetween(from.plusDays(1), to.minusDays(1));
            contacts.add(new Contact(on, draws.weighted(CONTACT_TYPES), 15 * draws.between(1, 8)));
        }
        contacts.sort(Comparator.comparing(Contact::on));
        return contacts;
    }
}
