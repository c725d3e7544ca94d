package uk.wmpathways.caseservice.api.enrolment;

import uk.wmpathways.caseservice.api.LocalAuthority;

/** The first event of an enrolment: whose it is, which organisation delivers it, where and from which funds. */
public interface EnrolmentStartedEvent extends EnrolmentEvent {

    String participantId();

    String providerOrganisation();

    LocalAuthority localAuthority();

    FundingStream fundingStream();

    /** The worker assigned from the start (username), or null. */
    String assignedWorker();
}
