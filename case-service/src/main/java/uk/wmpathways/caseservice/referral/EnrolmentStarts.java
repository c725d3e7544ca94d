package uk.wmpathways.caseservice.referral;

import org.axonframework.messaging.MetaData;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;

/** Starts the enrolment an accepted referral leads to. */
interface EnrolmentStarts {

    /** Sends {@code start} as the caller in {@code caller}; throws what the start step refuses with. */
    void start(StartEnrolmentCommand start, MetaData caller);
}
