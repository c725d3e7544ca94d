package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.CloseEnrolment;
import uk.wmpathways.caseservice.api.enrolment.CompleteVocationalProfile;
import uk.wmpathways.caseservice.api.enrolment.EndJob;
import uk.wmpathways.caseservice.api.enrolment.ExitReason;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.JobEndReason;
import uk.wmpathways.caseservice.api.enrolment.JobSector;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordEmployerContact;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.enrolment.RecordJobSustainmentCheck;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static uk.wmpathways.app.demo.DemoDataSet.RECORDED_BY;
import static uk.wmpathways.app.demo.DemoDataSet.TIW_LAST_ENROLMENT;
import static uk.wmpathways.app.demo.DemoDataSet.TIW_TO;

/**
 * The Thrive into Work trial stage, June 2018 to October 2020: GP and other referrals, eligibility and consent
 * (some referrals not eligible, some people not consenting: closed, not enrolled), the trial arm drawn by the
 * system for each of the 3,700 enrolled, then what followed: IPS support in the treatment arm (vocational
 * profile, employer contacts, the first usually within a month), usual care in the control arm, and jobs in
 * both.
 * <p>
 * In two parts, because the arms are drawn by the system: {@link #referrals()} up to the allocation, and
 * {@link #outcomes(List, Map)} once the arms are known, which chooses who started work in the period so that
 * the published figures come out exactly: per local authority (supported / into employment) and per arm
 * (710 in the treatment arm, 180 in the control arm). Also recorded, as in real life: second jobs (not new
 * starts), jobs of under 4 hours a week (not job starts), job starts after the period, and jobs that end.
 */
final class ThriveIntoWorkStories {

    static final String PATHWAY = "thrive-into-work";
    static final String PROVIDER = "WORK-WELL";
    static final LocalDate FIRST_REFERRAL = LocalDate.of(2018, 6, 1);
    static final int CONTROL_ARM_INTO_EMPLOYMENT = DemoDataSet.TIW_INTO_EMPLOYMENT - DemoDataSet.TIW_TREATMENT_INTO_EMPLOYMENT;
    static final double REFERRALS_NOT_ENROLLED = 0.12;
    static final double NOT_ELIGIBLE_OF_NOT_ENROLLED = 0.55;
    static final double SECOND_JOB = 0.12;
    static final double JOB_UNDER_4_HOURS = 0.04;
    static final double JOB_START_AFTER_THE_PERIOD = 0.04;
    static final double TREATMENT_WITHOUT_EMPLOYER_CONTACT = 0.06;
    static final double MEDIAN_DAYS_TO_FIRST_EMPLOYER_CONTACT = 20;
    /** Spread of the days to first employer contact (log-normal): about 70% within 30 days. */
    static final double SPREAD_OF_DAYS_TO_FIRST_EMPLOYER_CONTACT = 0.77;
    static final int FIRST_CHECK_WEEKS = 13;
    static final int SECOND_CHECK_WEEKS = 26;

