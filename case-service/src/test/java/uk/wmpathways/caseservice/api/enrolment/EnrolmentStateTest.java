package uk.wmpathways.caseservice.api.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.LocalAuthority;

import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.wmpathways.caseservice.api.enrolment.Events.closed;
import static uk.wmpathways.caseservice.api.enrolment.Events.contact;
import static uk.wmpathways.caseservice.api.enrolment.Events.eligibilityAssessed;
import static uk.wmpathways.caseservice.api.enrolment.Events.outreachContact;
import static uk.wmpathways.caseservice.api.enrolment.Events.referredToHousingFirst;
import static uk.wmpathways.caseservice.api.enrolment.Events.referredToThriveIntoWork;
import static uk.wmpathways.caseservice.api.enrolment.Events.reopened;
import static uk.wmpathways.caseservice.api.enrolment.Events.state;
import static uk.wmpathways.caseservice.api.enrolment.Events.tenancyStarted;
import static uk.wmpathways.caseservice.api.enrolment.Events.transferred;
import static uk.wmpathways.caseservice.api.enrolment.Events.workerAssigned;

class EnrolmentStateTest {

    private static final LocalDate REFERRED = LocalDate.of(2025, 1, 6);
    private static final LocalDate HOUSED = LocalDate.of(2025, 2, 3);
    private static final LocalDate CLOSED = LocalDate.of(2025, 5, 1);
    private static final LocalDate REOPENED = LocalDate.of(2025, 7, 1);

    private static final String CLOSED_REASON = "This enrolment is closed; re-open it to record anything new";

    private static EnrolmentState housed(EnrolmentEvent... more) {
        EnrolmentState state = state(referredToHousingFirst(REFERRED), eligibilityAssessed(true, REFERRED.plusDays(3)),
                tenancyStarted("t1", HOUSED));
        for (EnrolmentEvent event : more) {
            state = state.apply(event);
        }
        return state;
    }

    @Test
    void theStartSaysWhoseEnrolmentItIsWhereAndFromWhichFunds() {
        EnrolmentState state = state(referredToHousingFirst(REFERRED));

        assertThat(state.enrolmentId()).isEqualTo(Events.ENROLMENT);
        assertThat(state.participantId()).isEqualTo("p1");
        assertThat(state.pathway()).isEqualTo(Pathway.HOUSING_FIRST);
        assertThat(state.fundingStream()).isEqualTo(FundingStream.HOUSING_FIRST_PILOT);
        assertThat(state.providerOrganisation()).isEqualTo("HOMES");
        assertThat(state.localAuthority()).isEqualTo(LocalAuthority.DUDLEY);
        assertThat(state.assignedWorker()).isEqualTo("casey");
        assertThat(state.startedOn()).isEqualTo(REFERRED);
        assertThat(state.stage()).isEqualTo(Stage.REFERRED);
        assertThat(state.progress()).isInstanceOf(HousingFirstProgress.class);
        assertThat(state.lastContactOn()).isNull();
    }

    @Test
    void anOutreachContactStartsARoughSleepingEnrolmentAndCountsAsContact() {
        LocalDate contacted = LocalDate.of(2025, 3, 10);
        EnrolmentState state = state(outreachContact(contacted));

        assertThat(state.pathway()).isEqualTo(Pathway.ROUGH_SLEEPING_INITIATIVE);
        assertThat(state.stage()).isEqualTo(Stage.CONTACTED);
        assertThat(state.startedOn()).isEqualTo(contacted);
        assertThat(state.lastContactOn()).isEqualTo(contacted);
        assertThat(state.roughSleeping()).isPresent();
        assertThat(state.housingFirst()).isEmpty();
    }

    @Test
    void aThriveIntoWorkReferralStartsAThriveIntoWorkEnrolment() {
        EnrolmentState state = state(referredToThriveIntoWork(REFERRED));

        assertThat(state.pathway()).isEqualTo(Pathway.THRIVE_INTO_WORK);
        assertThat(state.stage()).isEqualTo(Stage.REFERRED);
        assertThat(state.thriveIntoWork()).isPresent();
    }

