package uk.wmpathways.caseservice.enrolment;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Test only: the trial arm claims of the fixture tests, in memory. */
class InMemoryTrialArmRegistry implements TrialArmRegistry {

    final Map<String, Claim> claims = new HashMap<>();

    @Override
    public Claim claim(String participantId, String enrolmentId, Supplier<TrialArmRandomiser.Draw> draw) {
        return claims.computeIfAbsent(participantId, id -> new Claim(enrolmentId, draw.get()));
    }
}
