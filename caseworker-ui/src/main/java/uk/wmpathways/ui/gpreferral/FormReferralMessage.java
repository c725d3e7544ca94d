package uk.wmpathways.ui.gpreferral;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import uk.wmpathways.gpreferrals.fhir.FhirPaths;
import uk.wmpathways.gpreferrals.intake.PatientRules;
import uk.wmpathways.gpreferrals.intake.PracticeRules;
import uk.wmpathways.gpreferrals.intake.ReceivingService;
import uk.wmpathways.gpreferrals.intake.ReferralRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The referral form's answers as the FHIR message a practice system sends ({@code POST /fhir/$process-message}), so
 * that a referral made in the form goes through the same rules and messages as one sent by a practice system. It
 * remembers which form field each part of the message came from, so that each problem the rules find at a path in
 * the message is shown on the field it concerns.
 */
final class FormReferralMessage {

    static final String SOURCE_ENDPOINT = "urn:pathways:gp-referral-form";
    /** The form hands the message to the intake in-process: it has no network address of its own. */
    static final String DESTINATION_ENDPOINT = "urn:pathways:gp-referral-intake";
    private static final String FLAG_CATEGORIES = "https://fhir.nhs.uk/CodeSystem/flag-categories-bars";
    private static final String VERIFICATION_STATUS_CODES =
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatus";

    /** What the GP entered; text may be blank for "not given". */
    record Answers(String givenName, String familyName, LocalDate dateOfBirth, String sex, String nhsNumber,
                   boolean nhsNumberVerified, String phone, String email, String address, String postcode,
                   String reason, String reasonableAdjustments, String safeguarding, boolean consentGiven,
                   LocalDate consentGivenOn) {

        @Override
        public String toString() {
            return "Answers[nhsNumberGiven=" + !isBlank(nhsNumber) + "]";
        }
    }

    private final String json;
    /** Path into the message (as the rules name it) to the form field it was made from, most specific first. */
    private final Map<String, String> fieldsByPath;

    private FormReferralMessage(String json, Map<String, String> fieldsByPath) {
        this.json = json;
        this.fieldsByPath = fieldsByPath;
    }

    String json() {
        return json;
    }

