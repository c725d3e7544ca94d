package uk.wmpathways.app.demo;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.ListGpReferralInbox;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.ListPracticeGpReferrals;
import uk.wmpathways.reporting.api.Breakdown;
import uk.wmpathways.reporting.api.EqualityReport;
import uk.wmpathways.reporting.api.FundingReport;
import uk.wmpathways.reporting.api.HousingFirstReport;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportQueries;
import uk.wmpathways.reporting.api.RoughSleepingReport;
import uk.wmpathways.reporting.api.ThriveIntoWorkReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.wmpathways.app.demo.GpReferralStories.Fate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo data set, loaded by its switch through the real command path into the whole application,
 * reproduces every published West Midlands figure in the outcome reports (domain.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pathways.demo-data=true",
        // the suite may run against a real MongoDB (its own test database): the demo data is wanted there too
        "pathways.demo-data.allow-on-real-mongodb=true",
        // in memory, a commit per write keeps nothing safer and costs time
        "pathways.embedded-mongo.durability=periodic"})
// The same configuration as the other demo-data test class: Spring keeps one context, so the set loads once.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataReportsTest {

    private static final ReportCriteria TRIAL_STAGE = new ReportCriteria(DemoDataSet.TIW_FROM, DemoDataSet.TIW_TO,
            null, null, null, FundingStream.THRIVE_INTO_WORK_TRIAL);
    private static final ReportCriteria HOUSING_FIRST_PILOT = new ReportCriteria(DemoDataSet.HF_FROM,
            DemoDataSet.HF_TO, null, null, null, FundingStream.HOUSING_FIRST_PILOT);
    private static final ReportCriteria ROUGH_SLEEPING_INITIATIVE = new ReportCriteria(DemoDataSet.RSI_FROM,
            DemoDataSet.RSI_TO, null, null, null, FundingStream.ROUGH_SLEEPING_INITIATIVE);

    @Autowired
    DemoDataSwitch demoData;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    QueryGateway queries;

    DemoDataLoader.LoadReport load;

    @BeforeAll
    void loadTheDemoData() throws Exception {
        load = demoData.loaded().get(20, TimeUnit.MINUTES);
        System.out.println("Demo data: " + load);
    }

    private <R> R report(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    private ThriveIntoWorkReport trial(ReportCriteria criteria) {
        return report(new ReportQueries.ThriveIntoWorkOutcomes(criteria), ThriveIntoWorkReport.class);
    }

    private static Breakdown.Row row(Breakdown breakdown, String key) {
        return breakdown.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoDataIsLoadedThroughTheCommandPathWithItsFundingDrawdowns() {
        assertThat(load.alreadyLoaded()).isFalse();
        assertThat(load.fundingRecorded()).isTrue();
        long referralsNotEnrolled = new ThriveIntoWorkStories(DemoDataSet.SEED, 0).referrals().stream()
                .filter(referral -> !referral.enrolled()).count();
        long registeredFromGpReferrals = Fate.STARTED_WORK.count + Fate.SEEN.count;
        long caseworkersDay = 13; // the demo caseworkers' open cases of today (CaseworkersDayStories)
        assertThat(load.participants()).isEqualTo(600 + 1_211 + 3_700 + referralsNotEnrolled
                + registeredFromGpReferrals + caseworkersDay);
    }

    @Test
    void theTrialStageSupported3700ParticipantsOfWhom890StartedWork() {
        ThriveIntoWorkReport report = trial(TRIAL_STAGE);
        assertThat(report.supported().value()).isEqualTo(3_700);
        assertThat(report.jobStarts().value()).isEqualTo(890);
    }

    @Test
    void theTreatmentArmPut710PeopleIntoWorkAThirtyPerCentJobConversionRate() {
        Breakdown.Row treatment = row(trial(TRIAL_STAGE).byTrialArm(), TrialArm.TREATMENT.name());
        assertThat(treatment.count().value()).isEqualTo(710);
        assertThat(treatment.base().value()).isBetween(2_330L, 2_400L);
        assertThat(Math.round(treatment.rate().percent())).isEqualTo(30);
    }

    @Test
    void aControlArmHadUsualCareAndFewerJobStarts() {
        ThriveIntoWorkReport report = trial(TRIAL_STAGE);
        Breakdown.Row control = row(report.byTrialArm(), TrialArm.CONTROL.name());
        assertThat(control.count().value()).isEqualTo(180);
        assertThat(control.base().value()).isEqualTo(3_700 - row(report.byTrialArm(), TrialArm.TREATMENT.name())
                .base().value());
        assertThat(control.rate().percent()).isCloseTo(13.5, within(0.5));
        assertThat(report.trialEffect().differencePoints()).isPositive();
        assertThat(report.trialEffect().ciLowPoints()).isPositive();
    }

    @Test
    void everyLocalAuthoritysPublishedFiguresAreReproduced() {
        Breakdown byArea = trial(TRIAL_STAGE).byLocalAuthority();
        Map<LocalAuthority, String> shown = DemoDataSet.TIW_SUPPORTED.keySet().stream().collect(Collectors.toMap(
                area -> area, area -> row(byArea, area.name()).base().value() + "/" + row(byArea, area.name()).count().value()));
        assertThat(shown).containsAllEntriesOf(Map.of(
                LocalAuthority.WOLVERHAMPTON, "432/139",
                LocalAuthority.WALSALL, "89/18",
                LocalAuthority.DUDLEY, "815/218",
                LocalAuthority.BIRMINGHAM, "751/126",
                LocalAuthority.SANDWELL, "962/224",
                LocalAuthority.COVENTRY, "380/95",
                LocalAuthority.SOLIHULL, "271/70"));
    }

    @Test
    void theBlackCountrySupported2298PeopleOfWhom599StartedWork() {
        long supported = 0;
        long intoWork = 0;
        for (LocalAuthority area : DemoDataSet.BLACK_COUNTRY) {
            ThriveIntoWorkReport report = trial(new ReportCriteria(DemoDataSet.TIW_FROM, DemoDataSet.TIW_TO, null,
                    area, null, FundingStream.THRIVE_INTO_WORK_TRIAL));
            supported += report.supported().value();
            intoWork += report.jobStarts().value();
        }
        assertThat(supported).isEqualTo(2_298);
        assertThat(intoWork).isEqualTo(599);
    }

    @Test
    void jobsAreSustainedAndEmployersContactedAboutAsInThePublishedTrial() {
        ThriveIntoWorkReport report = trial(TRIAL_STAGE);
        assertThat(report.sustainedAt13Weeks().percent()).isBetween(55.0, 65.0);
        assertThat(report.sustainedAt26Weeks().percent()).isBetween(40.0, 50.0);
        assertThat(report.medianDaysToFirstEmployerContact()).isBetween(15.0, 25.0);
        assertThat(report.firstEmployerContactWithin30Days().percent()).isBetween(62.0, 78.0);
        System.out.printf("Trial stage: sustained 13 weeks %.1f%%, 26 weeks %.1f%%; first employer contact median %.0f"
                        + " days, %.1f%% within 30 days; trial effect %.1f points (%.1f to %.1f)%n",
                report.sustainedAt13Weeks().percent(), report.sustainedAt26Weeks().percent(),
                report.medianDaysToFirstEmployerContact(), report.firstEmployerContactWithin30Days().percent(),
                report.trialEffect().differencePoints(), report.trialEffect().ciLowPoints(),
                report.trialEffect().ciHighPoints());
    }

    @Test
    void housingFirstAccommodatedAndSupported476PeopleAndAbout87PerCentOfTenanciesLastedAYear() {
        HousingFirstReport report = report(new ReportQueries.HousingFirstOutcomes(HOUSING_FIRST_PILOT),
                HousingFirstReport.class);
        assertThat(report.accommodated().value()).isEqualTo(476);
        assertThat(report.referrals().value()).isEqualTo(600);
        assertThat(report.accepted().value()).isEqualTo(530);
        assertThat(Math.round(report.sustainedAt12Months().percent())).isEqualTo(87);
    }

    @Test
    void theRoughSleepingInitiativeSupported1211PeopleThrough14Organisations() {
        RoughSleepingReport report = report(new ReportQueries.RoughSleepingOutcomes(ROUGH_SLEEPING_INITIATIVE),
                RoughSleepingReport.class);
        assertThat(report.supported().value()).isEqualTo(1_211);
        assertThat(report.byProvider().rows()).hasSize(DemoDataSet.RSI_ORGANISATIONS);
        assertThat(report.accommodated().value()).isBetween(900L, 1_100L);
        assertThat(report.movedOn().value()).isBetween(350L, 600L);
        assertThat(report.returnedWithin180Days().numerator().value()).isPositive();
        assertThat(report.returnedWithin180Days().denominator().value())
                .as("people moved on in the period at least 180 days before its end")
                .isGreaterThan(report.returnedWithin180Days().numerator().value())
                .isLessThanOrEqualTo(report.movedOn().value());
    }

    @Test
    void everyFundingStreamsWholeAllocationWasDrawnDown() {
        FundingReport report = report(new ReportQueries.FundingOutcomes(new ReportCriteria(DemoDataSet.RSI_FROM,
                DemoDataSet.HF_TO, null, null, null, null)), FundingReport.class);
        Map<FundingStream, BigDecimal> drawn = report.lines().stream()
                .collect(Collectors.toMap(FundingReport.Line::fundingStream, FundingReport.Line::drawnDownPounds));
        assertThat(drawn).hasSize(4);
        drawn.forEach((stream, pounds) -> assertThat(pounds).as(stream.name())
                .isEqualByComparingTo(BigDecimal.valueOf(stream.allocationPounds())));
        assertThat(drawn.get(FundingStream.HOUSING_FIRST_PILOT)).isEqualByComparingTo("9600000");
        assertThat(drawn.get(FundingStream.ROUGH_SLEEPING_INITIATIVE)).isEqualByComparingTo("1200000");
        assertThat(drawn.get(FundingStream.THRIVE_INTO_WORK_TRIAL)).isEqualByComparingTo("10200000");
        assertThat(drawn.get(FundingStream.THRIVE_INTO_WORK_EXPANSION)).isEqualByComparingTo("3700000");
    }

    @Test
    void mostPeopleGaveTheirEqualityDetailsAndSomePreferredNotToSay() {
        EqualityReport report = report(new ReportQueries.EqualityOutcomes(TRIAL_STAGE, Pathway.THRIVE_INTO_WORK),
                EqualityReport.class);
        Map<String, Long> byEthnicity = report.byEthnicity().rows().stream()
                .collect(Collectors.toMap(Breakdown.Row::label, row -> row.base().value()));
        System.out.println("Trial stage by ethnicity: " + byEthnicity);
        assertThat(byEthnicity.get("White")).isBetween(2_000L, 2_700L);
        assertThat(byEthnicity.get("Asian or Asian British")).isBetween(450L, 900L);
        assertThat(byEthnicity.get("Prefer not to say")).isBetween(50L, 200L);
    }

    @Test
    void theIpsInboxHoldsTheDemoPracticesReferralsInEveryStateDecidedByTheDemoCaseworker() {
        List<GpReferralInboxEntry> inbox = queries.query(new GenericMessage<>(new ListGpReferralInbox(null),
                        GpReferralsAsSent.demoCaller("ips").toMetaData()),
                ResponseTypes.multipleInstancesOf(GpReferralInboxEntry.class)).join();
        Map<String, Long> byStatus = inbox.stream().collect(Collectors.groupingBy(GpReferralInboxEntry::status,
                Collectors.counting()));

        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(
                "requested", (long) Fate.AWAITING.count, "received", (long) Fate.OPENED.count,
                "accepted", (long) (Fate.STARTED_WORK.count + Fate.SEEN.count + Fate.LINKED.count),
                "rejected", (long) Fate.REJECTED.count, "cancelled", (long) Fate.CANCELLED.count));
        assertThat(inbox).allSatisfy(entry -> assertThat(entry.practiceOdsCode()).isEqualTo("Y90001"));
        assertThat(inbox).filteredOn(entry -> Set.of("accepted", "rejected").contains(entry.status()))
                .allSatisfy(entry -> assertThat(entry.decidedBy()).isEqualTo("ips"));
        assertThat(inbox).filteredOn(entry -> entry.status().equals("rejected"))
                .extracting(GpReferralInboxEntry::rejectionReason).containsAll(
                        Stream.of(GpReferralRejectionReason.values()).map(Enum::name).toList());
        List<GpReferralInboxEntry> accepted = inbox.stream().filter(entry -> entry.status().equals("accepted")).toList();
        long registered = accepted.stream().filter(entry -> entry.participantId()
                .equals(GpReferralAcceptance.participantIdFor(entry.referralId()))).count();
        assertThat(registered).as("registered from the referral").isEqualTo(Fate.STARTED_WORK.count + Fate.SEEN.count);
        assertThat(accepted.size() - registered).as("linked to a known demo participant").isEqualTo(Fate.LINKED.count);
    }

    @Test
    void theDemoGpSeesTheirPracticesReferralsAndWhoStartedWork() {
        List<GpReferralStatus> page = queries.query(new GenericMessage<>(new ListPracticeGpReferrals(500),
                        GpReferralsAsSent.demoCaller("gp").toMetaData()),
                ResponseTypes.multipleInstancesOf(GpReferralStatus.class)).join();
        Map<String, Long> byTaskStatus = page.stream().collect(Collectors.groupingBy(GpReferralStatus::taskStatus,
                Collectors.counting()));

        assertThat(byTaskStatus).containsExactlyInAnyOrderEntriesOf(Map.of(
                "requested", (long) Fate.AWAITING.count, "received", (long) Fate.OPENED.count,
                "in-progress", (long) (Fate.STARTED_WORK.count + Fate.SEEN.count + Fate.LINKED.count),
                "rejected", (long) Fate.REJECTED.count, "cancelled", (long) Fate.CANCELLED.count));
        assertThat(page.stream().filter(status -> status.milestones().startedWorkOn() != null).count())
                .as("started work").isEqualTo(Fate.STARTED_WORK.count);
        assertThat(page.stream().filter(status -> status.milestones().seenOn() != null).count())
                .as("seen by an employment specialist").isEqualTo(Fate.STARTED_WORK.count + Fate.SEEN.count);
        assertThat(page).filteredOn(status -> status.rejectedAt() != null)
                .extracting(GpReferralStatus::rejectionReason)
                .contains("not-eligible", "declined", "could-not-contact", "other");
    }

    @Test
    void aSecondLoadFindsTheDemoDataLoadedAndLoadsNothing() {
        assertThat(loader.loadOnce().alreadyLoaded()).isTrue();
    }
}
