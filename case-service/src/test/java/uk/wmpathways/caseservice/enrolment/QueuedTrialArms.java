package uk.wmpathways.caseservice.enrolment;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Test only: the trial arm randomiser of every test application context in this module. It answers the arms a
 * test queued, in order, and otherwise draws with the randomiser the application would use (secure or seeded),
 * so tests that queue nothing see the production draw. Being in every context, it keeps one shared context.
 */
@Primary
@Component
public class QueuedTrialArms implements TrialArmRandomiser {

    private static final int DRAW_RANGE = 10_000;
    private static final int TREATMENT_BELOW = DRAW_RANGE / 2;

    private final Queue<TrialArm> queued = new ConcurrentLinkedQueue<>();
    private final ObjectProvider<SecureRandomTrialArmRandomiser> secure;
    private final ObjectProvider<SeededTrialArmRandomiser> seeded;

    QueuedTrialArms(ObjectProvider<SecureRandomTrialArmRandomiser> secure,
                    ObjectProvider<SeededTrialArmRandomiser> seeded) {
        this.secure = secure;
        this.seeded = seeded;
    }

    /** The next allocation, whoever makes it, draws this arm. */
    public void drawNext(TrialArm arm) {
        queued.add(arm);
    }

    /** Forgets arms queued but not drawn (a test that failed before its allocation). */
    public void clear() {
        queued.clear();
    }

    @Override
    public Draw draw() {
        TrialArm arm = queued.poll();
        if (arm != null) {
            return new Draw(arm == TrialArm.TREATMENT ? 0 : DRAW_RANGE - 1, DRAW_RANGE, TREATMENT_BELOW);
        }
        SeededTrialArmRandomiser seededDraws = seeded.getIfAvailable();
        return seededDraws != null ? seededDraws.draw() : secure.getObject().draw();
    }
}
