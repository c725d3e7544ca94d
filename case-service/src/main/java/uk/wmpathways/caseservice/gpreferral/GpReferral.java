package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral a GP practice sent into Thrive into Work, identified by our referral id. This slice records its
 * receipt; accepting or rejecting it (and linking it to a participant) are the next slices'. Who may send it is
 * decided in {@code CommandAccess}; that the message is new, in {@link GpReferralReceiptHandler}.
 */
@Aggregate
class GpReferral {

    @AggregateIdentifier
    private String referralId;
    private String practiceOdsCode;

    GpReferral() {
        // for Axon: state is rebuilt from events
    }

    /** The facts the FHIR intake checked in detail are checked again here only as far as a record needs them. */
    GpReferral(ReceiveGpReferral command, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(command.referralId())) {
            problems.add(new FieldProblem("referralId", "Give the referral an id"));
        }
        if (isBlank(command.practiceOdsCode())) {
            problems.add(new FieldProblem("practiceOdsCode", "Name the referring practice"));
        }
        ReferredPatient patient = command.patient();
        if (patient == null || isBlank(patient.familyName())) {
            problems.add(new FieldProblem("patient.familyName", "Give the person's family name"));
        }
        if (patient == null || patient.dateOfBirth() == null) {
            problems.add(new FieldProblem("patient.dateOfBirth", "Give the person's date of birth"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new GpReferralReceived(command.referralId(), command.practiceOdsCode(), command.practiceName(),
                command.referrer(), command.sender(), patient.nhsNumber(), patient.nhsNumberVerificationStatus(),
                patient.givenName(), patient.familyName(), patient.dateOfBirth(), patient.gender(), patient.phone(),
                patient.email(), patient.addressLines(), patient.postcode(), command.authoredOn(), command.reason(),
                command.flags(), command.consent(), command.receivedBy(), clock.instant()));
    }

    String practiceOdsCode() {
        return practiceOdsCode;
    }

    @EventSourcingHandler
    void on(GpReferralReceived event) {
        referralId = event.referralId();
        practiceOdsCode = event.practiceOdsCode();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
