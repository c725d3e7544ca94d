package uk.wmpathways.caseservice.enrolment;

import uk.wmpathways.caseservice.api.enrolment.TrialArm;

/** Draws the Thrive into Work trial arm of a participant. Never chosen by a person. */
interface TrialArmRandomiser {

    Draw draw();

    /** A number drawn uniformly from 0 to {@code drawRange} - 1; below {@code treatmentBelow} means treatment. */
    record Draw(int drawn, int drawRange, int treatmentBelow) {

        TrialArm arm() {
            return drawn < treatmentBelow ? TrialArm.TREATMENT : TrialArm.CONTROL;
        }
    }
}
