package uk.wmpathways.reporting.outcomes;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.Sex;
import uk.wmpathways.caseservice.api.enrolment.ContactLogged;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentEvent;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.enrolment.FundingStream.THRIVE_INTO_WORK_EXPANSION;
import static uk.wmpathways.caseservice.api.enrolment.TrialArm.TREATMENT;

class OutcomeRowTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

    @Test
    void aThriveIntoWorkEnrolmentKeepsWhatTheReportsNeed() {
        ParticipantFacts person = new ParticipantFacts(LocalDate.of(1990, 1, 1),
                new EqualityDetails(EthnicGroup.MIXED, Sex.FEMALE, Disability.NO));
        History history = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY, THRIVE_INTO_WORK_EXPANSION, DAY, person)
                .enrolled(DAY.plusDays(1))
                .allocated(TREATMENT, DAY.plusDays(2))
                .employerContact(false, DAY.plusDays(9))
                .jobStarted("j1", DAY.plusDays(20), 16)
                .jobStartCorrected("j1", DAY.plusDays(19), 12)
                .jobChecked("j1", 13, DAY.plusDays(19).plusWeeks(13))
                .jobEnded("j1", DAY.plusDays(200))
                .transferred("DEMO-SUPPORT", DAY.plusDays(210))
                .closed(DAY.plusDays(220));

        OutcomeRow row = history.row();

        assertThat(row.pathway()).isEqualTo(Pathway.THRIVE_INTO_WORK);
        assertThat(row.fundingStream()).isEqualTo(THRIVE_INTO_WORK_EXPANSION);
        assertThat(row.providerOrganisation()).isEqualTo("DEMO-SUPPORT");
        assertThat(row.startedOn()).isEqualTo(DAY);
        assertThat(row.closedOn()).isEqualTo(DAY.plusDays(220));
        assertThat(row.participant()).isEqualTo(person);
        assertThat(row.thriveIntoWork().enrolledOn()).isEqualTo(DAY.plusDays(1));
        assertThat(row.thriveIntoWork().allocatedOn()).isEqualTo(DAY.plusDays(2));
        assertThat(row.thriveIntoWork().firstEmployerContact()).isEqualTo(new EmployerContact(DAY.plusDays(9), false));
        assertThat(row.thriveIntoWork().jobs()).containsExactly(new Job("j1", DAY.plusDays(19), DAY.plusDays(200),
                BigDecimal.valueOf(12), List.of(13)));
        assertThat(row.housingFirst()).isNull();
        assertThat(row.roughSleeping()).isNull();

        assertThat(history.reopened(DAY.plusDays(230)).row().closedOn()).isNull();
    }

    @Test
    void theRowKeepsTheFirstContactAndTheFirstFaceToFaceContactApart() {
        OutcomeRow row = History.inTrial("p1", "WORK-WELL", DUDLEY, TREATMENT, DAY)
                .employerContact(false, DAY.plusDays(3))
                .employerContact(true, DAY.plusDays(50))
                .employerContact(true, DAY.plusDays(40))
                .row();

        assertThat(row.thriveIntoWork().firstEmployerContact()).isEqualTo(new EmployerContact(DAY.plusDays(3), false));
        assertThat(row.thriveIntoWork().firstFaceToFaceEmployerContactOn()).isEqualTo(DAY.plusDays(40));
        assertThat(FactDocuments.read(FactDocuments.write(row), OutcomeRow.class)).isEqualTo(row);
    }

    @Test
    void aRowStoredBeforeTheFaceToFaceDayWasKeptStillReads() {
        OutcomeRow faceToFaceFirst = History.inTrial("p1", "WORK-WELL", DUDLEY, TREATMENT, DAY)
                .employerContact(true, DAY.plusDays(7)).employerContact(true, DAY.plusDays(9)).row();
        OutcomeRow phoneFirst = History.inTrial("p2", "WORK-WELL", DUDLEY, TREATMENT, DAY)
                .employerContact(false, DAY.plusDays(3)).employerContact(true, DAY.plusDays(40)).row();

        OutcomeRow oldFaceToFaceFirst = FactDocuments.read(withoutFaceToFaceDay(faceToFaceFirst), OutcomeRow.class);
        OutcomeRow oldPhoneFirst = FactDocuments.read(withoutFaceToFaceDay(phoneFirst), OutcomeRow.class);

        // the first contact was face to face: it is the first face-to-face one
        assertThat(oldFaceToFaceFirst).isEqualTo(faceToFaceFirst);
        // the first was a phone call: whether a later one was face to face is not known, so none is assumed
        assertThat(oldPhoneFirst.thriveIntoWork().firstEmployerContact())
                .isEqualTo(new EmployerContact(DAY.plusDays(3), false));
        assertThat(oldPhoneFirst.thriveIntoWork().firstFaceToFaceEmployerContactOn()).isNull();
    }

    private static org.bson.Document withoutFaceToFaceDay(OutcomeRow row) {
        org.bson.Document stored = FactDocuments.write(row);
        org.bson.Document facts = new org.bson.Document((java.util.Map<String, Object>) stored.get("thriveIntoWork"));
        assertThat(facts.remove("firstFaceToFaceEmployerContactOn")).isNotNull();
        stored.put("thriveIntoWork", facts);
        return stored;
    }

    @Test
    void anEventThatChangesNoOutcomeFactGivesAnEqualRow() {
        History history = History.inTrial("p1", "WORK-WELL", DUDLEY, TREATMENT, DAY);
        OutcomeRow before = history.row();

        OutcomeRow after = before.with(new ContactLogged(before.enrolmentId(), "c1", ContactType.PHONE, 20, "Talked",
                DAY.plusDays(3), null, "caseworker", History.noonOf(DAY.plusDays(3))));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void aParticipantNotYetKnownHasNothingRecorded() {
        OutcomeRow row = History.housingFirst("p1", "HOMES-FIRST", DUDLEY, DAY, null).row();

        assertThat(row.participant()).isEqualTo(ParticipantFacts.NOT_RECORDED);
    }

    @Test
    void aRowSurvivesItsDocumentForm() {
        OutcomeRow row = History.inTrial("p1", "WORK-WELL", DUDLEY, TREATMENT, DAY)
                .jobStarted("j1", DAY.plusDays(20), 16).jobChecked("j1", 13, DAY.plusDays(20).plusWeeks(13)).row();

        assertThat(FactDocuments.read(FactDocuments.write(row), OutcomeRow.class)).isEqualTo(row);
        assertThat(FactDocuments.write(row).get("startedOn")).isEqualTo("2025-03-03");
    }

    /** An event of the published language that the row was never taught, as a new one would be. */
    private record Untaught(String enrolmentId, String requestId, String recordedBy, Instant recordedAt)
            implements EnrolmentEvent {
    }

    @Test
    void anEventTheRowWasNotTaughtFailsLoudlyNamingIt() {
        OutcomeRow row = History.thriveIntoWork("p1", "WORK-WELL", DUDLEY, DAY).row();

        assertThatThrownBy(() -> row.with(new Untaught("e", null, "u", Instant.now())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Untaught");
    }
}
