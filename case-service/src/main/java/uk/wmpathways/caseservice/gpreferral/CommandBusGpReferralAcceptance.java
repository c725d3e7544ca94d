package uk.wmpathways.caseservice.gpreferral;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.RegisterParticipant;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.caseservice.api.enrolment.ReferToThriveIntoWork;
import uk.wmpathways.caseservice.api.enrolment.StepProblems;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkReferralSource;
import uk.wmpathways.caseservice.api.enrolment.ThriveIntoWorkRules;
import uk.wmpathways.caseservice.api.gpreferral.AcceptGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAlreadyDecidedException;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralConsent;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralReceived;
import uk.wmpathways.caseservice.api.gpreferral.StaleGpReferralVersionException;
import uk.wmpathways.caseservice.api.gpreferral.UnknownGpReferralException;
import uk.wmpathways.caseservice.enrolment.Participants;
import uk.wmpathways.caseservice.gpreferral.GpReferralDetailsQueryHandler.ReadGpReferralDetails;
import uk.wmpathways.caseservice.participant.ParticipantSharing;
import uk.wmpathways.caseservice.participant.RegisteredNhsNumbers;
import uk.wmpathways.infra.access.AccessRefusedException;
import uk.wmpathways.infra.access.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A caseworker of the receiving organisation accepts a GP referral: the person is linked to an existing
 * participant (the one the caseworker chose, or the one holding the referral's verified NHS number: the same
 * person, linked automatically) or registered from the referral's details, then their Thrive into Work enrolment
 * starts (source GP, the practice's ODS code, referred on the day the GP wrote the referral, with the receiving
 * organisation), then the referral records its acceptance. Each step is its own command, decided on the bus for
 * the caller like any other; the participant's and enrolment's ids follow from the referral's, so a retry after a
 * partial failure finishes the steps left instead of registering the person twice. Published to the web and
 * the UI as {@link GpReferralAcceptance}.
 */
@Component
class CommandBusGpReferralAcceptance implements GpReferralAcceptance {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RegisteredNhsNumbers nhsNumbers;
    private final Participants participants;
    private final ParticipantSharing sharing;
    private final Clock clock;

    CommandBusGpReferralAcceptance(CommandGateway commands, QueryGateway queries, RegisteredNhsNumbers nhsNumbers,
                                   Participants participants, ParticipantSharing sharing, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.nhsNumbers = nhsNumbers;
        this.participants = participants;
        this.sharing = sharing;
        this.clock = clock;
    }