    private static final Map<ThriveIntoWorkReferralSource, Double> SOURCES = new EnumMap<>(Map.of(
            ThriveIntoWorkReferralSource.GP, 0.70, ThriveIntoWorkReferralSource.OTHER_PRIMARY_CARE, 0.15,
            ThriveIntoWorkReferralSource.COMMUNITY_HEALTH_TEAM, 0.10, ThriveIntoWorkReferralSource.SELF, 0.05));
    private static final Map<JobSector, Double> SECTORS = new EnumMap<>(Map.ofEntries(
            Map.entry(JobSector.RETAIL, 0.20), Map.entry(JobSector.HOSPITALITY, 0.15), Map.entry(JobSector.CARE, 0.15),
            Map.entry(JobSector.LOGISTICS, 0.12), Map.entry(JobSector.CLEANING, 0.10),
            Map.entry(JobSector.ADMINISTRATION, 0.10), Map.entry(JobSector.MANUFACTURING, 0.07),
            Map.entry(JobSector.CONSTRUCTION, 0.04), Map.entry(JobSector.HEALTH, 0.04),
            Map.entry(JobSector.EDUCATION, 0.02), Map.entry(JobSector.OTHER, 0.01)));
    private static final Map<JobSector, List<String>> EMPLOYERS = new EnumMap<>(Map.ofEntries(
            Map.entry(JobSector.RETAIL, List.of("Demo Discount Stores", "Sampleton Market Hall Traders")),
            Map.entry(JobSector.HOSPITALITY, List.of("Sampleton Cafe Group", "Testfield Hotel and Spa")),
            Map.entry(JobSector.CARE, List.of("Testfield Care Homes", "Example Home Support")),
            Map.entry(JobSector.LOGISTICS, List.of("Example Parcels", "Mockford Distribution")),
            Map.entry(JobSector.CLEANING, List.of("Mockford Facilities", "Sparkle Sample Cleaning")),
            Map.entry(JobSector.ADMINISTRATION, List.of("Placeholder Office Services", "Demoson and Partners")),
            Map.entry(JobSector.MANUFACTURING, List.of("Trialworks Manufacturing", "Exampleford Castings")),
            Map.entry(JobSector.CONSTRUCTION, List.of("Dummy Build", "Testley Groundworks")),
            Map.entry(JobSector.HEALTH, List.of("Demo Community Health", "Sample Dental Practice")),
            Map.entry(JobSector.EDUCATION, List.of("Sample Academy", "Example Primary School")),
            Map.entry(JobSector.OTHER, List.of("Fictional Leisure", "Mockridge Garden Centre"))));
    private static final Map<JobSector, List<String>> TITLES = new EnumMap<>(Map.ofEntries(
            Map.entry(JobSector.RETAIL, List.of("Sales assistant", "Shelf stacker", "Cashier")),
            Map.entry(JobSector.HOSPITALITY, List.of("Kitchen porter", "Waiting staff", "Barista")),
            Map.entry(JobSector.CARE, List.of("Care assistant", "Support worker")),
            Map.entry(JobSector.LOGISTICS, List.of("Warehouse operative", "Delivery driver", "Picker")),
            Map.entry(JobSector.CLEANING, List.of("Cleaner", "Caretaker")),
            Map.entry(JobSector.ADMINISTRATION, List.of("Administrator", "Receptionist", "Data entry clerk")),
            Map.entry(JobSector.MANUFACTURING, List.of("Production operative", "Machine operator")),
            Map.entry(JobSector.CONSTRUCTION, List.of("Labourer", "Site operative")),
            Map.entry(JobSector.HEALTH, List.of("Healthcare assistant", "Porter")),
            Map.entry(JobSector.EDUCATION, List.of("Teaching assistant", "Midday supervisor")),
            Map.entry(JobSector.OTHER, List.of("Leisure assistant", "Garden centre assistant"))));
    private static final Map<BigDecimal, Double> HOURS = hoursPerWeek();
    private static final Map<ExitReason, Double> OTHER_EXITS = new EnumMap<>(Map.of(
            ExitReason.SUPPORT_COMPLETED, 0.65, ExitReason.DISENGAGED, 0.20, ExitReason.WITHDREW, 0.08,
            ExitReason.MOVED_OUT_OF_AREA, 0.04, ExitReason.IN_HOSPITAL, 0.03));
    private static final Map<JobEndReason, Double> JOB_ENDS = new EnumMap<>(Map.of(
            JobEndReason.RESIGNED, 0.35, JobEndReason.END_OF_CONTRACT, 0.30, JobEndReason.DISMISSED, 0.10,
            JobEndReason.HEALTH, 0.20, JobEndReason.REDUNDANCY, 0.05));
    private static final DemoPeople.Profile PROFILE = new DemoPeople.Profile(0.48, 0.58, 18, 64, 40);

