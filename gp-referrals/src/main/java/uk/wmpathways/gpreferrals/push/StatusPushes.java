package uk.wmpathways.gpreferrals.push;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.wmpathways.gpreferrals.intake.ReferralRules;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusChanges;
import uk.wmpathways.gpreferrals.web.GpReferralTasks;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues each Task change of a referral whose practice has a push endpoint
 * ({@code pathways.gp-referrals.push.<ODS code>=https://...}; none by default) as a BaRS-shaped
 * {@code servicerequest-response} message with the Task; {@link StatusPushSender} delivers it. Queuing is one
 * insert, in the projection's unit of work: nothing waits for the practice's endpoint, least of all a command.
 */
@Component
public class StatusPushes implements GpReferralStatusChanges {

    static final String COLLECTION = "gp_referral_status_pushes";
    static final String BARS_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    static final String BARS_REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";

    private final MongoTemplate mongo;
    private final FhirContext fhir;
    private final Clock clock;
    private final Map<String, String> endpoints;
    private final boolean showTrialArm;

    @Autowired
    StatusPushes(MongoTemplate mongo, FhirContext fhir, Clock clock, Environment environment,
                 @Value("${pathways.gp-referrals.show-trial-arm:false}") boolean showTrialArm) {
        this(mongo, fhir, clock, Binder.get(environment).bind("pathways.gp-referrals.push",
                Bindable.mapOf(String.class, String.class)).orElse(Map.of()), showTrialArm);
    }

    StatusPushes(MongoTemplate mongo, FhirContext fhir, Clock clock, Map<String, String> endpoints,
                 boolean showTrialArm) {
        this.mongo = mongo;
        this.fhir = fhir;
        this.clock = clock;
        this.showTrialArm = showTrialArm;
        Map<String, String> byPractice = new HashMap<>();
        endpoints.forEach((practice, url) -> {
            if (url != null && !url.isBlank()) {
                byPractice.put(practice.toUpperCase(Locale.ROOT), url.trim());
            }
        });
        this.endpoints = Map.copyOf(byPractice);
    }

    boolean anyConfigured() {
        return !endpoints.isEmpty();
    }

    Optional<String> endpointOf(String practiceOdsCode) {
        return practiceOdsCode == null ? Optional.empty()
                : Optional.ofNullable(endpoints.get(practiceOdsCode.toUpperCase(Locale.ROOT)));
    }

    @Override
    public void changed(GpReferralStatus status) {
        Optional<String> endpoint = endpointOf(status.practiceOdsCode());
        if (endpoint.isEmpty()) {
            return;
        }
        GpReferralStatus shown = showTrialArm ? status : status.withoutTrialArm();
        String change = status.taskStatus() + ":" + (status.businessStatus() == null ? "none"
                : status.businessStatus().code());
        try {
            mongo.insert(new PushedStatus(status.referralId() + ":" + change, status.referralId(),
                    status.practiceOdsCode(), endpoint.get(), message(shown), PushedStatus.State.PENDING, 0,
                    clock.instant(), clock.instant(), null, null), COLLECTION);
        } catch (DuplicateKeyException queuedAlready) {
            // The same change seen again (a redelivered event): it is queued once
        }
    }

    private String message(GpReferralStatus status) {
        Task task = GpReferralTasks.of(status);
        MessageHeader header = new MessageHeader();
        header.setId(UUID.randomUUID().toString());
        header.setEvent(new Coding(BARS_EVENTS, "servicerequest-response", "ServiceRequest response"));
        header.setReason(new CodeableConcept(new Coding(BARS_REASONS, "update", "Update")));
        header.getSource().setName("Pathways").setSoftware("Pathways");
        header.addFocus(new Reference("urn:uuid:" + status.referralId()));
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setIdentifier(new Identifier().setSystem(ReferralRules.REFERRAL_ID_SYSTEM)
                .setValue(status.referralId()));
        bundle.setTimestampElement(new InstantType(Date.from(clock.instant())));
        bundle.addEntry().setFullUrl("urn:uuid:" + header.getIdElement().getIdPart()).setResource(header);
        bundle.addEntry().setFullUrl("urn:uuid:" + status.referralId()).setResource(task);
        return fhir.newJsonParser().encodeResourceToString(bundle);
    }
}
