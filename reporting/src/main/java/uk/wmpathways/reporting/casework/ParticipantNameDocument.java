package uk.wmpathways.reporting.casework;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

import java.util.ArrayList;
import java.util.List;

/**
 * A participant's display name ("Given Family"), which an enrolment takes when it starts, and the organisations
 * whose caseworkers may see the person: the one that registered them and every one that has delivered an
 * enrolment of theirs ({@code organisations}), and while a referral to it is pending, the organisation it is
 * made to ({@code referredTo}) ({@code ReadAccess}).
 */
record ParticipantNameDocument(@Id String participantId, String name, List<String> organisations,
                               List<String> referredTo) {

    static final String ORGANISATIONS = "organisations";
    static final String REFERRED_TO = "referredTo";

    @PersistenceCreator
    ParticipantNameDocument {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        referredTo = referredTo == null ? List.of() : List.copyOf(referredTo);
    }

    ParticipantNameDocument(String participantId, String name, List<String> organisations) {
        this(participantId, name, organisations, List.of());
    }

    /** The same person, seen by {@code organisation} too (added once, as MongoDB's $addToSet would). */
    ParticipantNameDocument sharedWith(String organisation) {
        List<String> sharedWith = new ArrayList<>(organisations);
        sharedWith.add(organisation);
        return new ParticipantNameDocument(participantId, name, sharedWith, referredTo);
    }
}
