package uk.wmpathways.reporting.participant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The participant read model. {@code searchName} holds "given family" in lower case for name search;
 * {@code sortKey} orders the list by family then given name.
 */
@Document(ParticipantDocument.COLLECTION)
record ParticipantDocument(@Id String participantId,
                           String givenName,
                           String familyName,
                           LocalDate dateOfBirth,
                           String nhsNumber,
                           LocalAuthority localAuthority,
                           String phone,
                           String email,
                           String registeredBy,
                           Instant registeredAt,
                           String searchName,
                           String sortKey) {

    static final String COLLECTION = "participants";

    static ParticipantDocument registered(ParticipantRegistered event) {
        return new ParticipantDocument(event.participantId(), event.givenName(), event.familyName(),
                event.dateOfBirth(), event.nhsNumber(), event.localAuthority(), event.phone(), event.email(),
                event.registeredBy(), event.registeredAt(),
                (event.givenName() + " " + event.familyName()).toLowerCase(Locale.ROOT),
                (event.familyName() + " " + event.givenName() + " " + event.participantId())
                        .toLowerCase(Locale.ROOT));
    }

    ParticipantSummary summary() {
        return new ParticipantSummary(participantId, givenName, familyName, dateOfBirth, nhsNumber,
                localAuthority, phone, email, registeredBy, registeredAt);
    }
}