    @Test
    void aWorkerAssignedTakesTheEnrolmentOn() {
        assertThat(housed(workerAssigned("sam", "casey", HOUSED)).assignedWorker()).isEqualTo("sam");
    }

    @Test
    void aTransferMovesTheEnrolmentToTheOtherOrganisationAndItsWorker() {
        EnrolmentState state = housed(transferred("HOMES", "SHELTER", "robin", HOUSED.plusDays(5)));

        assertThat(state.providerOrganisation()).isEqualTo("SHELTER");
        assertThat(state.assignedWorker()).isEqualTo("robin");
        assertThat(state.stage()).isEqualTo(Stage.HOUSED);
    }

    @Test
    void aTransferWithoutAWorkerLeavesTheEnrolmentUnassigned() {
        assertThat(housed(transferred("HOMES", "SHELTER", null, HOUSED.plusDays(5))).assignedWorker()).isNull();
    }

    @Test
    void closureHidesNothingButTheStage() {
        EnrolmentState open = housed();
        EnrolmentState state = housed(closed(CLOSED));

        assertThat(state.isClosed()).isTrue();
        assertThat(state.stage()).isEqualTo(Stage.CLOSED);
        assertThat(state.closedOn()).isEqualTo(CLOSED);
        assertThat(state.exitReason()).isEqualTo(ExitReason.DISENGAGED);
        assertThat(state.progress()).isEqualTo(open.progress());
        assertThat(state.progress().stage()).isEqualTo(Stage.HOUSED);
        assertThat(state.housingFirst().orElseThrow().currentTenancy()).isPresent();
        assertThat(state.assignedWorker()).isEqualTo(open.assignedWorker());
        assertThat(state.providerOrganisation()).isEqualTo(open.providerOrganisation());
    }

    @Test
    void nothingIsDueOnAClosedEnrolment() {
        assertThat(housed(closed(CLOSED)).dueItems()).isEmpty();
    }

    @Test
    void aClosedEnrolmentAllowsOnlyReopening() {
        assertThat(housed(closed(CLOSED)).allowedSteps()).containsExactly(Step.REOPEN);
    }

    @Test
    void aStepOfItsPathwayIsRefusedWhileTheEnrolmentIsClosed() {
        assertThat(housed(closed(CLOSED)).whyNot(Step.END_TENANCY)).contains(CLOSED_REASON);
    }

    @Test
    void aCommonStepIsRefusedWhileTheEnrolmentIsClosed() {
        assertThat(housed(closed(CLOSED)).whyNot(Step.LOG_CONTACT)).contains(CLOSED_REASON);
    }

    @Test
    void aClosedEnrolmentCanBeReopened() {
        assertThat(housed(closed(CLOSED)).whyNot(Step.REOPEN)).isEmpty();
    }

    @Test
    void anOpenEnrolmentCannotBeReopened() {
        assertThat(housed().whyNot(Step.REOPEN)).contains("Only a closed enrolment can be re-opened");
    }

    @Test
    void reopeningRestoresThePathwayStage() {
        EnrolmentState state = housed(closed(CLOSED), reopened(REOPENED));

        assertThat(state.isClosed()).isFalse();
        assertThat(state.stage()).isEqualTo(Stage.HOUSED);
        assertThat(state.closedOn()).isNull();
        assertThat(state.exitReason()).isNull();
        assertThat(state.whyNot(Step.END_TENANCY)).isEmpty();
    }

    @Test
    void reopeningRestartsTheNoContactClock() {
        EnrolmentState state = housed(closed(CLOSED), reopened(REOPENED));

        assertThat(state.lastContactOn()).isEqualTo(REOPENED);
        assertThat(state.dueItems()).filteredOn(item -> item.kind() == DueItem.Kind.NO_CONTACT)
                .extracting(DueItem::dueOn).containsExactly(REOPENED.plusDays(28));
    }