    @Override
    public Accepted accept(String referralId, Acceptance acceptance, Caller caller) {
        GpReferralDetails referral = queries.query(new ReadGpReferralDetails(referralId),
                        ResponseTypes.optionalInstanceOf(GpReferralDetails.class)).join()
                .orElseThrow(UnknownGpReferralException::new);
        String enrolmentId = GpReferralAcceptance.enrolmentIdFor(referralId);
        if (referral.decided()) {
            if ("accepted".equals(referral.status()) && enrolmentId.equals(referral.enrolmentId())) {
                return new Accepted(referralId, referral.participantId(), enrolmentId, false, false,
                        "This referral was accepted already: the enrolment is the one it started");
            }
            throw new GpReferralAlreadyDecidedException(referral.status());
        }
        if (referral.version() != acceptance.expectedVersion()) {
            throw new StaleGpReferralVersionException(referral.version());
        }
        Person person = personFor(referral, acceptance, caller);
        ReferToThriveIntoWork start = new ReferToThriveIntoWork(enrolmentId, person.participantId(),
                referral.receivingOrganisation(), acceptance.localAuthority(), acceptance.fundingStream(),
                blankAsNull(acceptance.assignedWorker()), ThriveIntoWorkReferralSource.GP,
                referral.received().practiceOdsCode(), referral.authoredOn(), "gp-referral:" + referralId,
                caller.username());
        List<FieldProblem> problems = new ArrayList<>();
        StepProblems startProblems = new StepProblems(LocalDate.now(clock), null, null);
        ThriveIntoWorkRules.referral(start, startProblems);
        problems.addAll(startProblems.found());
        if (person.registration() != null) {
            RegistrationRules.problems(person.registration(), LocalDate.now(clock)).stream()
                    .filter(problem -> problems.stream().map(FieldProblem::field).noneMatch(problem.field()::equals))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems); // before anything is recorded
        }
        if (person.registration() != null && !participants.exists(person.participantId())) {
            commands.sendAndWait(person.registration());
        }
        commands.sendAndWait(start);
        commands.sendAndWait(new AcceptGpReferral(referralId, acceptance.expectedVersion(), person.participantId(),
                enrolmentId, caller.username()));
        return new Accepted(referralId, person.participantId(), enrolmentId, person.registration() != null,
                person.sameVerifiedNhsNumber(), person.message());
    }

    /** Who the referral is for: the participant to link, or the registration to send. */
    private record Person(String participantId, RegisterParticipant registration, boolean sameVerifiedNhsNumber,
                          String message) {
    }

    private Person personFor(GpReferralDetails referral, Acceptance acceptance, Caller caller) {
        String chosen = blankAsNull(acceptance.participantId());
        Optional<String> sameNumber = Optional.ofNullable(referral.verifiedNhsNumber())
                .flatMap(nhsNumbers::participantWith);
        if (sameNumber.isPresent()) {
            if (chosen != null && !chosen.equals(sameNumber.get())) {
                throw new InvalidCommandException(List.of(new FieldProblem("participantId",
                        "The referral's verified NHS number is another participant's: link to that participant")));
            }
            return new Person(sameNumber.get(), null, true, "Linked to the participant with the same verified NHS "
                    + "number: the same person");
        }
        if (chosen != null) {
            if (!participants.exists(chosen)) {
                throw new InvalidCommandException(List.of(new FieldProblem("participantId",
                        "No participant has this id")));
            }
            if (!caller.system() && !sharing.supports(caller.organisation(), chosen)) {
                throw new AccessRefusedException("This person's record is not shared with your organisation");
            }
            return new Person(chosen, null, false, "Linked to the participant chosen");
        }
        return new Person(GpReferralAcceptance.participantIdFor(referral.received().referralId()),
                registrationFrom(referral, acceptance, caller), false,
                "Registered as a new participant from the referral");
    }

    /**
     * The person registered from the referral: consent as the lawful basis when the referral carried a consent
     * that stands (given on its date, else the referral's), otherwise public task; the referral holds health
     * details, so the special category condition is explicit consent or health or social care.
     */
    private RegisterParticipant registrationFrom(GpReferralDetails referral, Acceptance acceptance, Caller caller) {
        GpReferralReceived received = referral.received();
        GpReferralConsent consent = referral.standingConsent();
        LawfulBasis basis = consent == null ? LawfulBasis.PUBLIC_TASK : LawfulBasis.CONSENT;
        SpecialCategoryCondition condition = consent == null ? SpecialCategoryCondition.HEALTH_OR_SOCIAL_CARE
                : SpecialCategoryCondition.EXPLICIT_CONSENT;
        LocalDate consentGivenOn = consent == null ? null
                : Objects.requireNonNullElse(consent.givenOn(), referral.authoredOn());
        return new RegisterParticipant(GpReferralAcceptance.participantIdFor(received.referralId()),
                firstGiven(acceptance.givenName(), received.givenName()), received.familyName(),
                received.dateOfBirth(), received.nhsNumber(), acceptance.localAuthority(),
                firstGiven(acceptance.phone(), received.phone()), firstGiven(acceptance.email(), received.email()),
                caller.username(), null, basis, condition, consentGivenOn);
    }

    private static String firstGiven(String fromCaseworker, String fromReferral) {
        String given = blankAsNull(fromCaseworker);
        return given != null ? given : blankAsNull(fromReferral);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
