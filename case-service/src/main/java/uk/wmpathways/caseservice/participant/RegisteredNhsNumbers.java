package uk.wmpathways.caseservice.participant;

import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.enrolment.Participants;

import java.util.Optional;

/**
 * Which registered participant holds an NHS number, from the write side's own claims (so a registration a moment
 * ago counts): one number, one person. A claim left by a registration that never committed names nobody.
 */
@Component
public class RegisteredNhsNumbers {

    private final NhsNumberRegistry registry;
    private final Participants participants;

    RegisteredNhsNumbers(NhsNumberRegistry registry, Participants participants) {
        this.registry = registry;
        this.participants = participants;
    }

    public Optional<String> participantWith(String nhsNumber) {
        if (nhsNumber == null || nhsNumber.isBlank()) {
            return Optional.empty();
        }
        return registry.holderOf(nhsNumber.replace(" ", "")).filter(participants::exists);
    }
}
