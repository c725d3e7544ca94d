package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecureRandomTrialArmRandomiserTest {

    @Test
    void drawsFromZeroToNineThousandNineHundredAndNinetyNine() {
        SecureRandomTrialArmRandomiser randomiser = new SecureRandomTrialArmRandomiser(0.5);
        assertThat(IntStream.range(0, 2_000).mapToObj(i -> randomiser.draw()))
                .allSatisfy(draw -> {
                    assertThat(draw.drawn()).isBetween(0, 9_999);
                    assertThat(draw.drawRange()).isEqualTo(10_000);
                    assertThat(draw.treatmentBelow()).isEqualTo(5_000);
                });
    }

    @Test
    void theTreatmentShareSetsTheThreshold() {
        assertThat(new SecureRandomTrialArmRandomiser(0.3).draw().treatmentBelow()).isEqualTo(3_000);
        assertThat(new SecureRandomTrialArmRandomiser(2.0 / 3).draw().treatmentBelow()).isEqualTo(6_667);
        assertThat(new SecureRandomTrialArmRandomiser(0).draw().arm()).isEqualTo(TrialArm.CONTROL);
        assertThat(new SecureRandomTrialArmRandomiser(1).draw().arm()).isEqualTo(TrialArm.TREATMENT);
    }

    @Test
    void aShareOutsideZeroToOneIsAConfigurationError() {
        assertThatThrownBy(() -> new SecureRandomTrialArmRandomiser(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecureRandomTrialArmRandomiser(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecureRandomTrialArmRandomiser(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aboutTheShareOfDrawsGoToTreatment() {
        SecureRandomTrialArmRandomiser randomiser = new SecureRandomTrialArmRandomiser(0.3, new Random(20261122));
        long treatment = IntStream.range(0, 20_000).mapToObj(i -> randomiser.draw())
                .filter(draw -> draw.arm() == TrialArm.TREATMENT).count();
        assertThat(treatment / 20_000.0).isBetween(0.28, 0.32);
    }

    @Test
    void theArmFollowsTheDrawAndTheThreshold() {
        assertThat(new TrialArmRandomiser.Draw(2_999, 10_000, 3_000).arm()).isEqualTo(TrialArm.TREATMENT);
        assertThat(new TrialArmRandomiser.Draw(3_000, 10_000, 3_000).arm()).isEqualTo(TrialArm.CONTROL);
    }
}
