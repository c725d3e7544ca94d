package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.MessageIds;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferralConsent;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferralFlag;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.ReferredPerson;
import uk.wmpathways.gpreferrals.intake.GpReferralRequest.Referrer;
import uk.wmpathways.gpreferrals.intake.PatientRules.GivenNhsNumber;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the parts of a referral message that passed {@link ReferralRules} into a {@link GpReferralRequest}.
 * Resources we do not use (encounters, conditions, observations...) are ignored; Flags and a Consent about the
 * referred person are kept.
 */
public final class GpReferralReader {

    private GpReferralReader() {
    }

    public static GpReferralRequest read(ReferralParts parts, String referralId) {
        MessageIds ids = new MessageIds(idOf(parts.bundle().bundle()), idOf(parts.header().resource()),
                idOf(parts.serviceRequest().resource()));
        List<String> reason = Stream.concat(
                        parts.serviceRequest().resource().getReasonCode().stream().map(GpReferralReader::words),
                        parts.serviceRequest().resource().getNote().stream().map(Annotation::getText))
                .filter(Objects::nonNull).filter(text -> !text.isBlank()).toList();
        return new GpReferralRequest(referralId, ids,
                PracticeRules.odsCode(parts.practice().resource()).orElseThrow(),
                parts.practice().resource().getName(), referrer(parts), person(parts.patient().resource()),
                FhirDates.ukDay(parts.serviceRequest().resource().getAuthoredOnElement()), reason,
                flags(parts), consent(parts));
    }

    private static Referrer referrer(ReferralParts parts) {
        if (parts.practitioner() == null && parts.practitionerRole() == null) {
            return null;
        }
        Practitioner practitioner = parts.practitioner() == null ? null : parts.practitioner().resource();
        String name = practitioner == null || !practitioner.hasName() ? null
                : practitioner.getNameFirstRep().getNameAsSingleString();
        String sdsUserId = practitioner == null ? null : practitioner.getIdentifier().stream()
                .filter(identifier -> "https://fhir.nhs.uk/Id/sds-user-id".equals(identifier.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(null);
        String role = parts.practitionerRole() == null || !parts.practitionerRole().resource().hasCode() ? null
                : words(parts.practitionerRole().resource().getCodeFirstRep());
        return new Referrer(name, sdsUserId, role);
    }

    private static ReferredPerson person(Patient patient) {
        Optional<GivenNhsNumber> nhsNumber = PatientRules.nhsNumber(patient);
        HumanName name = patient.getName().stream().filter(HumanName::hasFamily).findFirst()
                .orElse(patient.getNameFirstRep());
        return new ReferredPerson(nhsNumber.filter(GivenNhsNumber::usable).map(GivenNhsNumber::digits).orElse(null),
                nhsNumber.map(GivenNhsNumber::verificationStatus).orElse(null),
                name.hasGiven() ? name.getGivenAsSingleString() : null, name.getFamily(),
                FhirDates.day(patient.getBirthDateElement()),
                patient.hasGender() ? patient.getGender().toCode() : null,
                telecom(patient, ContactPoint.ContactPointSystem.PHONE),
                telecom(patient, ContactPoint.ContactPointSystem.EMAIL),
                patient.hasAddress() ? patient.getAddressFirstRep().getLine().stream().map(line -> line.getValue())
                        .toList() : List.of(),
                patient.hasAddress() ? patient.getAddressFirstRep().getPostalCode() : null);
    }

    private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
        return patient.getTelecom().stream().filter(point -> point.getSystem() == system)
                .map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static List<ReferralFlag> flags(ReferralParts parts) {
        return parts.bundle().all(Flag.class).stream().map(MessageBundle.Entry::resource)
                .filter(flag -> flag.getStatus() == Flag.FlagStatus.ACTIVE)
                .filter(flag -> isAboutThePatient(parts, parts.bundle().resolve(flag.getSubject())))
                .map(flag -> {
                    Coding category = flag.hasCategory() ? flag.getCategoryFirstRep().getCodingFirstRep() : null;
                    return new ReferralFlag(category == null ? null : category.getCode(),
                            category == null ? null : category.getDisplay(), words(flag.getCode()));
                }).toList();
    }

    private static ReferralConsent consent(ReferralParts parts) {
        return parts.bundle().all(Consent.class).stream().map(MessageBundle.Entry::resource)
                .filter(consent -> isAboutThePatient(parts, parts.bundle().resolve(consent.getPatient())))
                .findFirst()
                .map(consent -> new ReferralConsent(consent.hasStatus() ? consent.getStatus().toCode() : null,
                        consent.getCategory().stream().map(GpReferralReader::words).filter(Objects::nonNull)
                                .toList(),
                        FhirDates.ukDay(consent.getDateTimeElement()),
                        consent.hasPolicyRule() ? words(consent.getPolicyRule()) : null))
                .orElse(null);
    }

    private static boolean isAboutThePatient(ReferralParts parts, Optional<MessageBundle.Entry<Resource>> subject) {
        return subject.map(entry -> entry.index() == parts.patient().index()).orElse(false);
    }

    /** A concept in words: its text, else its first coding's display, else its code. */
    private static String words(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        Coding coding = concept.getCodingFirstRep();
        return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
    }

    /** A resource's id as the sender gave it (HAPI takes a {@code urn:uuid:} full URL as the id). */
    static String idOf(Resource resource) {
        if (!resource.hasIdElement()) {
            return null;
        }
        String id = resource.getIdElement().getIdPart();
        return id != null && id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
    }
}
