package uk.wmpathways.app.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import uk.wmpathways.caseservice.api.enrolment.ContactType;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.LogContact;
import uk.wmpathways.caseservice.api.enrolment.RecordEligibilityAndConsent;
import uk.wmpathways.caseservice.api.enrolment.RecordJobStart;
import uk.wmpathways.caseservice.api.gpreferral.OpenGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.RejectGpReferral;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralAcceptance;
import uk.wmpathways.gpreferrals.intake.GpReferralIntake;
import uk.wmpathways.infra.access.Caller;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration;
import uk.wmpathways.infra.security.UserAccountsAutoConfiguration.UserAccountSeed;

import java.util.function.Supplier;

/**
 * Sends the demo GP referrals the way they are sent and decided at work: received through the GP referral intake
 * (the same {@code ReceiveGpReferral} on the command bus as the FHIR endpoint and the "Refer a patient" form) as
 * the demo {@code gp}, cancelled through it by the practice, opened, rejected and accepted
 * ({@link GpReferralAcceptance}, the inbox's and the API's service) as the demo {@code ips} caseworker, whose
 * enrolment steps follow. Each step runs as that person (their caller in the metadata of the unit of work, which
 * the caller interceptors give every command and query sent in it), so every rule is decided as for them. Each step
 * is stored before the next one reads it (acceptance reads the referral from its events).
 */
@Component
class GpReferralsAsSent {

    private static final String CHANNEL = "demo data";

    private final GpReferralIntake intake;
    private final GpReferralAcceptance acceptance;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Caller gp = demoCaller(GpReferralStories.GP);
    private final Caller caseworker = demoCaller(GpReferralStories.CASEWORKER);

    GpReferralsAsSent(GpReferralIntake intake, GpReferralAcceptance acceptance, CommandGateway commands,
                      EventStore eventStore) {
        this.intake = intake;
        this.acceptance = acceptance;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    /** The demo account's caller: the same roles, organisation and practice as its signed-in requests carry. */
    static Caller demoCaller(String username) {
        UserAccountSeed seed = UserAccountsAutoConfiguration.DEMO_USERS.stream()
                .filter(account -> account.username().equals(username)).findFirst().orElseThrow();
        return Caller.person(seed.username(), seed.roles(), seed.organisation(), CHANNEL)
                .withPractice(seed.practiceOdsCode());
    }

    /** Sends one story; a referral recorded by a load that was interrupted is left as it is. */
    void tell(GpReferralStories.Story story) {
        String referralId = story.referralId();
        if (eventStore.lastSequenceNumberFor(referralId).isPresent()) {
            return;
        }
        as(gp, () -> intake.receive(story.referral(), null, gp));
        GpReferralStories.Fate fate = story.fate();
        if (fate == GpReferralStories.Fate.AWAITING) {
            return;
        }
        if (fate == GpReferralStories.Fate.CANCELLED) {
            as(gp, () -> {
                intake.cancel(referralId, gp);
                return null;
            });
            return;
        }
        long version = as(caseworker, () -> commands.<Long>sendAndWait(
                new OpenGpReferral(referralId, caseworker.username())));
        if (fate == GpReferralStories.Fate.REJECTED) {
            as(caseworker, () -> commands.sendAndWait(new RejectGpReferral(referralId, version, story.rejection(),
                    story.rejectionNote(), caseworker.username())));
        } else if (fate.accepted()) {
            accept(story, version);
        }
    }

    private void accept(GpReferralStories.Story story, long version) {
        GpReferralAcceptance.Accepted accepted = as(caseworker, () -> acceptance.accept(story.referralId(),
                new GpReferralAcceptance.Acceptance(version, story.linkTo(), story.area(),
                        FundingStream.THRIVE_INTO_WORK_EXPANSION, null, null, null, null), caseworker));
        String enrolmentId = accepted.enrolmentId();
        String by = caseworker.username();
        as(caseworker, () -> {
            commands.sendAndWait(new RecordEligibilityAndConsent(enrolmentId, true, true, story.eligibleOn(),
                    DemoIds.request("eligibility-and-consent"), null, by));
            if (story.contactedOn() != null) {
                commands.sendAndWait(new LogContact(enrolmentId, ContactType.FACE_TO_FACE, 45, null,
                        story.contactedOn(), DemoIds.request("first-contact"), null, by));
            }
            GpReferralStories.Job job = story.job();
            if (job != null) {
                commands.sendAndWait(new RecordJobStart(enrolmentId, job.employer(), job.jobTitle(), job.sector(),
                        job.hoursPerWeek(), job.hourlyPay(), job.startedOn(), DemoIds.request("job-start"), null,
                        by));
            }
            return null;
        });
    }

    /** One step as {@code caller}, stored when it returns; nothing of it is stored if it is refused. */
    private static <T> T as(Caller caller, Supplier<T> step) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage
                .asCommandMessage("demo data: a step of " + caller.username()).andMetaData(caller.toMetaData()));
        try {
            T result = step.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException refused) {
            unitOfWork.rollback(refused);
            throw refused;
        }
    }
}
