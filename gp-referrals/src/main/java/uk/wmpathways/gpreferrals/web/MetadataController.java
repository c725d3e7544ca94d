package uk.wmpathways.gpreferrals.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.EventCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.util.Date;

/**
 * {@code GET /fhir/metadata}: what this FHIR endpoint does, as a CapabilityStatement (FHIR 4.0.1, JSON, messaging:
 * it receives GP referral messages through {@code $process-message}). Open to anyone, as FHIR clients read it before
 * signing in (HAPI's client checks the FHIR version with it).
 */
@RestController
class MetadataController {

    static final String PROCESS_MESSAGE = "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message";
    static final String BARS_REFERRAL_REQUEST =
            "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral";

    private final FhirResponses responses;
    private final Clock clock;

    MetadataController(FhirResponses responses, Clock clock) {
        this.responses = responses;
        this.clock = clock;
    }

    @GetMapping("/fhir/metadata")
    ResponseEntity<String> metadata(HttpServletRequest request) {
        String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).path("/fhir").toUriString();
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(Date.from(clock.instant()));
        statement.setPublisher("West Midlands Pathways");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json").addFormat("json");
        statement.getSoftware().setName("Pathways");
        statement.getImplementation().setDescription("GP referrals into Thrive into Work (IPS employment support)")
                .setUrl(baseUrl);
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("HTTP Basic with a GP referrer's account linked to the referring "
                + "practice (its ODS code)");
        rest.addOperation().setName("process-message").setDefinition(PROCESS_MESSAGE);
        rest.addResource().setType("ServiceRequest").addInteraction()
                .setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        CapabilityStatement.CapabilityStatementRestResourceComponent task = rest.addResource().setType("Task")
                .setDocumentation("A referral's status (one Task per referral, with the referral's id): status "
                        + "requested, received, accepted, rejected, in-progress, completed or cancelled; "
                        + "businessStatus the furthest Thrive into Work milestone reached");
        task.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        task.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        task.addSearchParam().setName("based-on").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("ServiceRequest/<referral id>");
        task.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER)
                .setDocumentation("Without based-on: your practice's referrals' Tasks, newest first (1 to 500, "
                        + "default 50)");
        CapabilityStatement.CapabilityStatementMessagingComponent messaging = statement.addMessaging();
        messaging.addEndpoint().setAddress(baseUrl + "/$process-message")
                .setProtocol(new Coding("http://terminology.hl7.org/CodeSystem/message-transport", "http", "HTTP"));
        messaging.setDocumentation("Receives GP referrals (event servicerequest-request, reason new) and their "
                + "cancellation (reason update, the ServiceRequest revoked, naming our referral); each is "
                + "acknowledged synchronously with a servicerequest-response message.");
        messaging.addSupportedMessage().setMode(EventCapabilityMode.RECEIVER).setDefinition(BARS_REFERRAL_REQUEST);
        return responses.answer(HttpStatus.OK, statement, request);
    }
}