    /** The form field a problem at {@code expression} concerns, if it concerns one. */
    Optional<String> fieldAt(String expression) {
        String path = FhirPaths.withoutComments(expression);
        return fieldsByPath.entrySet().stream()
                .filter(entry -> path.equals(entry.getKey()) || path.startsWith(entry.getKey() + ".")
                        || path.startsWith(entry.getKey() + "["))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /**
     * The message for {@code answers}, sent by {@code practitionerName} of the practice {@code practiceOdsCode},
     * made now. The NHS number's verification status: "present and verified" only when the GP ticked that they
     * verified it, else "present but not traced" (see {@link ReferPatientView}).
     */
    static FormReferralMessage of(FhirContext fhir, Answers answers, String practiceOdsCode, String practitionerName,
                                  Instant now, ZoneId zone) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Resource> entries = new ArrayList<>();
        MessageHeader header = new MessageHeader();
        ServiceRequest referral = new ServiceRequest();
        Patient patient = patient(answers, path(2), fields);
        PractitionerRole role = new PractitionerRole();
        Organization practice = new Organization();
        Practitioner practitioner = new Practitioner();
        entries.addAll(List.of(header, referral, patient, role, practice, practitioner));
        entries.forEach(resource -> resource.setId(UUID.randomUUID().toString()));

        practice.addIdentifier(new Identifier().setSystem(PracticeRules.ODS_CODE_SYSTEM).setValue(practiceOdsCode));
        practitioner.addName(new HumanName().setText(practitionerName));
        role.setPractitioner(reference(practitioner)).setOrganization(reference(practice));

        header.setEvent(new Coding("https://fhir.nhs.uk/CodeSystem/message-events-bars", ReferralRules.EVENT, null));
        header.setReason(new CodeableConcept(new Coding("https://fhir.nhs.uk/CodeSystem/message-reason-bars",
                ReferralRules.REASON_NEW, null)));
        header.setSource(new MessageHeader.MessageSourceComponent().setName("Pathways referral form")
                .setEndpoint(SOURCE_ENDPOINT));
        header.addDestination().setEndpoint(DESTINATION_ENDPOINT)
                .setReceiver(new Reference().setIdentifier(ReceivingService.receiver()));
        header.setSender(reference(practice));
        header.addFocus(reference(referral));

        referral.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        referral.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        referral.addCategory(new CodeableConcept(ReceivingService.category())
                .setText("Referral to IPS employment support (Thrive into Work)"));
        referral.setSubject(reference(patient));
        referral.setRequester(reference(role));
        referral.setAuthoredOnElement(new DateTimeType(Date.from(now)));
        if (!isBlank(answers.reason())) {
            referral.addReasonCode(new CodeableConcept().setText(answers.reason().strip()));
        }
        fields.put(path(1) + ".reasonCode", "reason");

        addFlag(entries, fields, patient, "RA", "Reasonable adjustment", answers.reasonableAdjustments(),
                "reasonableAdjustments");
        addFlag(entries, fields, patient, "SG", "Safeguarding", answers.safeguarding(), "safeguarding");
        if (answers.consentGiven()) {
            Consent consent = new Consent();
            consent.setId(UUID.randomUUID().toString());
            consent.setStatus(Consent.ConsentState.ACTIVE);
            consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy", null)));
            consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent"))
                    .setText("Consent to be referred to Thrive into Work and to share the referral's details"));
            consent.setPatient(reference(patient));
            if (answers.consentGivenOn() != null) {
                consent.setDateTimeElement(new DateTimeType(Date.from(answers.consentGivenOn().atStartOfDay(zone)
                        .toInstant()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
            }
            consent.setPolicyRule(new CodeableConcept().setText("Referral to Thrive into Work"));
            fields.put(path(entries.size()), "consentGivenOn");
            entries.add(consent);
        }

        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setTimestamp(Date.from(now));
        for (Resource resource : entries) {
            bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
        }
        return new FormReferralMessage(fhir.newJsonParser().encodeResourceToString(bundle), fields);
    }

    private static Patient patient(Answers answers, String path, Map<String, String> fields) {
        Patient patient = new Patient();
        if (!isBlank(answers.nhsNumber())) {
            Identifier nhsNumber = patient.addIdentifier().setSystem(PatientRules.NHS_NUMBER_SYSTEM)
                    .setValue(answers.nhsNumber().strip());
            String status = answers.nhsNumberVerified() ? PatientRules.VERIFIED : PatientRules.PRESENT_NOT_TRACED;
            nhsNumber.addExtension(PatientRules.VERIFICATION_STATUS,
                    new CodeableConcept(new Coding(VERIFICATION_STATUS_CODES, status, null)));
        }
        fields.put(path + ".identifier", "nhsNumber");
        HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL);
        if (!isBlank(answers.familyName())) {
            name.setFamily(answers.familyName().strip());
        }
        if (!isBlank(answers.givenName())) {
            for (String given : answers.givenName().strip().split("\\s+")) {
                name.addGiven(given);
            }
        }
        fields.put(path + ".name", "familyName");
        fields.put(path + ".name[0].given", "givenName");
        if (answers.dateOfBirth() != null) {
            patient.setBirthDateElement(new DateType(answers.dateOfBirth().toString()));
        }
        fields.put(path + ".birthDate", "dateOfBirth");
        if (!isBlank(answers.sex())) {
            patient.setGender(AdministrativeGender.fromCode(answers.sex()));
        }
        fields.put(path + ".gender", "sex");
        if (!isBlank(answers.phone())) {
            fields.put(path + ".telecom[" + patient.getTelecom().size() + "]", "phone");
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(answers.phone().strip());
        }
        if (!isBlank(answers.email())) {
            fields.put(path + ".telecom[" + patient.getTelecom().size() + "]", "email");
            patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(answers.email().strip());
        }
        if (!isBlank(answers.address()) || !isBlank(answers.postcode())) {
            Address address = patient.addAddress().setUse(Address.AddressUse.HOME);
            if (!isBlank(answers.address())) {
                answers.address().strip().lines().map(String::strip).filter(line -> !line.isEmpty())
                        .forEach(address::addLine);
            }
            if (!isBlank(answers.postcode())) {
                address.setPostalCode(answers.postcode().strip());
            }
        }
        fields.put(path + ".address", "address");
        fields.put(path + ".address[0].postalCode", "postcode");
        return patient;
    }

    private static void addFlag(List<Resource> entries, Map<String, String> fields, Patient patient, String code,
                                String display, String text, String field) {
        if (isBlank(text)) {
            return;
        }
        Flag flag = new Flag();
        flag.setId(UUID.randomUUID().toString());
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORIES, code, display)));
        flag.setCode(new CodeableConcept().setText(text.strip()));
        flag.setSubject(reference(patient));
        fields.put(path(entries.size()), field);
        entries.add(flag);
    }

    private static Reference reference(Resource resource) {
        return new Reference("urn:uuid:" + resource.getIdElement().getIdPart());
    }

    private static String path(int index) {
        return FhirPaths.entry(index);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
