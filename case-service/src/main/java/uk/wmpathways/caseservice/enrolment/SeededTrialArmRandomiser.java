package uk.wmpathways.caseservice.enrolment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import java.util.Random;

/**
 * Draws like {@link SecureRandomTrialArmRandomiser}, but from {@code java.util.Random} seeded with
 * {@code pathways.trial.seed}, so that the same allocations in the same order draw the same arms every time:
 * for the demo data set, which must reproduce published figures exactly. Anyone who knows the seed can
 * foresee every allocation, so it is never for a real trial; it says so in the log when it is in use.
 */
@Component
@ConditionalOnExpression("!'${pathways.trial.seed:}'.isBlank()")
class SeededTrialArmRandomiser implements TrialArmRandomiser {

    private static final Logger log = LoggerFactory.getLogger(SeededTrialArmRandomiser.class);

    private final SecureRandomTrialArmRandomiser draws;

    SeededTrialArmRandomiser(@Value("${pathways.trial.seed}") long seed,
                             @Value("${pathways.trial.treatment-share:0.5}") double treatmentShare) {
        this.draws = new SecureRandomTrialArmRandomiser(treatmentShare, new Random(seed));
        log.warn("Trial arms are drawn from a seeded generator (pathways.trial.seed is set): allocations can be "
                + "foreseen. For demonstrations only, never for a real trial.");
    }

    /** Synchronised so that the draws follow the order the allocations are made in. */
    @Override
    public synchronized Draw draw() {
        return draws.draw();
    }
}