    private static Map<BigDecimal, Double> hoursPerWeek() {
        Map<BigDecimal, Double> hours = new LinkedHashMap<>();
        hours.put(new BigDecimal("8"), 0.10);
        hours.put(new BigDecimal("12"), 0.10);
        hours.put(new BigDecimal("16"), 0.20);
        hours.put(new BigDecimal("20"), 0.15);
        hours.put(new BigDecimal("25"), 0.10);
        hours.put(new BigDecimal("30"), 0.10);
        hours.put(new BigDecimal("37.5"), 0.25);
        return hours;
    }

    /** A referral up to the allocation of the trial arm; an enrolled one is allocated, the others are closed. */
    record Referral(DemoPerson person, String enrolmentId, ThriveIntoWorkReferralSource source, String odsCode,
                    LocalDate referredOn, LocalDate consentOn, boolean eligible, boolean consentGiven,
                    LocalDate allocatedOn) {

        boolean enrolled() {
            return eligible && consentGiven;
        }

        LocalAuthority area() {
            return person.localAuthority();
        }

        /** Registration, referral, eligibility and consent: a refused one closes the enrolment. */
        void tellReferral(CommandPath commands) {
            commands.register(person);
            commands.send(new ReferToThriveIntoWork(enrolmentId, person.participantId(), PROVIDER, area(),
                    FundingStream.THRIVE_INTO_WORK_TRIAL, null, source, odsCode, referredOn,
                    DemoIds.request("referral"), RECORDED_BY));
            commands.send(new RecordEligibilityAndConsent(enrolmentId, eligible, consentGiven, consentOn,
                    DemoIds.request("eligibility-and-consent"), null, RECORDED_BY));
        }

        /** The system draws the arm: the stories of the outcomes are chosen once every arm is known. */
        void tellAllocation(CommandPath commands) {
            commands.send(new AllocateTrialArm(enrolmentId, allocatedOn, DemoIds.request("allocation"), null,
                    RECORDED_BY));
        }
    }

    record Check(int weeksAfterStart, LocalDate checkedOn) {
    }

    record Job(String employer, String jobTitle, JobSector sector, BigDecimal hoursPerWeek, BigDecimal hourlyPay,
               LocalDate startedOn, List<Check> checks, JobEndReason endReason, LocalDate endedOn) {

        boolean isJobStart() {
            return hoursPerWeek.compareTo(DemoDataSet.JOB_START_HOURS) >= 0;
        }

        Stream<LocalDate> dates() {
            return Stream.concat(Stream.of(startedOn, endedOn), checks.stream().map(Check::checkedOn))
                    .filter(date -> date != null);
        }
    }

    record EmployerContact(String employer, boolean faceToFace, LocalDate contactedOn) {
    }

