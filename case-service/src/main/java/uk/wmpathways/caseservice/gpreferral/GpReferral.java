package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.gpreferral.CancelGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.EraseGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAccepted;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralCancelled;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralErased;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralOpened;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.ReferredPatient;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejected;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.ReceiveGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral a GP practice sent into Thrive into Work, identified by our referral id, and what became of it:
 * requested (received from the practice) → received (the service opened it) → accepted or rejected, or cancelled
 * by the practice before either. Who may send the receipt is decided in {@code CommandAccess}; that the message is
 * new, in {@link GpReferralReceiptHandler}. Deciding needs what only the referral knows: the service's caseworkers
 * are those of its receiving organisation, the practice's GP referrers may cancel it.
 */
@Aggregate(cache = "gpReferralCache")
class GpReferral {

    static final int LONGEST_NOTE = 2000;

    @AggregateIdentifier
    private String referralId;
    private String practiceOdsCode;
    private String receivingOrganisation;
    private GpReferralStatus status;
    private long version;
    /** Its personal data erased at the end of its retention period: nothing more is decided on it. */
    private boolean erased;

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
        if (isBlank(command.receivingOrganisation())) {
            problems.add(new FieldProblem("receivingOrganisation", "Name the organisation the referral goes to"));
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
                command.flags(), command.consent(), command.receivedBy(), clock.instant(),
                command.receivingOrganisation()));
    }

    /**
     * The first opening moves it from requested to received; opening it again records nothing. Answers the
     * referral's version after it, the one to decide on.
     */
    @CommandHandler
    long handle(OpenGpReferral command, MetaData metaData, Clock clock) {
        requireServiceCaseworker(Caller.of(metaData));
        if (status == GpReferralStatus.REQUESTED && !erased) {
            apply(new GpReferralOpened(referralId, command.openedBy(), clock.instant()));
        }
        return version;
    }

    @CommandHandler
    void handle(AcceptGpReferral command, MetaData metaData, Clock clock) {
        requireServiceCaseworker(Caller.of(metaData));
        requireUndecided();
        requireVersion(command.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(command.participantId())) {
            problems.add(new FieldProblem("participantId", "Name the participant the referral is for"));
        }
        if (isBlank(command.enrolmentId())) {
            problems.add(new FieldProblem("enrolmentId", "Name the Thrive into Work enrolment it starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new GpReferralAccepted(referralId, command.participantId(), command.enrolmentId(),
                command.acceptedBy(), clock.instant()));
    }

    @CommandHandler
    void handle(RejectGpReferral command, MetaData metaData, Clock clock) {
        requireServiceCaseworker(Caller.of(metaData));
        requireUndecided();
        requireVersion(command.expectedVersion());
        String note = isBlank(command.note()) ? null : command.note().trim();
        List<FieldProblem> problems = new ArrayList<>();
        if (command.reason() == null) {
            problems.add(new FieldProblem("reason", "Choose why the referral is not taken on"));
        } else if (command.reason() == GpReferralRejectionReason.OTHER && note == null) {
            problems.add(new FieldProblem("note", "Say why in a note when the reason is another one"));
        }
        if (note != null && note.length() > LONGEST_NOTE) {
            problems.add(new FieldProblem("note", "Keep the note to " + LONGEST_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new GpReferralRejected(referralId, command.reason(), note, command.rejectedBy(), clock.instant()));
    }

    /** Only the referring practice's GP referrers, and only before the service decided. */
    @CommandHandler
    void handle(CancelGpReferral command, MetaData metaData, Clock clock) {
        Caller caller = Caller.of(metaData);
        if (!caller.system() && !caller.refersFor(practiceOdsCode)) {
            throw new AccessRefusedException("Only a GP referrer of the referring practice cancels its referral");
        }
        requireUndecided();
        apply(new GpReferralCancelled(referralId, command.cancelledBy(), clock.instant()));
    }

    /**
     * The retention job's only, for a referral that never became an enrolment (an accepted one is erased with the
     * person it was accepted for). Erased already: nothing more is recorded.
     */
    @CommandHandler
    void handle(EraseGpReferral command, MetaData metaData, Clock clock) {
        if (!Caller.of(metaData).system()) {
            throw new AccessRefusedException("Only the retention job erases a GP referral that was not accepted");
        }
        if (status == null) {
            throw new UnknownGpReferralException();
        }
        if (status == GpReferralStatus.ACCEPTED) {
            throw new ErasureRefusedException("An accepted GP referral is erased with the person it was accepted for");
        }
        if (!erased) {
            apply(new GpReferralErased(referralId, command.erasedBy(), clock.instant()));
        }
    }

    private void requireServiceCaseworker(Caller caller) {
        if (!caller.system() && !caller.worksFor(receivingOrganisation)) {
            throw new AccessRefusedException(
                    "Only a caseworker of the organisation the referral was sent to decides it");
        }
    }

    private void requireUndecided() {
        if (status == null) {
            throw new UnknownGpReferralException(); // the id is another kind of record's
        }
        if (status.decided()) {
            throw new GpReferralAlreadyDecidedException(status.words());
        }
        if (erased) {
            throw new GpReferralAlreadyDecidedException("erased at the end of its retention period");
        }
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleGpReferralVersionException(version);
        }
    }

    String practiceOdsCode() {
        return practiceOdsCode;
    }

    @EventSourcingHandler
    void on(GpReferralReceived event) {
        referralId = event.referralId();
        practiceOdsCode = event.practiceOdsCode();
        receivingOrganisation = event.receivingOrganisation();
        status = GpReferralStatus.REQUESTED;
        version = 0;
    }

    @EventSourcingHandler
    void on(GpReferralOpened event) {
        status = GpReferralStatus.RECEIVED;
        version++;
    }

    @EventSourcingHandler
    void on(GpReferralAccepted event) {
        status = GpReferralStatus.ACCEPTED;
        version++;
    }

    @EventSourcingHandler
    void on(GpReferralRejected event) {
        status = GpReferralStatus.REJECTED;
        version++;
    }

    @EventSourcingHandler
    void on(GpReferralCancelled event) {
        status = GpReferralStatus.CANCELLED;
        version++;
    }

    @EventSourcingHandler
    void on(GpReferralErased event) {
        erased = true;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Where the referral stands, as the FHIR Task status names it. */
    enum GpReferralStatus {
        REQUESTED("requested"), RECEIVED("received"), ACCEPTED("accepted"), REJECTED("rejected"),
        CANCELLED("cancelled");

        private final String words;

        GpReferralStatus(String words) {
            this.words = words;
        }

        boolean decided() {
            return this == ACCEPTED || this == REJECTED || this == CANCELLED;
        }

        String words() {
            return words;
        }
    }
}
