package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.identity.DecideIdentity;
import uk.wmpathways.caseservice.api.identity.IdentityDecision;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.FindLikelyMatches;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.FindLinkedRecords;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.LinkedRecords;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The duplicate check and identity decisions. Who may see a candidate and who may decide is decided by the query
 * handler and the {@code PersonMatch} aggregate; the role here is a first gate.
 */
@RestController
@Tag(name = "Duplicates")
@PreAuthorize("hasRole('CASEWORKER')")
class IdentityController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    IdentityController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The body of a decision: the other record and LINK or NOT_SAME_PERSON. */
    record DecisionRequest(String otherParticipantId, String decision) {
    }

    @PostMapping("/api/participants/{participantId}/identity-decisions")
    @Operation(summary = "Decide whether another record is the same person (LINK) or not (NOT_SAME_PERSON)",
            description = "A later decision replaces an earlier one; the same decision again records nothing. 200; "
                    + "400 with a message per field (unknown decision, the record itself); 403 unless your "
                    + "organisation holds both records; 404 for an unknown participant")
    Map<String, Object> decide(@PathVariable String participantId, @RequestBody DecisionRequest request,
                               Authentication by) {
        InputCheck check = new InputCheck();
        IdentityDecision decision = check.requiredCode("decision", "Decision", request.decision(),
                IdentityDecision.class);
        if (request.otherParticipantId() == null || request.otherParticipantId().isBlank()) {
            check.add("otherParticipantId", "Choose the other person's record");
        }
        check.done();
        commands.sendAndWait(DecideIdentity.of(participantId, request.otherParticipantId().trim(), decision,
                by.getName()));
        return Map.of("participantId", participantId, "otherParticipantId", request.otherParticipantId().trim(),
                "decision", decision);
    }

    @GetMapping("/api/participants/{participantId}/likely-matches")
    @Operation(summary = "Other records likely to be the same person as this one, best first",
            description = "Records held by another organisation show no name, date of birth or reasons, only whom "
                    + "to contact. Records decided not the same person, or already linked, are left out. 403 unless "
                    + "your organisation may read this record; 404 for an unknown participant")
    LikelyMatches likelyMatches(@PathVariable String participantId) {
        ParticipantSummary participant = queries.query(new FindParticipant(participantId),
                ResponseTypes.instanceOf(ParticipantSummary.class)).join();
        if (participant == null) {
            throw new ParticipantNotFoundException();
        }
        return ask(new FindLikelyMatches(participant.givenName(), participant.familyName(),
                participant.dateOfBirth(), participant.nhsNumber(), null, null, participantId));
    }

    @GetMapping("/api/participants/{participantId}/linked-records")
    @Operation(summary = "The records linked to this one as the same person, directly or through others",
            description = "A linked record held by another organisation shows no name or date of birth, only whom to "
                    + "contact. Each direct link says who decided it and when. 403 unless your organisation may read "
                    + "this record; 404 for an unknown participant")
    LinkedRecords linkedRecords(@PathVariable String participantId) {
        LinkedRecords linked = queries.query(new FindLinkedRecords(participantId),
                ResponseTypes.instanceOf(LinkedRecords.class)).join();
        if (linked == null) {
            throw new ParticipantNotFoundException();
        }
        return linked;
    }

    @GetMapping("/api/participants/likely-matches")
    @Operation(summary = "Known records likely to be the person about to be registered, best first",
            description = "familyName required; dateOfBirth as yyyy-MM-dd; nhsNumber optional. 400 with a message "
                    + "per field. Records held by another organisation show only whom to contact")
    LikelyMatches likelyMatchesFor(@RequestParam(required = false) String givenName,
                                   @RequestParam(required = false) String familyName,
                                   @RequestParam(required = false) String dateOfBirth,
                                   @RequestParam(required = false) String nhsNumber) {
        InputCheck check = new InputCheck();
        if (familyName == null || familyName.isBlank()) {
            check.add("familyName", "Family name is required");
        }
        LocalDate born = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                born = LocalDate.parse(dateOfBirth.trim());
            } catch (DateTimeParseException notADate) {
                check.add("dateOfBirth", "Date of birth must be a date like 1980-03-14");
            }
        }
        check.done();
        return ask(new FindLikelyMatches(givenName, familyName, born, nhsNumber, null, null, null));
    }

    private LikelyMatches ask(FindLikelyMatches query) {
        return queries.query(query, ResponseTypes.instanceOf(LikelyMatches.class)).join();
    }
}
