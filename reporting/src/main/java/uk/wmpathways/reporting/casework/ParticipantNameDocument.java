package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;

/** A participant's display name ("Given Family"), which an enrolment takes when it starts. */
record ParticipantNameDocument(@Id String participantId, String name) {
}
