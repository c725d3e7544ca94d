package uk.wmpathways.gpreferrals.web;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.Milestone;

import java.util.Date;

/**
 * A GP referral's status as a FHIR {@code Task} (one per referral, with the referral's id): {@code status} after
 * the FHIR workflow, {@code statusReason} the coded reason of a rejection, {@code businessStatus} the furthest
 * Thrive into Work milestone reached and each milestone reached as an {@code output} with its date. The patient
 * and the practice are named by identifier only: nothing personal is repeated.
 */
final class GpReferralTasks {

    static final String REJECTION_REASON_SYSTEM =
            "https://pathways.wmpathways.uk/CodeSystem/gp-referral-rejection-reason";
    static final String OUTPUT_SYSTEM = "https://pathways.wmpathways.uk/CodeSystem/gp-referral-task-output";
    static final String PATIENT_OF_REFERRAL_SYSTEM = "https://pathways.wmpathways.uk/Id/gp-referral-patient";
    static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    static final String TRIAL_ARM = "trial-arm";

    private GpReferralTasks() {
    }

    static Task of(GpReferralStatus status) {
        Task task = new Task();
        task.setId(status.referralId());
        task.getMeta().setLastUpdated(date(status));
        task.setStatus(Task.TaskStatus.fromCode(status.taskStatus()));
        task.setIntent(Task.TaskIntent.ORDER);
        Reference referral = new Reference("ServiceRequest/" + status.referralId())
                .setIdentifier(new Identifier().setSystem(Acknowledgements.REFERRAL_ID_SYSTEM)
                        .setValue(status.referralId()));
        task.addBasedOn(referral);
        task.setFocus(referral.copy());
        task.setFor(new Reference().setIdentifier(new Identifier().setSystem(PATIENT_OF_REFERRAL_SYSTEM)
                .setValue(status.referralId())).setDisplay("The patient of your referral (not repeated here)"));
        task.setRequester(new Reference().setIdentifier(new Identifier().setSystem(ODS_SYSTEM)
                .setValue(status.practiceOdsCode())));
        task.setOwner(new Reference().setDisplay("Thrive into Work (IPS employment support)"));
        if (status.receivedAt() != null) {
            task.setAuthoredOn(Date.from(status.receivedAt()));
        }
        task.setLastModified(date(status));
        if (status.rejectionReason() != null) {
            task.setStatusReason(concept(REJECTION_REASON_SYSTEM, status.rejectionReason(),
                    status.rejectionReasonText()));
        }
        Milestone latest = status.businessStatus();
        if (latest != null) {
            task.setBusinessStatus(concept(Milestone.SYSTEM, latest.code(), latest.label()));
        }
        for (Milestone milestone : Milestone.values()) {
            if (status.milestones().reachedOn(milestone) != null) {
                task.addOutput().setType(concept(Milestone.SYSTEM, milestone.code(), milestone.label()))
                        .setValue(new DateType(status.milestones().reachedOn(milestone).toString()));
            }
        }
        if (status.trialArm() != null) {
            task.addOutput().setType(concept(OUTPUT_SYSTEM, TRIAL_ARM, "Trial arm"))
                    .setValue(concept(OUTPUT_SYSTEM, status.trialArm().name().toLowerCase(),
                            status.trialArm().label()));
        }
        return task;
    }

    private static Date date(GpReferralStatus status) {
        return status.lastModified() == null ? null : Date.from(status.lastModified());
    }

    private static CodeableConcept concept(String system, String code, String words) {
        return new CodeableConcept(new Coding(system, code, words)).setText(words);
    }
}
