package uk.wmpathways.reporting.participant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.query.Update;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.infra.personaldata.PersonalData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The participant read model. {@code searchName} holds "given family" in lower case for name search;
 * {@code sortKey} orders the list by family then given name; {@code lastSequence} is the sequence number of
 * the last event applied (see {@code SequencedWrites}). {@code registeringOrganisation} lets the organisation that
 * registered the person find them at once, before the casework read model has caught up.
 */
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
                           String registeringOrganisation,
                           String searchName,
                           String sortKey,
                           long lastSequence) {

    static ParticipantDocument registered(ParticipantRegistered event, long sequence) {
        return new ParticipantDocument(event.participantId(), event.givenName(), event.familyName(),
                event.dateOfBirth(), event.nhsNumber(), event.localAuthority(), event.phoneNumber(), event.email(),
                event.registeredBy(), event.registeredAt(), event.registeringOrganisation(),
                (event.givenName() + " " + event.familyName()).toLowerCase(Locale.ROOT),
                (event.familyName() + " " + event.givenName() + " " + event.participantId())
                        .toLowerCase(Locale.ROOT),
                sequence);
    }

    /**
     * The personal fields as a document registered from the person's events reads them once their key is
     * destroyed (text as the placeholder, the rest not known), so that a rebuild gives the same document.
     */
    static Update erased(String participantId) {
        String erased = PersonalData.ERASED;
        return new Update().set("givenName", erased).set("familyName", erased).set("dateOfBirth", null)
                .set("nhsNumber", null).set("phone", null).set("email", null)
                .set("searchName", (erased + " " + erased).toLowerCase(Locale.ROOT))
                .set("sortKey", (erased + " " + erased + " " + participantId).toLowerCase(Locale.ROOT));
    }

    ParticipantSummary summary() {
        return new ParticipantSummary(participantId, givenName, familyName, dateOfBirth, nhsNumber,
                localAuthority, phone, email, registeredBy, registeredAt);
    }
}