    /** What followed the allocation: IPS support (treatment arm), jobs, the closure. */
    record Outcome(Referral referral, TrialArm arm, LocalDate vocationalProfileOn,
                   List<EmployerContact> employerContacts, List<Job> jobs, ExitReason exitReason,
                   LocalDate closedOn) implements Story {

        @Override
        public DemoPerson person() {
            return referral.person();
        }

        /** The first job start (4 or more hours a week) is in the report period. */
        boolean startedWorkInThePeriod() {
            return jobs.stream().filter(Job::isJobStart).findFirst()
                    .map(job -> !job.startedOn().isAfter(TIW_TO)).orElse(false);
        }

        @Override
        public void tell(CommandPath commands) {
            String id = referral.enrolmentId();
            Steps steps = new Steps();
            if (vocationalProfileOn != null) {
                steps.on(vocationalProfileOn, () -> commands.send(new CompleteVocationalProfile(id,
                        vocationalProfileOn, DemoIds.request("vocational-profile"), null, RECORDED_BY)));
            }
            for (int number = 0; number < employerContacts.size(); number++) {
                EmployerContact contact = employerContacts.get(number);
                String request = DemoIds.request("employer-contact-" + number);
                steps.on(contact.contactedOn(), () -> commands.send(new RecordEmployerContact(id, contact.employer(),
                        contact.faceToFace(), contact.contactedOn(), request, null, RECORDED_BY)));
            }
            for (int number = 0; number < jobs.size(); number++) {
                jobSteps(commands, steps, number, jobs.get(number));
            }
            steps.on(closedOn, () -> commands.send(new CloseEnrolment(id, exitReason, null, closedOn,
                    DemoIds.request("closure"), null, RECORDED_BY)));
            steps.sendInOrder();
        }

        private void jobSteps(CommandPath commands, Steps steps, int number, Job job) {
            String id = referral.enrolmentId();
            String[] jobId = new String[1];
            steps.on(job.startedOn(), () -> jobId[0] = commands.send(new RecordJobStart(id, job.employer(),
                    job.jobTitle(), job.sector(), job.hoursPerWeek(), job.hourlyPay(), job.startedOn(),
                    DemoIds.request("job-" + number), null, RECORDED_BY)));
            for (Check check : job.checks()) {
                steps.on(check.checkedOn(), () -> commands.send(new RecordJobSustainmentCheck(id, jobId[0],
                        check.weeksAfterStart(), check.checkedOn(),
                        DemoIds.request("job-" + number + "-check-" + check.weeksAfterStart()), null, RECORDED_BY)));
            }
            if (job.endedOn() != null) {
                steps.on(job.endedOn(), () -> commands.send(new EndJob(id, jobId[0], job.endReason(), job.endedOn(),
                        DemoIds.request("job-" + number + "-end"), null, RECORDED_BY)));
            }
        }
    }

    private final Draws draws;
    private final Draws outcomeDraws;
    private final DemoIds ids;
    private final DemoPeople people;

    ThriveIntoWorkStories(long seed, int copy) {
        this.draws = Draws.of(seed, copy, PATHWAY);
        this.outcomeDraws = Draws.of(seed, copy, PATHWAY + "/outcomes");
        this.ids = new DemoIds(seed, copy);
        this.people = new DemoPeople(draws);
    }

    /** Every referral of the trial stage, in the order of the consent dates (the order the arms are drawn in). */
    List<Referral> referrals() {
        Months consentMonths = new Months(FIRST_REFERRAL.plusDays(7), TIW_LAST_ENROLMENT, ThriveIntoWorkStories::busy);
        record Planned(LocalAuthority area, LocalDate consentOn, boolean eligible, boolean consentGiven) {
        }
        List<Planned> planned = new ArrayList<>();
        for (Map.Entry<LocalAuthority, Integer> area : DemoDataSet.TIW_SUPPORTED.entrySet()) {
            for (int i = 0; i < area.getValue(); i++) {
                planned.add(new Planned(area.getKey(), consentMonths.day(draws), true, true));
            }
            int notEnrolled = (int) Math.round(area.getValue() * REFERRALS_NOT_ENROLLED);
            for (int i = 0; i < notEnrolled; i++) {
                boolean eligible = !draws.chance(NOT_ELIGIBLE_OF_NOT_ENROLLED);
                planned.add(new Planned(area.getKey(), consentMonths.day(draws), eligible, false));
            }
        }
        planned.sort(Comparator.comparing(Planned::consentOn).thenComparing(Planned::area));
        List<Referral> referrals = new ArrayList<>();
        for (int number = 0; number < planned.size(); number++) {
            Planned plan = planned.get(number);
            LocalDate referredOn = plan.consentOn().minusDays(draws.between(3, 28));
            if (referredOn.isBefore(FIRST_REFERRAL)) {
                referredOn = FIRST_REFERRAL;
            }
            LocalDate allocatedOn = null;
            if (plan.eligible() && plan.consentGiven()) {
                allocatedOn = draws.chance(0.7) ? plan.consentOn() : plan.consentOn().plusDays(draws.between(1, 2));
                if (allocatedOn.isAfter(TIW_LAST_ENROLMENT)) {
                    allocatedOn = TIW_LAST_ENROLMENT;
                }
            }
            ThriveIntoWorkReferralSource source = draws.weighted(SOURCES);
            String odsCode = source == ThriveIntoWorkReferralSource.SELF ? null
                    : "DEMO" + (100 * (plan.area().ordinal() + 1) + draws.between(0, 39));
            DemoPerson person = people.person(ids.participant(PATHWAY, number), plan.area(), PROFILE, referredOn);
            referrals.add(new Referral(person, ids.enrolment(PATHWAY, number, 0), source, odsCode, referredOn,
                    plan.consentOn(), plan.eligible(), plan.consentGiven(), allocatedOn));
        }
        return referrals;
    }

