package uk.wmpathways.reporting.outcomes;

import java.time.LocalDate;

/** An employer contact made for a Thrive into Work participant: the day, and whether it was face to face. */
record EmployerContact(LocalDate on, boolean faceToFace) {

    /** The earlier of the two (on the same day, a face-to-face one). */
    EmployerContact earlierOf(EmployerContact other) {
        if (other.on.isBefore(on) || (other.on.equals(on) && other.faceToFace && !faceToFace)) {
            return other;
        }
        return this;
    }
}
