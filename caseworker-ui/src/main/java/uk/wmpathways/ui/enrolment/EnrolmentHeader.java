package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary.CurrentJob;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.casework.DetailsList;
import uk.wmpathways.ui.casework.Directory;
import uk.wmpathways.ui.participant.ParticipantView;

import java.util.stream.Collectors;

/** Whose enrolment it is, on which pathway, where it stands, who delivers it and what is running. */
class EnrolmentHeader extends VerticalLayout {

    EnrolmentHeader(EnrolmentSummary enrolment, Directory directory) {
        setPadding(false);
        setSpacing(false);
        H2 title = new H2();
        RouterLink participant = new RouterLink(enrolment.participantName(), ParticipantView.class,
                enrolment.participantId());
        participant.setId("enrolment-participant");
        title.add(participant);
        Span pathway = new Span(enrolment.pathway().label());
        pathway.setId("enrolment-pathway");
        pathway.addClassName("pathways-pathway");
        Span stage = new Span(enrolment.stage().label());
        stage.setId("enrolment-stage");
        stage.addClassName("pathways-stage");

        DetailsList details = new DetailsList()
                .add("Organisation", directory.organisationName(enrolment.providerOrganisation()), "enrolment-organisation")
                .add("Worker", directory.displayNameOf(enrolment.assignedWorker()), "enrolment-worker")
                .add("Local authority", enrolment.localAuthority().displayName())
                .add("Funding stream", enrolment.fundingStream().label())
                .add(enrolment.pathway() == Pathway.ROUGH_SLEEPING_INITIATIVE ? "First contact" : "Referred",
                        UkFormats.date(enrolment.startedOn()))
                .add("Last contact", enrolment.lastContactOn() == null ? "None yet" : UkFormats.date(enrolment.lastContactOn()));
        if (enrolment.pathway() == Pathway.THRIVE_INTO_WORK) {
            details.add("Enrolled", enrolment.enrolledOn() == null ? "Not yet" : UkFormats.date(enrolment.enrolledOn()))
                    .add("Trial arm", trialArm(enrolment), "enrolment-trial-arm")
                    .add("Current jobs", enrolment.currentJobs().isEmpty() ? "None"
                            : enrolment.currentJobs().stream().map(EnrolmentHeader::job).collect(Collectors.joining("; ")),
                            "enrolment-jobs");
        }
        if (enrolment.pathway() == Pathway.HOUSING_FIRST) {
            details.add("Tenancy", enrolment.currentTenancy() == null ? "None"
                    : enrolment.currentTenancy().property() + ", since " + UkFormats.date(enrolment.currentTenancy().startedOn()),
                    "enrolment-tenancy");
        }
        if (enrolment.closedOn() != null) {
            details.add("Closed", UkFormats.date(enrolment.closedOn())
                    + (enrolment.exitReason() == null ? "" : ": " + enrolment.exitReason().label()), "enrolment-closed");
        }
        add(title, new Span(pathway, new Span(" · "), stage), details);
    }

    /** Only trial-funded enrolments are randomised: outside the trial there is no arm to wait for. */
    private static String trialArm(EnrolmentSummary enrolment) {
        if (enrolment.trialArm() != null) {
            return enrolment.trialArm().label();
        }
        return enrolment.fundingStream() == FundingStream.THRIVE_INTO_WORK_TRIAL
                ? "Not allocated yet" : "None: not in the trial (IPS support)";
    }

    private static String job(CurrentJob job) {
        return job.description() + ", since " + UkFormats.date(job.startedOn());
    }
}
