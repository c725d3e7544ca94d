package uk.wmpathways.gpreferrals.intake;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.DuplicateGpReferralException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferrer;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.SenderIds;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.util.List;

/**
 * Records a valid GP referral with {@code ReceiveGpReferral} on the command bus; the caller interceptors put the
 * signed-in GP (and their practice) in its metadata, and {@code CommandAccess} and the handler decide. Every
 * referral goes to the {@link ReceivingOrganisation}. A refusal
 * of the write side is answered as FHIR: 409 {@code duplicate} for a message the practice sent already, 403, 422.
 */
@Component
class CommandBusIntake implements GpReferralIntake {

    private final CommandGateway commands;
    private final ReceivingOrganisation receivingOrganisation;

    CommandBusIntake(CommandGateway commands, ReceivingOrganisation receivingOrganisation) {
        this.commands = commands;
        this.receivingOrganisation = receivingOrganisation;
    }

    @Override
    public ReferralReceipt receive(GpReferralRequest referral, String requestId, Caller caller) {
        try {
            String referralId = commands.sendAndWait(commandFor(referral, requestId, caller,
                    receivingOrganisation.code()));
            return new ReferralReceipt(referralId);
        } catch (DuplicateGpReferralException duplicate) {
            boolean byRequestId = requestId != null && !requestId.isBlank();
            throw refused(HttpStatus.CONFLICT, IssueType.DUPLICATE, byRequestId ? "Bundle" : "Bundle.id",
                    "This message was received already (the same " + (byRequestId ? "X-Request-ID" : "bundle id")
                            + " from your practice) as referral " + duplicate.existingReferralId()
                            + ": nothing more was recorded");
        } catch (AccessRefusedException refused) {
            throw refused(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, "Bundle", refused.getMessage());
        } catch (InvalidCommandException invalid) {
            throw new ReferralRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, invalid.problems().stream()
                    .map(problem -> ReferralProblem.unprocessable(IssueType.BUSINESSRULE, "Bundle",
                            problem.message()))
                    .toList());
        }
    }

    /**
     * Another practice's referral is answered as an unknown one (404): a practice learns nothing of another's
     * referrals, not even that one exists.
     */
    @Override
    public void cancel(String referralId, Caller caller) {
        try {
            commands.sendAndWait(new CancelGpReferral(referralId, caller.practice(), caller.username()));
        } catch (AggregateNotFoundException | AccessRefusedException notYours) {
            throw refused(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, "Bundle",
                    "Your practice has no referral with this id to cancel");
        } catch (GpReferralAlreadyDecidedException decided) {
            throw refused(HttpStatus.CONFLICT, IssueType.CONFLICT, "Bundle", decided.getMessage()
                    + ": it can no longer be cancelled; contact the service");
        }
    }

    private static ReceiveGpReferral commandFor(GpReferralRequest referral, String requestId, Caller caller,
                                                String receivingOrganisation) {
        GpReferralRequest.ReferredPerson person = referral.patient();
        GpReferralRequest.Referrer referrer = referral.referrer();
        GpReferralRequest.ReferralConsent consent = referral.consent();
        return new ReceiveGpReferral(referral.referralId(), referral.practiceOdsCode(), referral.practiceName(),
                referrer == null ? null : new GpReferrer(referrer.name(), referrer.sdsUserId(), referrer.role()),
                new SenderIds(requestId, referral.message().bundleId(), referral.message().messageHeaderId(),
                        referral.message().serviceRequestId()),
                new ReferredPatient(person.nhsNumber(), person.nhsNumberVerificationStatus(), person.givenName(),
                        person.familyName(), person.dateOfBirth(), person.gender(), person.phone(), person.email(),
                        person.addressLines(), person.postcode()),
                referral.authoredOn(), referral.reason(),
                referral.flags().stream()
                        .map(flag -> new GpReferralFlag(flag.category(), flag.categoryDisplay(), flag.text())).toList(),
                consent == null ? null : new GpReferralConsent(consent.status(), consent.categories(),
                        consent.givenOn(), consent.policy()),
                caller.username(), receivingOrganisation);
    }

    private static ReferralRefusedException refused(HttpStatus status, IssueType code, String expression,
                                                    String diagnostics) {
        return new ReferralRefusedException(status, List.of(new ReferralProblem(ReferralProblem.Kind.INVALID, code,
                expression, diagnostics)));
    }
}
