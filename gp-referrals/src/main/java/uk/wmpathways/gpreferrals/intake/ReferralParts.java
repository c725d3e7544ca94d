package uk.wmpathways.gpreferrals.intake;

import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.ServiceRequest;
import uk.wmpathways.gpreferrals.intake.MessageBundle.Entry;

/**
 * The resources of a referral message that the rules found and checked: the header, the referral
 * (ServiceRequest), the person referred, the referring practice and, when given, who at the practice referred
 * them (the practitioner and their role may be null).
 */
public record ReferralParts(MessageBundle bundle, Entry<MessageHeader> header, Entry<ServiceRequest> serviceRequest,
                           Entry<Patient> patient, Entry<Organization> practice, Entry<Practitioner> practitioner,
                           Entry<PractitionerRole> practitionerRole) {
}