    /** Referrals grew over the first year, held up, and fell in the first months of the pandemic. */
    private static double busy(YearMonth month) {
        if (month.isBefore(YearMonth.of(2019, 3))) {
            return 0.3 + 0.08 * ChronoUnit.MONTHS.between(YearMonth.of(2018, 6), month);
        }
        if (month.isBefore(YearMonth.of(2020, 3))) {
            return 1.05;
        }
        return month.isBefore(YearMonth.of(2020, 6)) ? 0.35 : 0.8;
    }

    /**
     * What followed each enrolled referral's allocation, given the arms drawn. Per area, the control arm's
     * job starts are shared out in proportion to the area's control participants and its rate of employment
     * (so that the treatment effect is alike everywhere), the treatment arm takes the rest of the area's
     * figure; within an area and arm, the people who start work are drawn, those enrolled early more likely
     * (they had longer to find work before the end of the period).
     */
    List<Outcome> outcomes(List<Referral> referrals, Map<String, TrialArm> arms) {
        List<Referral> enrolled = referrals.stream().filter(Referral::enrolled).toList();
        Map<LocalAuthority, Map<TrialArm, List<Referral>>> cells = new EnumMap<>(LocalAuthority.class);
        for (Referral referral : enrolled) {
            TrialArm arm = arms.get(referral.enrolmentId());
            if (arm == null) {
                throw new IllegalStateException("No trial arm was drawn for an enrolled referral (number "
                        + referrals.indexOf(referral) + ")");
            }
            cells.computeIfAbsent(referral.area(), area -> new EnumMap<>(TrialArm.class))
                    .computeIfAbsent(arm, a -> new ArrayList<>()).add(referral);
        }
        Map<LocalAuthority, Integer> controlStarts = controlArmStartsByArea(cells);
        Set<Referral> startingWork = new HashSet<>();
        for (Map.Entry<LocalAuthority, Map<TrialArm, List<Referral>>> cell : cells.entrySet()) {
            int intoEmployment = DemoDataSet.TIW_INTO_EMPLOYMENT_BY_AREA.get(cell.getKey());
            int control = controlStarts.get(cell.getKey());
            startingWork.addAll(chooseStartingWork(cell.getValue().getOrDefault(TrialArm.TREATMENT, List.of()),
                    intoEmployment - control, cell.getKey() + " treatment"));
            startingWork.addAll(chooseStartingWork(cell.getValue().getOrDefault(TrialArm.CONTROL, List.of()),
                    control, cell.getKey() + " control"));
        }
        return enrolled.stream()
                .map(referral -> outcome(referral, arms.get(referral.enrolmentId()), startingWork.contains(referral)))
                .toList();
    }

