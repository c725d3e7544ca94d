package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

/**
 * Starts an enrolment. A retry with the same {@code requestId} and {@code enrolmentId} records nothing new.
 * {@code assignedWorker} may be null (then nobody is assigned yet).
 */
public interface StartEnrolmentCommand {

    String enrolmentId();

    String participantId();

    String providerOrganisation();

    LocalAuthority localAuthority();

    FundingStream fundingStream();

    String assignedWorker();

    String requestId();

    String recordedBy();
}
