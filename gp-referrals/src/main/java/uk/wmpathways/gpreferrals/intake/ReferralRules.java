package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Our own rules for a GP referral message, after it has passed the base R4 validation: what makes it a referral
 * we can act on (shaped after the NHS Booking and Referral Standard), and the UK Core elements we rely on. Every
 * problem is found at once, each at its path. A bundle we cannot read as a referral message at all is
 * {@link ReferralProblem.Kind#INVALID} (400); a readable one that breaks a rule is
 * {@link ReferralProblem.Kind#UNPROCESSABLE} (422).
 */
public final class ReferralRules {

    public static final String EVENT = "servicerequest-request";
    public static final String REASON_NEW = "new";
    /** BaRS's reason for a change to a referral; here only its cancellation ({@link CancellationRules}). */
    public static final String REASON_UPDATE = "update";
    /** Our referral ids (the acknowledgement's identifier): a cancellation names the referral with it. */
    public static final String REFERRAL_ID_SYSTEM = "https://pathways.wmpathways.uk/Id/gp-referral";
    /** BaRS sends {@code plan}; practice systems following plain FHIR referrals send {@code order}. */
    public static final Set<String> INTENTS = Set.of("plan", "order", "original-order");

    private ReferralRules() {
    }

    /** The problems, and the parts found when there are none. */
    public record Checked(List<ReferralProblem> problems, Optional<ReferralParts> parts) {
    }

    public static Checked check(MessageBundle bundle, LocalDate today) {
        List<ReferralProblem> problems = new ArrayList<>();
        if (bundle.bundle().getType() != Bundle.BundleType.MESSAGE) {
            problems.add(ReferralProblem.invalid(IssueType.INVALID, "Bundle.type",
                    "Send the referral as a Bundle of type 'message' (FHIR messaging, $process-message)"));
            return new Checked(problems, Optional.empty());
        }
        Optional<Entry<MessageHeader>> header = bundle.first()
                .filter(first -> first.resource() instanceof MessageHeader)
                .map(first -> new Entry<>(first.index(), (MessageHeader) first.resource()));
        if (header.isEmpty()) {
            problems.add(ReferralProblem.invalid(IssueType.STRUCTURE, "Bundle.entry[0].resource",
                    "A message starts with its MessageHeader"));
            return new Checked(problems, Optional.empty());
        }
        problems.addAll(headerProblems(header.get()));
        Optional<Entry<ServiceRequest>> serviceRequest = focus(bundle, header.get(), problems);
        if (serviceRequest.isEmpty()) {
            return new Checked(problems, Optional.empty());
        }
        problems.addAll(serviceRequestProblems(serviceRequest.get(), today));
        Optional<Entry<Patient>> patient = subject(bundle, serviceRequest.get(), problems);
        patient.ifPresent(found -> problems.addAll(PatientRules.problems(found, today)));
        Referrer referrer = referrer(bundle, header.get(), serviceRequest.get(), problems);
        if (referrer.practice != null) {
            problems.addAll(PracticeRules.problems(referrer.practice));
        }
        boolean complete = problems.isEmpty() && patient.isPresent() && referrer.practice != null;
        return new Checked(problems, complete
                ? Optional.of(new ReferralParts(bundle, header.get(), serviceRequest.get(), patient.get(),
                        referrer.practice, referrer.practitioner, referrer.role))
                : Optional.empty());
    }

    /** A message whose MessageHeader (first) gives the reason 'update': a change to a referral sent before. */
    public static boolean isUpdate(MessageBundle bundle) {
        return bundle.bundle().getType() == Bundle.BundleType.MESSAGE && bundle.first()
                .filter(first -> first.resource() instanceof MessageHeader)
                .map(first -> ((MessageHeader) first.resource()).getReason().getCoding().stream()
                        .anyMatch(coding -> REASON_UPDATE.equals(coding.getCode())))
                .orElse(false);
    }

    static List<ReferralProblem> headerProblems(Entry<MessageHeader> header) {
        List<ReferralProblem> problems = new ArrayList<>();
        MessageHeader resource = header.resource();
        String event = resource.hasEventCoding() ? resource.getEventCoding().getCode() : null;
        if (!EVENT.equals(event)) {
            problems.add(ReferralProblem.unprocessable(IssueType.NOTSUPPORTED, header.path() + ".eventCoding.code",
                    "This service accepts only the event '" + EVENT + "' (a new referral)"));
        }
        List<Coding> reason = resource.getReason().getCoding();
        if (!reason.isEmpty() && reason.stream().noneMatch(coding -> REASON_NEW.equals(coding.getCode())
                || REASON_UPDATE.equals(coding.getCode()))) {
            problems.add(ReferralProblem.unprocessable(IssueType.NOTSUPPORTED, header.path() + ".reason.coding",
                    "The reason must be 'new' (a referral) or 'update' (its cancellation: the ServiceRequest "
                            + "revoked)"));
        }
        problems.addAll(ReceivingService.destinationProblems(header));
        return problems;
    }

    static Optional<Entry<ServiceRequest>> focus(MessageBundle bundle, Entry<MessageHeader> header,
                                                         List<ReferralProblem> problems) {
        Optional<Entry<ServiceRequest>> focus = header.resource().getFocus().stream()
                .map(reference -> bundle.resolve(reference, ServiceRequest.class))
                .flatMap(Optional::stream).findFirst();
        if (focus.isEmpty()) {
            problems.add(ReferralProblem.invalid(IssueType.INVALID, header.path() + ".focus",
                    "The MessageHeader's focus must reference the ServiceRequest (the referral) in this bundle"));
        }
        return focus;
    }

    private static List<ReferralProblem> serviceRequestProblems(Entry<ServiceRequest> entry, LocalDate today) {
        List<ReferralProblem> problems = new ArrayList<>();
        ServiceRequest request = entry.resource();
        if (request.getStatus() != ServiceRequest.ServiceRequestStatus.ACTIVE) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, entry.path() + ".status",
                    "A new referral's status must be 'active'"));
        }
        if (request.getIntent() == null || !INTENTS.contains(request.getIntent().toCode())) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, entry.path() + ".intent",
                    "A referral's intent must be one of " + String.join(", ", INTENTS.stream().sorted().toList())));
        }
        problems.addAll(ReceivingService.categoryProblems(entry));
        if (!request.hasAuthoredOn()) {
            problems.add(ReferralProblem.unprocessable(IssueType.REQUIRED, entry.path() + ".authoredOn",
                    "Say when the referral was made (authoredOn)"));
        } else if (FhirDates.ukDay(request.getAuthoredOnElement()).isAfter(today)) {
            problems.add(ReferralProblem.unprocessable(IssueType.BUSINESSRULE, entry.path() + ".authoredOn",
                    "A referral cannot be made on a date in the future"));
        }
        return problems;
    }

    private static Optional<Entry<Patient>> subject(MessageBundle bundle, Entry<ServiceRequest> request,
                                                    List<ReferralProblem> problems) {
        Optional<Entry<Patient>> patient = bundle.resolve(request.resource().getSubject(), Patient.class);
        if (patient.isEmpty()) {
            problems.add(ReferralProblem.invalid(IssueType.INVALID, request.path() + ".subject",
                    "The referral's subject must reference the Patient in this bundle"));
        }
        return patient;
    }

    private record Referrer(Entry<Organization> practice, Entry<Practitioner> practitioner,
                            Entry<PractitionerRole> role) {
    }

    /**
     * Who referred: the requester is a PractitionerRole (practitioner at a practice) or the practice itself; with
     * a Practitioner alone, the practice is the MessageHeader's sender.
     */
    private static Referrer referrer(MessageBundle bundle, Entry<MessageHeader> header, Entry<ServiceRequest> request,
                                     List<ReferralProblem> problems) {
        Reference requester = request.resource().getRequester();
        Optional<Entry<PractitionerRole>> role = bundle.resolve(requester, PractitionerRole.class);
        Optional<Entry<Practitioner>> practitioner = role.isPresent()
                ? bundle.resolve(role.get().resource().getPractitioner(), Practitioner.class)
                : bundle.resolve(requester, Practitioner.class);
        Optional<Entry<Organization>> practice = role.isPresent()
                ? bundle.resolve(role.get().resource().getOrganization(), Organization.class)
                : bundle.resolve(requester, Organization.class)
                .or(() -> bundle.resolve(header.resource().getSender(), Organization.class));
        if (bundle.resolve(requester).isEmpty()) {
            problems.add(ReferralProblem.invalid(IssueType.INVALID, request.path() + ".requester",
                    "The requester must reference the referring PractitionerRole, Practitioner or Organization "
                            + "in this bundle"));
        } else if (practice.isEmpty()) {
            problems.add(ReferralProblem.invalid(IssueType.INVALID,
                    role.map(found -> found.path() + ".organization").orElse(header.path() + ".sender"),
                    "Reference the referring practice (an Organization in this bundle)"));
        }
        return new Referrer(practice.orElse(null), practitioner.orElse(null), role.orElse(null));
    }
}
