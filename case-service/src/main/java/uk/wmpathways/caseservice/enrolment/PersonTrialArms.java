package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

import java.util.Optional;

/** The trial arm a participant's record holds a claim to, if any (the write side's claims, not a read model). */
public interface PersonTrialArms {

    Optional<TrialArm> armOf(String participantId);
}
