package uk.wmpathways.caseservice.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.wmpathways.caseservice.api.ChangeContactDetails;
import uk.wmpathways.caseservice.api.EraseParticipant;
import uk.wmpathways.caseservice.api.ErasureRefusedException;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantContactDetailsChanged;
import uk.wmpathways.caseservice.api.ParticipantErased;
import uk.wmpathways.caseservice.api.ParticipantRegistered;
import uk.wmpathways.caseservice.api.ReapplyErasure;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.caseservice.api.consent.ConsentAlreadyWithdrawnException;
import uk.wmpathways.caseservice.api.consent.ConsentRecorded;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.ConsentWithdrawn;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRecorded;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRules;
import uk.wmpathways.caseservice.api.consent.ProcessingRestricted;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictedException;
import uk.wmpathways.caseservice.api.consent.ProcessingRestrictionLifted;
import uk.wmpathways.caseservice.api.consent.RecordConsent;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.LiftProcessingRestriction;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;
import uk.wmpathways.caseservice.api.consent.UnknownConsentException;
import uk.wmpathways.caseservice.api.consent.WithdrawConsent;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.personaldata.DataSubjectErasedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person supported by one or more programmes. Created by {@link ParticipantRegistrationHandler}. */
@Aggregate(snapshotTriggerDefinition = "participantSnapshotTrigger", cache = "participantCache")
class Participant {

    @AggregateIdentifier
    private String participantId;
    private String nhsNumber;
    private String phoneNumber;
    private String email;
    private String registeringOrganisation;
    private boolean erased;
    private LawfulBasis lawfulBasis;
    /** Restricted because the consent the record is held on was withdrawn. */
    private boolean restricted;
    /** The data protection officer's restriction, null when none (and in snapshots taken before it existed). */
    private RestrictionGround officersRestriction;
    private Map<String, GivenConsent> consents = new LinkedHashMap<>();

    Participant() {
        // for Axon: state is rebuilt from events
    }