    private static Map<LocalAuthority, Integer> controlArmStartsByArea(
            Map<LocalAuthority, Map<TrialArm, List<Referral>>> cells) {
        Map<LocalAuthority, Double> weights = new EnumMap<>(LocalAuthority.class);
        cells.forEach((area, arms) -> weights.put(area, arms.getOrDefault(TrialArm.CONTROL, List.of()).size()
                * DemoDataSet.TIW_INTO_EMPLOYMENT_BY_AREA.get(area) / (double) DemoDataSet.TIW_SUPPORTED.get(area)));
        Map<LocalAuthority, Integer> starts = new EnumMap<>(LocalAuthority.class);
        List<LocalAuthority> spread = DemoDataSet.spread(CONTROL_ARM_INTO_EMPLOYMENT, weights);
        cells.keySet().forEach(area -> starts.put(area, 0));
        spread.forEach(area -> starts.merge(area, 1, Integer::sum));
        return starts;
    }

    /** {@code count} of the people, drawn with weights (Efraimidis-Spirakis): the earlier enrolled, the likelier. */
    private List<Referral> chooseStartingWork(List<Referral> people, int count, String cell) {
        if (count < 0 || count > people.size()) {
            throw new IllegalStateException("The arms drawn leave " + people.size() + " people in " + cell
                    + " for " + count + " job starts; use the demo seed and treatment share");
        }
        record Keyed(Referral referral, double key) {
        }
        return people.stream()
                .map(person -> {
                    double daysLeft = ChronoUnit.DAYS.between(person.allocatedOn(), TIW_TO);
                    double weight = Math.min(1.0, daysLeft / 180.0);
                    return new Keyed(person, Math.pow(outcomeDraws.uniform(), 1.0 / weight));
                })
                .sorted(Comparator.comparingDouble(Keyed::key).reversed())
                .limit(count)
                .map(Keyed::referral)
                .toList();
    }

    private Outcome outcome(Referral referral, TrialArm arm, boolean startsWorkInThePeriod) {
        Draws d = outcomeDraws;
        LocalDate allocated = referral.allocatedOn();
        List<Job> jobs = new ArrayList<>();
        if (startsWorkInThePeriod) {
            LocalDate start = allocated.plusDays(d.logNormalDays(arm == TrialArm.TREATMENT ? 95 : 140, 0.6, 21, 600));
            if (start.isAfter(TIW_TO)) {
                start = d.dayBetween(allocated.plusDays(14), TIW_TO);
            }
            Job first = job(start, true);
            jobs.add(first);
            if (d.chance(SECOND_JOB)) {
                LocalDate secondStart = first.endedOn() != null
                        ? first.endedOn().plusDays(d.between(14, 120))
                        : first.startedOn().plusDays(d.between(60, 200));
                jobs.add(job(secondStart, d.chance(0.8)));
            }
        } else if (d.chance(JOB_UNDER_4_HOURS)) {
            jobs.add(job(d.dayBetween(allocated.plusDays(14), TIW_TO), false));
        } else if (d.chance(JOB_START_AFTER_THE_PERIOD)) {
            LocalDate start = d.dayBetween(TIW_TO.plusDays(1), LocalDate.of(2021, 5, 31));
            jobs.add(job(start.isBefore(allocated.plusDays(30)) ? allocated.plusDays(30) : start, true));
        }
        LocalDate profileOn = null;
        List<EmployerContact> contacts = new ArrayList<>();
        if (arm == TrialArm.TREATMENT) {
            if (d.chance(0.92)) {
                profileOn = allocated.plusDays(d.between(3, 21));
            }
            if (!jobs.isEmpty() || !d.chance(TREATMENT_WITHOUT_EMPLOYER_CONTACT)) {
                contacts = employerContacts(referral, jobs);
            }
        }
        LocalDate lastEvent = Stream.concat(Stream.concat(Stream.ofNullable(profileOn),
                        contacts.stream().map(EmployerContact::contactedOn)), jobs.stream().flatMap(Job::dates))
                .max(Comparator.naturalOrder()).orElse(allocated);
        boolean inWork = jobs.stream().anyMatch(job -> job.endedOn() == null);
        LocalDate followUpEnds = allocated.plusDays(d.between(330, 380));
        if (inWork) {
            LocalDate closedOn = later(followUpEnds, lastEvent.plusDays(d.between(7, 30)));
            return new Outcome(referral, arm, profileOn, contacts, jobs, ExitReason.SUSTAINED_EMPLOYMENT, closedOn);
        }
        ExitReason reason = d.weighted(OTHER_EXITS);
        LocalDate closedOn = reason == ExitReason.SUPPORT_COMPLETED
                ? later(followUpEnds, lastEvent.plusDays(7))
                : later(allocated.plusDays(d.between(30, 240)), lastEvent.plusDays(d.between(14, 60)));
        return new Outcome(referral, arm, profileOn, contacts, jobs, reason, closedOn);
    }

