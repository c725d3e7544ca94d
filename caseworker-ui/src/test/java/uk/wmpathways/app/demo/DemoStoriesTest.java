package uk.wmpathways.app.demo;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.enrolment.AllocateTrialArm;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
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
        assertThat(Math.round(sustained * 100)).isEqualTo(87);
    }

    @Test
    void roughSleepingSupports1211PeopleThrough14Organisations() {
        List<RoughSleepingStories.RoughSleepingStory> stories = new RoughSleepingStories(DemoDataSet.SEED, 0).stories();
        assertThat(stories).hasSize(1_211);
        assertThat(stories.stream().flatMap(story -> story.enrolments().stream())
                .map(RoughSleepingStories.Enrolment::organisation).distinct()).hasSize(14);
    }

    @Test
    void theTrialsOutcomesMeetEveryPublishedFigureWhateverArmsWereDrawn() {
        ThriveIntoWorkStories trial = new ThriveIntoWorkStories(DemoDataSet.SEED, 0);
        List<ThriveIntoWorkStories.Referral> referrals = trial.referrals();
        List<ThriveIntoWorkStories.Outcome> outcomes = trial.outcomes(referrals,
                armsDrawnAsTheSeededRandomiserDraws(referrals));

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
        assertThat(referrals).extracting(ThriveIntoWorkStories.Referral::consentOn)
                .as("the arms are drawn in the order of the consent dates").isSorted();
    }

    @Test
    void everyStepIsDatedInThePastWithinItsProgrammesPeriodAndInTheOrderItHappened() {
        RecordingCommandPath commands = tellEverything();
        LocalDate today = LocalDate.now();
        assertThat(commands.sent).allSatisfy(command -> assertThat(dateOf(command)).satisfiesAnyOf(
                date -> assertThat(date).isNull(), date -> assertThat(date).isBefore(today)));
        assertThat(commands.sent).filteredOn(ReferToThriveIntoWork.class::isInstance)
                .map(command -> ((ReferToThriveIntoWork) command).referredOn())
                .allSatisfy(day -> assertThat(day).isBetween(DemoDataSet.TIW_FROM, LocalDate.of(2020, 9, 30)));
        assertThat(commands.sent).filteredOn(AllocateTrialArm.class::isInstance)
                .map(command -> ((AllocateTrialArm) command).allocatedOn())
                .allSatisfy(day -> assertThat(day).isBetween(DemoDataSet.TIW_FROM, LocalDate.of(2020, 9, 30)));
        assertThat(commands.sent).filteredOn(ReferToHousingFirst.class::isInstance)
                .map(command -> ((ReferToHousingFirst) command).referredOn())
                .allSatisfy(day -> assertThat(day).isBetween(DemoDataSet.HF_FROM, LocalDate.of(2021, 12, 31)));
        assertThat(commands.sent).filteredOn(RecordOutreachContact.class::isInstance)
                .map(command -> ((RecordOutreachContact) command).contactedOn())
                .allSatisfy(day -> assertThat(day).isBetween(DemoDataSet.RSI_FROM, DemoDataSet.RSI_TO));
        Map<String, List<LocalDate>> datesByEnrolment = commands.sent.stream()
                .filter(command -> command instanceof EnrolmentCommand || command instanceof StartEnrolmentCommand)
                .collect(Collectors.groupingBy(DemoStoriesTest::enrolmentOf, java.util.LinkedHashMap::new,
                        Collectors.mapping(DemoStoriesTest::dateOf, Collectors.toList())));
        assertThat(datesByEnrolment.values()).allSatisfy(dates -> assertThat(dates).isSortedAccordingTo(
                java.util.Comparator.naturalOrder()));
    }

    @Test
    void thePeopleAreObviouslyFictitiousAndHaveNoNhsNumberPhoneOrEmail() {
        RecordingCommandPath commands = tellEverything();
        List<RegisterParticipant> registrations = commands.sent.stream().filter(RegisterParticipant.class::isInstance)
                .map(RegisterParticipant.class::cast).toList();
        assertThat(registrations).hasSize(600 + 1_211 + (int) new ThriveIntoWorkStories(DemoDataSet.SEED, 0)
                .referrals().size());
        assertThat(registrations).allSatisfy(registration -> {
            assertThat(registration.familyName()).matches("(Demo|Sample|Test|Example|Mock|Trial|Dummy|Fiction)[a-z]+");
            assertThat(registration.nhsNumber()).isNull();
            assertThat(registration.phone()).isNull();
            assertThat(registration.email()).isNull();
        });
        assertThat(registrations.stream().map(RegisterParticipant::participantId).distinct()).hasSize(registrations.size());
        long withoutEquality = registrations.stream().filter(registration -> registration.equality() == null).count();
        assertThat(withoutEquality).isBetween(registrations.size() / 30L, registrations.size() / 8L);
    }

    private static RecordingCommandPath tellEverything() {
        RecordingCommandPath commands = new RecordingCommandPath();
        new HousingFirstStories(DemoDataSet.SEED, 0).stories().forEach(story -> story.tell(commands));
        new RoughSleepingStories(DemoDataSet.SEED, 0).stories().forEach(story -> story.tell(commands));
        ThriveIntoWorkStories trial = new ThriveIntoWorkStories(DemoDataSet.SEED, 0);
        List<ThriveIntoWorkStories.Referral> referrals = trial.referrals();
        referrals.forEach(referral -> referral.tellReferral(commands));
        referrals.stream().filter(ThriveIntoWorkStories.Referral::enrolled)
                .forEach(referral -> referral.tellAllocation(commands));
        trial.outcomes(referrals, armsDrawnAsTheSeededRandomiserDraws(referrals)).forEach(outcome -> outcome.tell(commands));
        return commands;
    }

    private static Map<String, TrialArm> armsDrawnAsTheSeededRandomiserDraws(List<ThriveIntoWorkStories.Referral> referrals) {
        Random draws = new Random(DemoDataSet.SEED);
        Map<String, TrialArm> arms = new HashMap<>();
        referrals.stream().filter(ThriveIntoWorkStories.Referral::enrolled).forEach(referral -> arms.put(
                referral.enrolmentId(), draws.nextInt(10_000) < 6_400 ? TrialArm.TREATMENT : TrialArm.CONTROL));
        return arms;
    }

    private static String enrolmentOf(Object command) {
        return command instanceof EnrolmentCommand step ? step.enrolmentId() : ((StartEnrolmentCommand) command).enrolmentId();
    }

    /** The business date of a step (not when it was recorded). */
    private static LocalDate dateOf(Object command) {
        return java.util.Arrays.stream(command.getClass().getRecordComponents())
                .filter(component -> component.getType() == LocalDate.class
                        && !component.getName().equals("dateOfBirth"))
                .map(component -> {
                    try {
                        return (LocalDate) component.getAccessor().invoke(command);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(java.util.Objects::nonNull) // an optional date not given (consent given on, say)
                .findFirst().orElse(null);
    }
}
