package uk.wmpathways.app.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.wmpathways.app.demo.GpReferralStories.Fate;

/** The demo GP referrals on their own, before anything is sent: every state, fictitious people, the trial untouched. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GpReferralStoriesTest {

    private List<DemoPerson> notEnrolled;
    private List<GpReferralStories.Story> stories;

    @BeforeAll
    void theStories() {
        notEnrolled = new ThriveIntoWorkStories(DemoDataSet.SEED, 0).referrals().stream()
                .filter(referral -> !referral.enrolled()).map(ThriveIntoWorkStories.Referral::person).toList();
        stories = new GpReferralStories(DemoDataSet.SEED, 0).stories(notEnrolled);
    }

    @Test
    void theSameSeedSendsTheSameReferralsWithTheSameIds() {
        assertThat(new GpReferralStories(DemoDataSet.SEED, 0).stories(notEnrolled)).isEqualTo(stories);
        assertThat(stories.stream().map(GpReferralStories.Story::referralId).distinct()).hasSize(stories.size());
        assertThat(new GpReferralStories(DemoDataSet.SEED, 1).stories(notEnrolled).get(0).referralId())
                .as("a copy of the data set has ids of its own").isNotEqualTo(stories.get(0).referralId());
    }

    @Test
    void aFewDozenReferralsInEveryStateAndRejectedWithEveryReason() {
        Map<Fate, Long> byFate = stories.stream()
                .collect(Collectors.groupingBy(GpReferralStories.Story::fate, Collectors.counting()));
        assertThat(stories).hasSizeBetween(24, 48);
        assertThat(byFate.keySet()).containsExactlyInAnyOrder(Fate.values());
        assertThat(stories.stream().filter(story -> story.fate() == Fate.REJECTED)
                .map(GpReferralStories.Story::rejection)).contains(GpReferralRejectionReason.values());
        assertThat(stories).filteredOn(story -> story.rejection() == GpReferralRejectionReason.OTHER)
                .allSatisfy(story -> assertThat(story.rejectionNote()).isNotBlank());
    }

    @Test
    void everyReferralComesFromTheDemoGpsPracticeAfterTheTrialStage() {
        assertThat(stories).allSatisfy(story -> {
            assertThat(story.referral().practiceOdsCode()).isEqualTo("Y90001");
            assertThat(story.referral().authoredOn()).isAfter(DemoDataSet.TIW_TO)
                    .isBeforeOrEqualTo(DemoDataSet.HF_TO);
        });
        assertThat(stories.stream().filter(story -> story.fate() == Fate.AWAITING)
                .map(story -> story.referral().authoredOn()).min(Comparable::compareTo).orElseThrow())
                .as("the ones waiting are the latest").isAfter(stories.stream()
                        .filter(story -> story.fate() != Fate.AWAITING && story.fate() != Fate.OPENED)
                        .map(story -> story.referral().authoredOn()).max(Comparable::compareTo).orElseThrow());
    }

    @Test
    void nhsNumbersComeOnlyFromTheRangeNeverIssuedWithAValidCheckDigitAndDiffer() {
        List<String> numbers = stories.stream().map(story -> story.referral().patient().nhsNumber())
                .filter(Objects::nonNull).toList();
        assertThat(numbers).hasSizeGreaterThan(stories.size() / 2).doesNotHaveDuplicates();
        assertThat(numbers).allSatisfy(number -> {
            assertThat(number).hasSize(10).startsWith("999");
            assertThat(NhsNumber.hasValidCheckDigit(number)).as(number).isTrue();
        });
        assertThat(GpReferralStories.checkDigit("943476591")).as("the NHS's own example, 943 476 5919").isEqualTo(9);
    }

    @Test
    void peopleWhoStartWorkAreSeenFirstAndLinkedPeopleAreKnownDemoParticipants() {
        assertThat(stories).filteredOn(story -> story.fate() == Fate.STARTED_WORK).allSatisfy(story -> {
            assertThat(story.eligibleOn()).isAfter(story.referral().authoredOn());
            assertThat(story.contactedOn()).isAfter(story.eligibleOn());
            assertThat(story.job().startedOn()).isAfter(story.contactedOn()).isBeforeOrEqualTo(DemoDataSet.HF_TO);
            assertThat(story.job().hoursPerWeek()).isGreaterThanOrEqualTo(DemoDataSet.JOB_START_HOURS);
        });
        List<String> known = notEnrolled.stream().map(DemoPerson::participantId).toList();
        assertThat(stories).filteredOn(story -> story.fate() == Fate.LINKED).allSatisfy(story -> {
            assertThat(known).contains(story.linkTo());
            assertThat(story.referral().patient().nhsNumberVerificationStatus())
                    .as("never linked by a verified number: their demo record has none")
                    .isEqualTo(GpReferralStories.NOT_TRACED);
        });
        assertThat(stories).filteredOn(story -> !story.fate().accepted())
                .allSatisfy(story -> assertThat(story.job()).isNull());
    }

    @Test
    void theyAreSentAsTheDemoGpOfThePracticeAndDecidedAsTheDemoCaseworkerOfTheReceivingOrganisation() {
        Caller gp = GpReferralsAsSent.demoCaller(GpReferralStories.GP);
        Caller ips = GpReferralsAsSent.demoCaller(GpReferralStories.CASEWORKER);

        assertThat(gp.refersFor(GpReferralStories.PRACTICE)).isTrue();
        assertThat(gp.system()).isFalse();
        assertThat(ips.worksFor("WORK-WELL")).isTrue();
        assertThat(ips.has(Role.GP_REFERRER)).isFalse();
    }
}
