package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * A participant's display name ("Given Family"), which an enrolment takes when it starts, and the organisations
 * whose caseworkers may see the person: the one that registered them and every one that has delivered an
 * enrolment of theirs ({@code ReadAccess}).
 */
record ParticipantNameDocument(@Id String participantId, String name, List<String> organisations) {

    static final String ORGANISATIONS = "organisations";

    ParticipantNameDocument {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }
}
