package uk.wmpathways.caseservice.api.referral;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start an acceptance carries becomes the pathway's own start command, for the receiving organisation. */
class StartDetailsTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 1);

    @Test
    void aFormsStartCommandComesBackAsTheSameCommandForTheReferral() {
        ReferToThriveIntoWork filledIn = new ReferToThriveIntoWork("e-1", "p-1", "WORK-WELL", LocalAuthority.DUDLEY,
                FundingStream.THRIVE_INTO_WORK_TRIAL, "worker", ThriveIntoWorkReferralSource.GP, "M85001", ON, null,
                "worker");

        StartEnrolmentCommand start = StartDetails.of(filledIn)
                .command(Pathway.THRIVE_INTO_WORK, "e-1", "p-1", "WORK-WELL", "worker");

        assertThat(start).isEqualTo(filledIn);
        assertThat(StartDetails.pathwayOf(start)).isEqualTo(Pathway.THRIVE_INTO_WORK);
    }

    @Test
    void anOutreachContactTakesThePathwaysOnlyFundingStreamWhenNoneIsGiven() {
        StartEnrolmentCommand start = new StartDetails(LocalAuthority.BIRMINGHAM, null, null, null, null, null, ON,
                "Moor Street", true).command(Pathway.ROUGH_SLEEPING_INITIATIVE, "e-2", "p-1", "STREET-OUTREACH", "outreach");

        assertThat(start).isEqualTo(new RecordOutreachContact("e-2", "p-1", "STREET-OUTREACH",
                LocalAuthority.BIRMINGHAM, FundingStream.ROUGH_SLEEPING_INITIATIVE, null, ON, "Moor Street", true, null,
                "outreach"));
    }

    @Test
    void aSourceOfAnotherPathwayIsRefusedOnItsField() {
        StartDetails details = new StartDetails(LocalAuthority.WALSALL, null, null, "gp", null, ON, null, null, null);

        assertThatThrownBy(() -> details.command(Pathway.HOUSING_FIRST, "e-3", "p-1", "DEMO-SUPPORT", "caseworker"))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessageStartingWith("source: Referral source must be one of OUTREACH, HOSTEL");
    }
}
