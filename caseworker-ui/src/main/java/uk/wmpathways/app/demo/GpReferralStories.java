package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.MessageIds;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferralConsent;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferralFlag;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferredPerson;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.Referrer;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GP referrals of the demo practice ({@value #PRACTICE}, the demo {@code gp}'s) to the Work Well IPS service, after
 * the trial stage (November 2020 to March 2022), decided by the demo {@code ips} caseworker: some waiting to be
 * opened, some opened, some accepted (a person registered from the referral who goes on to a first contact and
 * often a job start; or a demo participant the referral was about, linked), rejected with each reason, and
 * cancelled by the practice. Fictitious people; NHS numbers only from the range 999 000 0000 to 999 999 9999,
 * which is never issued. Deterministic: the seed decides everything.
 * <p>
 * After the trial stage and funded by the expansion stream, so that the trial's published figures stay as they are.
 */
final class GpReferralStories {

    static final String PRACTICE = UserAccountsAutoConfiguration.DEMO_GP_PRACTICE;
    static final String PRACTICE_NAME = "Sampleton Health Centre (demo)";
    static final String GP = "gp";
    static final String GP_NAME = "Dr Gail Practitioner (demo)";
    static final String CASEWORKER = "ips";
    static final LocalDate FIRST_REFERRAL = LocalDate.of(2020, 11, 2);
    static final LocalDate LAST_DECIDED_REFERRAL = LocalDate.of(2021, 12, 20);
    static final LocalDate LAST_REFERRAL = LocalDate.of(2022, 3, 25);
    static final String VERIFIED = "number-present-and-verified";
    static final String NOT_TRACED = "number-present-but-not-traced";

    /** What became of a referral. */
    enum Fate {
        AWAITING(6), OPENED(4), STARTED_WORK(6), SEEN(2), LINKED(3), REJECTED(8), CANCELLED(3);

        final int count;

        Fate(int count) {
            this.count = count;
        }

        boolean accepted() {
            return this == STARTED_WORK || this == SEEN || this == LINKED;
        }

        boolean registersAPerson() {
            return this == STARTED_WORK || this == SEEN;
        }
    }

    /** The first job after the referral (only for {@link Fate#STARTED_WORK}). */
    record Job(String employer, String jobTitle, JobSector sector, BigDecimal hoursPerWeek, BigDecimal hourlyPay,
               LocalDate startedOn) {
    }

    /**
     * One referral and what followed: {@code area} the local authority the caseworker registers them in;
     * {@code linkTo} the demo participant it is about ({@link Fate#LINKED}); the enrolment's dates when accepted.
     */
    record Story(GpReferralRequest referral, Fate fate, LocalAuthority area, GpReferralRejectionReason rejection,
                 String rejectionNote, String linkTo, LocalDate eligibleOn, LocalDate contactedOn, Job job) {

        String referralId() {
            return referral.referralId();
        }
    }

    private static final List<String> REASONS = List.of(
            "Out of work since a back injury; keen to find something part time",
            "Long-term anxiety, now well managed; wants help getting back into work",
            "Recovering from depression; asked about support to find a job",
            "Lost their job after a long illness; would like to work again",
            "Type 2 diabetes and low confidence after a long time out of work",
            "Chronic pain; looking for work with reasonable adjustments");
    private static final List<String> REJECTION_NOTES = List.of(
            "Already supported into work by another local service",
            "Moved to a job search programme of their housing provider");
    private static final List<JobSector> SECTORS = List.of(JobSector.RETAIL, JobSector.CARE, JobSector.HOSPITALITY,
            JobSector.ADMINISTRATION, JobSector.LOGISTICS, JobSector.CLEANING);
    private static final List<String> EMPLOYERS = List.of("Demo Discount Stores", "Testfield Care Homes",
            "Sampleton Cafe Group", "Placeholder Office Services", "Example Parcels", "Sparkle Sample Cleaning");
    private static final List<String> TITLES = List.of("Sales assistant", "Care assistant", "Kitchen porter",
            "Receptionist", "Warehouse operative", "Cleaner");
    private static final List<LocalAuthority> AREAS = List.of(LocalAuthority.SANDWELL, LocalAuthority.DUDLEY,
            LocalAuthority.BIRMINGHAM, LocalAuthority.WOLVERHAMPTON);
    private static final DemoPeople.Profile PROFILE = new DemoPeople.Profile(0.48, 0.58, 18, 64, 40);

    private final DemoIds ids;
    private final Draws draws;
    private final DemoPeople people;
    private final Set<String> nhsNumbers = new HashSet<>();

    GpReferralStories(long seed, int copy) {
        this.ids = new DemoIds(seed, copy);
        this.draws = Draws.of(seed, copy, "gp-referrals");
        this.people = new DemoPeople(draws);
    }

    /**
     * The stories, in the order the practice sent them; {@code knownPeople} are demo participants of the Work Well
     * service whose trial referral closed without an enrolment: the ones a referral is about are chosen from them.
     */
    List<Story> stories(List<DemoPerson> knownPeople) {
        List<Fate> decided = new ArrayList<>();
        List<Fate> pending = new ArrayList<>();
        for (Fate fate : Fate.values()) {
            for (int i = 0; i < fate.count; i++) {
                (fate == Fate.AWAITING || fate == Fate.OPENED ? pending : decided).add(fate);
            }
        }
        // interleaved, so that every kind of decision is spread over the months
        List<Fate> order = new ArrayList<>();
        for (int round = 0; order.size() < decided.size(); round++) {
            for (Fate fate : Fate.values()) {
                if (decided.stream().filter(fate::equals).count() > round) {
                    order.add(fate);
                }
            }
        }
        order.addAll(pending.stream().sorted((a, b) -> Integer.compare(b.ordinal(), a.ordinal())).toList());
        List<Story> stories = new ArrayList<>();
        int rejections = 0;
        int linked = 0;
        for (int number = 0; number < order.size(); number++) {
            Fate fate = order.get(number);
            boolean isPending = number >= decided.size();
            LocalDate authoredOn = isPending
                    ? LAST_REFERRAL.minusDays(6L * (order.size() - 1 - number))
                    : FIRST_REFERRAL.plusDays(number * daysBetween(FIRST_REFERRAL, LAST_DECIDED_REFERRAL)
                    / decided.size() + draws.between(0, 4));
            GpReferralRejectionReason rejection = null;
            String note = null;
            if (fate == Fate.REJECTED) {
                rejection = GpReferralRejectionReason.values()[rejections % GpReferralRejectionReason.values().length];
                note = rejection == GpReferralRejectionReason.OTHER
                        ? REJECTION_NOTES.get(rejections / GpReferralRejectionReason.values().length % 2) : null;
                rejections++;
            }
            DemoPerson known = fate == Fate.LINKED ? knownPeople.get(linked++ * 97 % knownPeople.size()) : null;
            LocalAuthority area = known != null ? known.localAuthority() : AREAS.get(number % AREAS.size());
            DemoPerson person = known != null ? known
                    : people.person(ids.participant("gp-referral", number), area, PROFILE, authoredOn);
            stories.add(story(number, fate, authoredOn, person, area, rejection, note, known));
        }
        return stories;
    }

    private Story story(int number, Fate fate, LocalDate authoredOn, DemoPerson person, LocalAuthority area,
                        GpReferralRejectionReason rejection, String note, DemoPerson known) {
        String referralId = ids.gpReferral(number);
        // a linked person's number was never traced (their demo record has none); some practices send none
        boolean withNumber = known != null || fate.registersAPerson() || draws.chance(0.8);
        String status = known != null || !draws.chance(0.85) && !fate.registersAPerson() ? NOT_TRACED : VERIFIED;
        String sex = person.equality() != null && person.equality().sex() == Sex.MALE ? "male" : "female";
        ReferredPerson patient = new ReferredPerson(withNumber ? nhsNumber() : null, withNumber ? status : null,
                person.givenName(), person.familyName(), person.dateOfBirth(), sex,
                "07700 900" + String.format("%03d", number), null, List.of(), null);
        List<ReferralFlag> flags = number % 5 == 1
                ? List.of(new ReferralFlag("RA", "Reasonable adjustment", "Prefers appointments by phone"))
                : List.of();
        ReferralConsent consent = number % 4 == 3 ? null : new ReferralConsent("active",
                List.of("Consent to be referred to Thrive into Work and to share the referral's details"),
                authoredOn, "Referral to Thrive into Work");
        GpReferralRequest referral = new GpReferralRequest(referralId,
                new MessageIds(ids.gpReferralMessage(number, "bundle"), ids.gpReferralMessage(number, "header"),
                        ids.gpReferralMessage(number, "service-request")),
                PRACTICE, PRACTICE_NAME, new Referrer(GP_NAME, null, "General practitioner"), patient, authoredOn,
                List.of(draws.pick(REASONS)), flags, consent);
        LocalDate eligibleOn = fate.accepted() ? authoredOn.plusDays(draws.between(5, 14)) : null;
        LocalDate contactedOn = fate.registersAPerson() ? eligibleOn.plusDays(draws.between(2, 12)) : null;
        Job job = null;
        if (fate == Fate.STARTED_WORK) {
            int kind = draws.between(0, SECTORS.size() - 1);
            LocalDate startedOn = contactedOn.plusDays(draws.between(35, 120));
            job = new Job(EMPLOYERS.get(kind), TITLES.get(kind), SECTORS.get(kind),
                    new BigDecimal(draws.pick(List.of("16", "20", "25", "30", "37.5"))),
                    DemoDataSet.nationalLivingWage(startedOn), startedOn);
        }
        return new Story(referral, fate, area, rejection, note, known == null ? null : known.participantId(),
                eligibleOn, contactedOn, job);
    }

    /** An unused number of the range never issued (starting 999), with a valid Modulus 11 check digit. */
    private String nhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", draws.between(0, 999_999));
            int check = checkDigit(nine);
            if (check < 10 && nhsNumbers.add(nine + check)) {
                return nine + check;
            }
        }
    }

    /** The Modulus 11 check digit of nine digits (10 means no valid number has them). */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static long daysBetween(LocalDate first, LocalDate last) {
        return java.time.temporal.ChronoUnit.DAYS.between(first, last);
    }
}
