package uk.wmpathways.caseservice.enrolment;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Draws from 0 to 9,999 with an unpredictable generator, so that nobody can foresee or steer an allocation.
 * The share of treatment allocations is {@code pathways.trial.treatment-share} (0 to 1, default 0.5).
 * The randomiser unless {@code pathways.trial.seed} asks for {@link SeededTrialArmRandomiser} (demonstrations).
 */
@Component
@ConditionalOnExpression("'${pathways.trial.seed:}'.isBlank()")
class SecureRandomTrialArmRandomiser implements TrialArmRandomiser {

    static final int DRAW_RANGE = 10_000;

    private final Random random;
    private final int treatmentBelow;

    @Autowired
    SecureRandomTrialArmRandomiser(@Value("${pathways.trial.treatment-share:0.5}") double treatmentShare) {
        this(treatmentShare, new SecureRandom());
    }

    SecureRandomTrialArmRandomiser(double treatmentShare, Random random) {
        if (!(treatmentShare >= 0 && treatmentShare <= 1)) {
            throw new IllegalArgumentException("pathways.trial.treatment-share must be from 0 to 1");
        }
        this.random = random;
        this.treatmentBelow = (int) Math.round(treatmentShare * DRAW_RANGE);
    }

    @Override
    public Draw draw() {
        return new Draw(random.nextInt(DRAW_RANGE), DRAW_RANGE, treatmentBelow);
    }
}