    @Test
    void anOpenEnrolmentAllowsItsPathwaysStepsThatApplyAndEveryCommonStepButReopening() {
        assertThat(state(referredToHousingFirst(REFERRED)).allowedSteps()).isEqualTo(EnumSet.of(
                Step.ASSESS_HOUSING_FIRST_ELIGIBILITY, Step.LOG_CONTACT, Step.ASSIGN_WORKER, Step.TRANSFER,
                Step.CLOSE));
    }

    @Test
    void aStepOfAnotherPathwayIsExplained() {
        assertThat(state(referredToThriveIntoWork(REFERRED)).whyNot(Step.START_TENANCY))
                .contains("\"Start a tenancy\" belongs to Housing First; this is a Thrive into Work enrolment");
    }

    @Test
    void aStepOfAnotherPathwayIsExplainedEvenWhenTheEnrolmentIsClosed() {
        assertThat(housed(closed(CLOSED)).whyNot(Step.RECORD_MOVE_ON)).contains(
                "\"Record a move-on\" belongs to Rough Sleeping Initiative; this is a Housing First enrolment");
    }

    @Test
    void contactIsDueTwentyEightDaysAfterTheStartWhenThereHasBeenNone() {
        assertThat(state(referredToHousingFirst(REFERRED)).dueItems()).containsExactly(new DueItem(
                DueItem.Kind.NO_CONTACT, REFERRED.plusDays(28), null, Step.LOG_CONTACT,
                "Contact (none for 28 days)"));
    }

    @Test
    void contactIsDueTwentyEightDaysAfterTheLastContactThatReachedThePerson() {
        LocalDate phoned = REFERRED.plusDays(20);
        EnrolmentState state = state(referredToHousingFirst(REFERRED), contact(ContactType.PHONE, phoned));

        assertThat(state.lastContactOn()).isEqualTo(phoned);
        assertThat(state.dueItems()).extracting(DueItem::dueOn).containsExactly(phoned.plusDays(28));
    }

    @Test
    void anAttemptedContactDoesNotRestartTheNoContactClock() {
        EnrolmentState state = state(referredToHousingFirst(REFERRED),
                contact(ContactType.ATTEMPTED, REFERRED.plusDays(20)));

        assertThat(state.lastContactOn()).isNull();
        assertThat(state.dueItems()).extracting(DueItem::dueOn).containsExactly(REFERRED.plusDays(28));
    }

    @Test
    void aContactRecordedLateForAnEarlierDayDoesNotWindTheClockBack() {
        LocalDate seen = REFERRED.plusDays(20);
        EnrolmentState state = state(referredToHousingFirst(REFERRED), contact(ContactType.FACE_TO_FACE, seen),
                contact(ContactType.VIDEO, REFERRED.plusDays(10)));

        assertThat(state.lastContactOn()).isEqualTo(seen);
    }

    @Test
    void thePathwaysDueItemsAndTheNoContactItemComeSoonestFirst() {
        LocalDate seen = HOUSED.plusMonths(6).plusDays(1);
        EnrolmentState state = housed(contact(ContactType.FACE_TO_FACE, seen));

        assertThat(state.dueItems()).extracting(DueItem::kind, DueItem::dueOn).containsExactly(
                tuple(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(6)),
                tuple(DueItem.Kind.NO_CONTACT, seen.plusDays(28)),
                tuple(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(12)),
                tuple(DueItem.Kind.TENANCY_SUSTAINMENT_CHECK, HOUSED.plusMonths(24)));
    }

    @Test
    void nothingIsDueBeforeTheEnrolmentHasStarted() {
        assertThat(new EnrolmentState().dueItems()).isEmpty();
        assertThat(new EnrolmentState().stage()).isNull();
    }
}
