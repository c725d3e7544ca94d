package uk.wmpathways.caseservice.enrolment;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SeededTrialArmRandomiserTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SecureRandomTrialArmRandomiser.class, SeededTrialArmRandomiser.class);

    private static List<Integer> draws(TrialArmRandomiser randomiser, int count) {
        return IntStream.range(0, count).mapToObj(i -> randomiser.draw().drawn()).toList();
    }

    @Test
    void theSameSeedDrawsTheSameNumbersInTheSameOrder() {
        assertThat(draws(new SeededTrialArmRandomiser(2018, 0.64), 500))
                .isEqualTo(draws(new SeededTrialArmRandomiser(2018, 0.64), 500));
        assertThat(draws(new SeededTrialArmRandomiser(2018, 0.64), 500))
                .isNotEqualTo(draws(new SeededTrialArmRandomiser(2019, 0.64), 500));
    }

    @Test
    void theTreatmentShareAppliesAsForTheSecureRandomiser() {
        SeededTrialArmRandomiser randomiser = new SeededTrialArmRandomiser(7, 0.64);
        List<TrialArmRandomiser.Draw> all = IntStream.range(0, 20_000).mapToObj(i -> randomiser.draw()).toList();
        assertThat(all).allSatisfy(draw -> assertThat(draw.treatmentBelow()).isEqualTo(6_400));
        long treatment = all.stream().filter(draw -> draw.arm() == TrialArm.TREATMENT).count();
        assertThat(treatment / 20_000.0).isBetween(0.62, 0.66);
    }

    @Test
    void theSecureRandomiserIsTheDefault() {
        context.run(app -> assertThat(app).getBean(TrialArmRandomiser.class)
                .isInstanceOf(SecureRandomTrialArmRandomiser.class));
        context.withPropertyValues("pathways.trial.seed=").run(app -> assertThat(app)
                .getBean(TrialArmRandomiser.class).isInstanceOf(SecureRandomTrialArmRandomiser.class));
    }

    @Test
    void aSeedSelectsTheSeededRandomiserInstead() {
        context.withPropertyValues("pathways.trial.seed=2018", "pathways.trial.treatment-share=0.64")
                .run(app -> {
                    assertThat(app).getBean(TrialArmRandomiser.class).isInstanceOf(SeededTrialArmRandomiser.class);
                    assertThat(app.getBean(TrialArmRandomiser.class).draw().treatmentBelow()).isEqualTo(6_400);
                });
    }
}