    Participant(RegisterParticipant command, String registeringOrganisation, Clock clock) {
        List<FieldProblem> problems = RegistrationRules.problems(command, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        Instant registeredAt = clock.instant();
        apply(new ParticipantRegistered(
                command.participantId(),
                command.givenName().trim(),
                command.familyName().trim(),
                command.dateOfBirth(),
                NhsNumber.digitsOf(command.nhsNumber()).orElse(null),
                command.localAuthority(),
                blankToNull(command.phone()),
                blankToNull(command.email()),
                command.registeredBy(),
                registeredAt,
                command.equality(),
                registeringOrganisation));
        apply(new LawfulBasisRecorded(command.participantId(), command.lawfulBasis(),
                command.specialCategoryCondition(), command.registeredBy(), registeredAt));
        if (command.lawfulBasis() == LawfulBasis.CONSENT) {
            apply(new ConsentRecorded(command.participantId(), registrationConsentId(command.participantId()),
                    ConsentScope.PROCESSING, null, command.registeredBy(), registeredAt, command.consentGivenOn()));
        }
    }

    /** The id of the consent to processing given at registration: derived, so that the aggregate decides alone. */
    static String registrationConsentId(String participantId) {
        return UUID.nameUUIDFromBytes((participantId + "/registration-consent").getBytes()).toString();
    }

    /**
     * Records new contact details; sending the details the participant already has records nothing. Only a
     * caseworker of the organisation that registered the person, or of one that supports them, changes them.
     */
    @CommandHandler
    void handle(ChangeContactDetails command, Clock clock, MetaData metaData, ParticipantSharing sharing) {
        requireSupporting(metaData, sharing, "change their details");
        refuseWhileRestricted();
        List<FieldProblem> problems = new ArrayList<>();
        RegistrationRules.phoneProblem(command.phone()).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        RegistrationRules.emailProblem(command.email()).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        String newPhoneNumber = blankToNull(command.phone());
        String newEmail = blankToNull(command.email());
        if (Objects.equals(newPhoneNumber, phoneNumber) && Objects.equals(newEmail, email)) {
            return;
        }
        apply(new ParticipantContactDetailsChanged(participantId, newPhoneNumber, newEmail, command.changedBy(),
                clock.instant()));
    }

    /**
     * Erases the record: refused while an enrolment of the person is open (close it first: an open case is still
     * being delivered under the basis it was recorded on). Erasing again only completes what the first erasure
     * started (its key destroyed and copies dropped), then says it was done before.
     */
    @CommandHandler
    void handle(EraseParticipant command, Clock clock, MetaData metaData, ErasureChecks checks,
                ErasureExecution execution) {
        if (erased) {
            execution.complete(participantId);
            throw new ErasureRefusedException("This person's record was erased already");
        }
        if (command.ground() == null) {
            throw new InvalidCommandException(List.of(new FieldProblem("ground", "Say on which ground the record is erased")));
        }
        ErasureRules.whyNot(lawfulBasis, command.ground(), hasStandingProcessingConsent(),
                Caller.of(metaData).system()).ifPresent(why -> {
                    throw new ErasureRefusedException(why);
                });
        ErasureRules.whileOpen(checks.openEnrolments(participantId)).ifPresent(why -> {
            throw new ErasureRefusedException(why);
        });
        apply(new ParticipantErased(participantId, command.ground(), command.erasedBy(), clock.instant()));
    }

    /** After a restored backup: the erasure the journal recorded, as it was made (its rules were applied then). */
    @CommandHandler
    void handle(ReapplyErasure command, ErasureExecution execution) {
        if (erased) {
            execution.complete(participantId);
            return;
        }
        apply(new ParticipantErased(participantId, command.ground(), command.erasedBy(), command.erasedAt()));
    }

    @EventSourcingHandler
    void on(ParticipantErased event) {
        erased = true;
        nhsNumber = null;
        phoneNumber = null;
        email = null;
    }

    /**
     * Records or changes the basis. Consent as the basis records the person's consent to processing with it; a
     * basis other than consent lifts a restriction that withdrawn consent had put on the record.
     */
    @CommandHandler
    void handle(RecordLawfulBasis command, Clock clock, MetaData metaData, ParticipantSharing sharing) {
        Instant now = clock.instant();
        requireSupporting(metaData, sharing, "record the basis for holding their record");
        List<FieldProblem> problems = LawfulBasisRules.problems(command.basis(), command.specialCategoryCondition(),
                command.consentGivenOn(), false, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        apply(new LawfulBasisRecorded(participantId, command.basis(), command.specialCategoryCondition(),
                command.recordedBy(), now));
        if (command.basis() == LawfulBasis.CONSENT && !hasStandingProcessingConsent()) {
            apply(new ConsentRecorded(participantId, UUID.randomUUID().toString(), ConsentScope.PROCESSING, null,
                    command.recordedBy(), now, command.consentGivenOn()));
        }
        if (RestrictionRules.consentLiftsRestriction(restricted, officersRestriction)) {
            apply(new ProcessingRestrictionLifted(participantId, command.recordedBy(), now));
        }
    }

    /**
     * Consent to processing given again lifts the restriction its withdrawal put on the record (not the data
     * protection officer's).
     */
    @CommandHandler
    void handle(RecordConsent command, Clock clock, MetaData metaData, ParticipantSharing sharing) {
        Instant now = clock.instant();
        requireSupporting(metaData, sharing, "record their consent");
        List<FieldProblem> problems = ConsentRules.problems(command, lawfulBasis, registeringOrganisation,
                LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        if (command.scope() != ConsentScope.PROCESSING) {
            refuseWhileRestricted();
        }
        apply(new ConsentRecorded(participantId, command.consentId(), command.scope(), command.organisation(),
                command.recordedBy(), now, command.givenOn()));
        if (RestrictionRules.consentLiftsRestriction(restricted, officersRestriction)) {
            apply(new ProcessingRestrictionLifted(participantId, command.recordedBy(), now));
        }
    }

    /**
     * Withdrawal is always possible (it only ever narrows what is done). Withdrawing the consent the record is held
     * on restricts processing.
     */
    @CommandHandler
    void handle(WithdrawConsent command, Clock clock, MetaData metaData, ParticipantSharing sharing) {
        Instant now = clock.instant();
        requireSupporting(metaData, sharing, "record their consent");
        GivenConsent consent = consents.get(command.consentId());
        if (consent == null) {
            throw new UnknownConsentException();
        }
        if (consent.withdrawn()) {
            throw new ConsentAlreadyWithdrawnException();
        }
        apply(new ConsentWithdrawn(participantId, command.consentId(), command.withdrawnBy(), now));
        if (lawfulBasis == LawfulBasis.CONSENT && consent.scope() == ConsentScope.PROCESSING
                && !hasStandingProcessingConsent() && !restricted) {
            apply(new ProcessingRestricted(participantId, command.consentId(), now));
        }
    }

    /** The data protection officer restricts processing: the same ground again records nothing. */
    @CommandHandler
    void handle(RestrictProcessing command, Clock clock) {
        refuseOnceErased();
        if (RestrictionRules.officerRestrictionIsNew(command, officersRestriction)) {
            apply(new ProcessingRestricted(participantId, null, clock.instant(), command.ground(),
                    command.restrictedBy(), blankToNull(command.note())));
        }
    }

    /** The data protection officer lifts every restriction on the record, withdrawn consent's too. */
    @CommandHandler
    void handle(LiftProcessingRestriction command, Clock clock) {
        refuseOnceErased();
        RestrictionRules.requireRestricted(restricted, officersRestriction);
        apply(new ProcessingRestrictionLifted(participantId, command.liftedBy(), clock.instant()));
    }

    private void refuseOnceErased() {
        if (erased) {
            throw new DataSubjectErasedException();
        }
    }

    private void requireSupporting(MetaData metaData, ParticipantSharing sharing, String what) {
        SupportingOrganisations.require(Caller.of(metaData), erased, registeringOrganisation, participantId, sharing,
                what);
    }

    private void refuseWhileRestricted() {
        if (officersRestriction != null) {
            throw new ProcessingRestrictedException(officersRestriction);
        }
        if (restricted) {
            throw new ProcessingRestrictedException();
        }
    }

    private boolean hasStandingProcessingConsent() {
        return consents().values().stream()
                .anyMatch(consent -> consent.scope() == ConsentScope.PROCESSING && !consent.withdrawn());
    }

    @EventSourcingHandler
    void on(LawfulBasisRecorded event) {
        lawfulBasis = event.basis();
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consents().put(event.consentId(), new GivenConsent(event.scope(), event.organisation(), false));
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consents().computeIfPresent(event.consentId(), (id, consent) -> consent.withdrawnNow());
    }

    @EventSourcingHandler
    void on(ProcessingRestricted event) {
        if (event.byTheOfficer()) {
            officersRestriction = event.ground();
        } else {
            restricted = true;
        }
    }

    @EventSourcingHandler
    void on(ProcessingRestrictionLifted event) {
        restricted = false;
        officersRestriction = null;
    }

    /** The consents; a snapshot taken before consents were recorded has none. */
    private Map<String, GivenConsent> consents() {
        if (consents == null) {
            consents = new LinkedHashMap<>();
        }
        return consents;
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        participantId = event.participantId();
        nhsNumber = event.nhsNumber();
        phoneNumber = event.phoneNumber();
        email = event.email();
        registeringOrganisation = event.registeringOrganisation();
    }

    @EventSourcingHandler
    void on(ParticipantContactDetailsChanged event) {
        phoneNumber = event.phoneNumber();
        email = event.email();
    }

    String nhsNumber() {
        return nhsNumber;
    }

    boolean restrictedByWithdrawnConsent() {
        return restricted;
    }

    RestrictionGround officersRestriction() {
        return officersRestriction;
    }

    private static String blankToNull(String text) {
        return RegistrationRules.isBlank(text) ? null : text.trim();
    }
}
