package uk.wmpathways.caseservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolment;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindEnrolmentHistory;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindParticipantEnrolments;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstReferralSource;
import uk.wmpathways.caseservice.api.enrolment.HousingFirstRules;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.RecordOutreachContact;
import uk.wmpathways.caseservice.api.enrolment.ReferToHousingFirst;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.StepResult;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;
import uk.wmpathways.caseservice.api.enrolment.TimelineEntry;
import uk.wmpathways.infra.organisation.ProviderOrganisations;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Starting an enrolment (referral or outreach contact) and reading enrolments and their history. */
@RestController
@Tag(name = "Enrolments")
class EnrolmentController {

    private final CommandGateway commands;
    private final EnrolmentSteps steps;
    private final QueryGateway queries;
    private final RecordedEnrolments recorded;
    private final ProviderOrganisations organisations;

    EnrolmentController(CommandGateway commands, EnrolmentSteps steps, QueryGateway queries,
                        RecordedEnrolments recorded, ProviderOrganisations organisations) {
        this.commands = commands;
        this.steps = steps;
        this.queries = queries;
        this.recorded = recorded;
        this.organisations = organisations;
    }

    @PostMapping("/api/participants/{participantId}/enrolments")
    @StepResponses.Creates
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Start an enrolment: refer to Housing First or Thrive into Work, or record a Rough "
            + "Sleeping Initiative outreach contact",
            description = "201 with the enrolment's id and version, Location the new enrolment. With a requestId "
                    + "the enrolment's id is derived from the participant and the request id, so a retry lands on "
                    + "the same enrolment, records nothing and gets the same answer. 400 with a message per field "
                    + "(unknown codes list the allowed ones); 404 for an unknown participant.")
    ResponseEntity<StepAnswer> start(@PathVariable String participantId, @RequestBody StartEnrolmentRequest request,
                                     Authentication by) {
        InputCheck check = new InputCheck();
        String requestId = check.requestId(request.requestId());
        String enrolmentId = requestId == null ? UUID.randomUUID().toString()
                : enrolmentIdFor(participantId, requestId);
        Pathway pathway = check.requiredCode("pathway", "Pathway", request.pathway(), Pathway.class);
        String organisation = check.organisation("providerOrganisation", "Provider organisation",
                request.providerOrganisation(), organisations);
        LocalAuthority localAuthority = check.code("localAuthority", "Local authority", request.localAuthority(),
                LocalAuthority.class);
        if (pathway == null) {
            check.done();
        }
        FundingStream fundingStream = fundingStream(pathway, request.fundingStream(), check);
        String caller = by.getName();
        StepResult result = switch (pathway) {
            case HOUSING_FIRST -> start(check, new ReferToHousingFirst(enrolmentId, participantId, organisation,
                    localAuthority, fundingStream, request.assignedWorker(),
                    check.code("source", "Referral source", request.source(), HousingFirstReferralSource.class),
                    request.referredOn(), requestId, caller), HousingFirstRules::referral);
            case ROUGH_SLEEPING_INITIATIVE -> start(check, new RecordOutreachContact(enrolmentId, participantId,
                    organisation, localAuthority, fundingStream, request.assignedWorker(), request.contactedOn(),
                    request.location(), Boolean.TRUE.equals(check.present("verifiedRoughSleeper",
                            "Whether the person was verified as sleeping rough", request.verifiedRoughSleeper())),
                    requestId, caller), RoughSleepingRules::outreachContact);
            case THRIVE_INTO_WORK -> start(check, new ReferToThriveIntoWork(enrolmentId, participantId, organisation,
                    localAuthority, fundingStream, request.assignedWorker(),
                    check.code("source", "Referral source", request.source(), ThriveIntoWorkReferralSource.class),
                    request.referrerOdsCode(), request.referredOn(), requestId, caller), ThriveIntoWorkRules::referral);
        };
        return StepAnswer.created(result, StepAnswer.Shows.VERSION);
    }

    private <C> StepResult start(InputCheck check, C command, BiConsumer<C, StepProblems> rules) {
        try {
            return steps.send(check, command, rules);
        } catch (ConcurrencyException raced) {
            // Two retries racing: the one that lost asks again and is answered as a retry of its twin.
            return commands.sendAndWait(command);
        }
    }

    /** The same participant and request id always give the same enrolment id (a name-based UUID). */
    static String enrolmentIdFor(String participantId, String requestId) {
        return UUID.nameUUIDFromBytes(("enrolment:" + participantId + ":" + requestId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The funding stream given (a problem when it is no funding stream), or when none is, the pathway's only one.
     * Whether it funds the pathway is the command's rule.
     */
    private static FundingStream fundingStream(Pathway pathway, String text, InputCheck check) {
        List<FundingStream> streams = Arrays.stream(FundingStream.values())
                .filter(stream -> stream.pathway() == pathway).toList();
        if (InputCheck.isBlank(text)) {
            return streams.size() == 1 ? streams.get(0) : null;
        }
        Optional<FundingStream> stream = InputCheck.parse(text, FundingStream.class);
        if (stream.isEmpty()) {
            check.unknown("fundingStream", "Funding stream",
                    streams.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return stream.orElse(null);
    }

    @GetMapping("/api/participants/{participantId}/enrolments")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "A participant's enrolments with their current state, newest first",
            description = "404 for an unknown participant. The list is a read model: a step just recorded can "
                    + "take a moment to show.")
    List<EnrolmentSummary> participantEnrolments(@PathVariable String participantId) {
        if (!recorded.participantExists(participantId)) {
            throw new ParticipantNotFoundException();
        }
        return queries.query(new FindParticipantEnrolments(participantId),
                ResponseTypes.multipleInstancesOf(EnrolmentSummary.class)).join();
    }

    @GetMapping("/api/enrolments/{enrolmentId}")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "An enrolment: stage, what is running, what is due and the steps allowed now",
            description = "404 when no enrolment has this id (or the read model has not caught up with a new one "
                    + "yet). Send its version back as expectedVersion to be told when someone else changed it.")
    EnrolmentSummary enrolment(@PathVariable String enrolmentId) {
        EnrolmentSummary enrolment = queries.query(new FindEnrolment(enrolmentId),
                ResponseTypes.instanceOf(EnrolmentSummary.class)).join();
        if (enrolment == null) {
            throw UnknownIdException.enrolment();
        }
        return enrolment;
    }

    @GetMapping("/api/enrolments/{enrolmentId}/history")
    @PreAuthorize("hasRole('CASEWORKER')")
    @Operation(summary = "Everything recorded on an enrolment, oldest first, in plain words",
            description = "404 when no enrolment has this id. Entries hold personal data (contact notes, "
                    + "addresses).")
    List<TimelineEntry> history(@PathVariable String enrolmentId) {
        List<TimelineEntry> history = queries.query(new FindEnrolmentHistory(enrolmentId),
                ResponseTypes.multipleInstancesOf(TimelineEntry.class)).join();
        if (history.isEmpty() && !recorded.enrolmentExists(enrolmentId)) {
            throw UnknownIdException.enrolment();
        }
        return history;
    }
}
