package uk.wmpathways.app.demo;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo stories on their own, before any command is sent: the plan adds up to the published figures. */
class DemoStoriesTest {

    @Test
    void theSameSeedTellsTheSameStories() {
        assertThat(new HousingFirstStories(DemoDataSet.SEED, 0).stories())
                .isEqualTo(new HousingFirstStories(DemoDataSet.SEED, 0).stories());
        assertThat(new RoughSleepingStories(DemoDataSet.SEED, 0).stories())
                .isEqualTo(new RoughSleepingStories(DemoDataSet.SEED, 0).stories());
        assertThat(new ThriveIntoWorkStories(DemoDataSet.SEED, 0).referrals())
                .isEqualTo(new ThriveIntoWorkStories(DemoDataSet.SEED, 0).referrals());
    }

    @Test
    void housingFirstAccommodates476PeopleInThePeriodAndAbout87PercentOfTenanciesLastAYear() {
        List<HousingFirstStories.HousingFirstStory> stories = new HousingFirstStories(DemoDataSet.SEED, 0).stories();
        long accommodated = stories.stream().filter(story -> story.tenancies().stream()
                .anyMatch(tenancy -> !tenancy.startedOn().isAfter(DemoDataSet.HF_TO))).count();
        assertThat(accommodated).isEqualTo(476);
        LocalDate oldEnough = DemoDataSet.HF_TO.minusMonths(12);
        List<HousingFirstStories.Tenancy> old = stories.stream().flatMap(story -> story.tenancies().stream())
                .filter(tenancy -> !tenancy.startedOn().isAfter(oldEnough)).toList();
        double sustained = old.stream().filter(HousingFirstStories.Tenancy::runningAfter12Months).count()
                / (double) old.size();
        System.out.printf("HF: %d referrals, %d tenancies old enough, %.3f sustained%n", stories.size(), old.size(), sustained);
        assertThat(Math.round(sustained * 100)).isEqualTo(87);
    }

    @Test
    void roughSleepingSupports1211PeopleThrough14Organisations() {
        List<RoughSleepingStories.RoughSleepingStory> stories = new RoughSleepingStories(DemoDataSet.SEED, 0).stories();
        assertThat(stories).hasSize(1_211);
        assertThat(RoughSleepingStories.organisationsUsed(stories)).hasSize(14);
    }

    @Test
    void theTrialsOutcomesMeetEveryPublishedFigureWhateverArmsWereDrawn() {
        ThriveIntoWorkStories trial = new ThriveIntoWorkStories(DemoDataSet.SEED, 0);
        List<ThriveIntoWorkStories.Referral> referrals = trial.referrals();
        Random draws = new Random(DemoDataSet.SEED);
        Map<String, TrialArm> arms = new HashMap<>();
        referrals.stream().filter(ThriveIntoWorkStories.Referral::enrolled).forEach(referral -> arms.put(
                referral.enrolmentId(), draws.nextInt(10_000) < 6_400 ? TrialArm.TREATMENT : TrialArm.CONTROL));
        List<ThriveIntoWorkStories.Outcome> outcomes = trial.outcomes(referrals, arms);

        assertThat(outcomes).hasSize(3_700);
        Map<LocalAuthority, Long> supported = outcomes.stream()
                .collect(Collectors.groupingBy(outcome -> outcome.referral().area(), Collectors.counting()));
        Map<LocalAuthority, Long> intoWork = outcomes.stream().filter(ThriveIntoWorkStories.Outcome::startedWorkInThePeriod)
                .collect(Collectors.groupingBy(outcome -> outcome.referral().area(), Collectors.counting()));
        DemoDataSet.TIW_SUPPORTED.forEach((area, count) -> assertThat(supported.get(area)).as(area.name()).isEqualTo(count.longValue()));
        DemoDataSet.TIW_INTO_EMPLOYMENT_BY_AREA.forEach((area, count) -> assertThat(intoWork.get(area)).as(area.name()).isEqualTo(count.longValue()));
        assertThat(outcomes.stream().filter(o -> o.arm() == TrialArm.TREATMENT && o.startedWorkInThePeriod()).count())
                .isEqualTo(710);
        assertThat(referrals.stream().filter(referral -> !referral.enrolled()).count()).isPositive();
    }

    @Test
    void commandsPerKind() {
        RecordingCommandPath commands = new RecordingCommandPath();
        new HousingFirstStories(DemoDataSet.SEED, 0).stories().forEach(story -> story.tell(commands));
        new RoughSleepingStories(DemoDataSet.SEED, 0).stories().forEach(story -> story.tell(commands));
        ThriveIntoWorkStories trial = new ThriveIntoWorkStories(DemoDataSet.SEED, 0);
        List<ThriveIntoWorkStories.Referral> referrals = trial.referrals();
        referrals.forEach(referral -> referral.tellReferral(commands));
        Random draws = new Random(DemoDataSet.SEED);
        Map<String, TrialArm> arms = new HashMap<>();
        referrals.stream().filter(ThriveIntoWorkStories.Referral::enrolled).forEach(referral -> arms.put(
                referral.enrolmentId(), draws.nextInt(10_000) < 6_400 ? TrialArm.TREATMENT : TrialArm.CONTROL));
        trial.outcomes(referrals, arms).forEach(outcome -> outcome.tell(commands));
        System.out.println(commands.sent.size() + " " + commands.sent.stream().collect(Collectors.groupingBy(
                command -> command.getClass().getSimpleName(), java.util.TreeMap::new, Collectors.counting())));
    }
}