    /**
     * The first contact face to face, some days after enrolment (log-normal, median 20 days), after the
     * allocation and before the first job; then a few more, face to face or not.
     */
    private List<EmployerContact> employerContacts(Referral referral, List<Job> jobs) {
        Draws d = outcomeDraws;
        LocalDate afterAllocation = referral.allocatedOn().plusDays(1);
        LocalDate first = referral.consentOn().plusDays(d.logNormalDays(MEDIAN_DAYS_TO_FIRST_EMPLOYER_CONTACT,
                SPREAD_OF_DAYS_TO_FIRST_EMPLOYER_CONTACT, 1, 240));
        if (!jobs.isEmpty()) {
            LocalDate beforeTheJob = jobs.get(0).startedOn().minusDays(d.between(3, 14));
            if (beforeTheJob.isBefore(first)) {
                first = beforeTheJob;
            }
        }
        if (first.isBefore(afterAllocation)) {
            first = afterAllocation;
        }
        List<EmployerContact> contacts = new ArrayList<>();
        JobSector sector = jobs.isEmpty() ? d.weighted(SECTORS) : jobs.get(0).sector();
        String employer = jobs.isEmpty() ? d.pick(EMPLOYERS.get(sector)) : jobs.get(0).employer();
        contacts.add(new EmployerContact(employer, true, first));
        LocalDate day = first;
        for (int more = d.between(0, 1); more > 0; more--) {
            day = day.plusDays(d.between(7, 45));
            contacts.add(new EmployerContact(d.pick(EMPLOYERS.get(d.weighted(SECTORS))), d.chance(0.55), day));
        }
        return contacts;
    }

    /**
     * A job of 4 or more hours a week ({@code jobStart}) or fewer. Of job starts, about 60% are still running
     * 13 weeks later and 45% 26 weeks later; a checkpoint reached in work is recorded within 10 days, and a
     * job never ends inside that window, so that the checks and the end dates tell the same story.
     */
    private Job job(LocalDate start, boolean jobStart) {
        Draws d = outcomeDraws;
        JobSector sector = d.weighted(SECTORS);
        BigDecimal hours = jobStart ? d.weighted(HOURS) : new BigDecimal(d.pick(List.of("2", "2.5", "3", "3.5")));
        BigDecimal pay = DemoDataSet.nationalLivingWage(start).add(BigDecimal.valueOf(d.between(0, 300), 2));
        LocalDate end;
        double roll = d.uniform();
        if (roll < 0.40) {
            end = start.plusDays(d.between(14, 84));
        } else if (roll < 0.55) {
            end = start.plusDays(d.between(105, 175));
        } else {
            end = d.chance(0.4) ? start.plusDays(d.between(200, 730)) : null;
        }
        List<Check> checks = new ArrayList<>();
        for (int weeks : List.of(FIRST_CHECK_WEEKS, SECOND_CHECK_WEEKS)) {
            LocalDate checkedOn = start.plusWeeks(weeks).plusDays(d.between(0, 10));
            if (end == null || end.isAfter(checkedOn)) {
                checks.add(new Check(weeks, checkedOn));
            }
        }
        return new Job(d.pick(EMPLOYERS.get(sector)), d.pick(TITLES.get(sector)), sector, hours, pay, start, checks,
                end == null ? null : d.weighted(JOB_ENDS), end);
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
