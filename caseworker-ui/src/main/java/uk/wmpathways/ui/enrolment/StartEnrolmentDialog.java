package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.FundingStream;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.StartEnrolmentCommand;
import uk.wmpathways.caseservice.api.referral.AcceptReferral;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.caseservice.api.referral.StartDetails;
import uk.wmpathways.ui.casework.Directory;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The form that starts an enrolment on a pathway: which organisation delivers it (the worker's own by default),
 * where, from which funds (only the pathway's), and who works with the person (the signed-in worker by
 * default). The enrolment id is chosen when the form opens, so that sending it twice starts one enrolment.
 */
abstract class StartEnrolmentDialog extends CommandDialog {

    protected final String enrolmentId = UUID.randomUUID().toString();
    protected final ParticipantSummary participant;
    private final Pathway pathway;
    private final ComboBox<String> providerOrganisation = new ComboBox<>("Organisation");
    private final ComboBox<String> assignedWorker = new ComboBox<>("Worker");
    private final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    private final Select<FundingStream> fundingStream;
    private String referralId;

    protected StartEnrolmentDialog(FormServices services, String title, Pathway pathway, ParticipantSummary participant) {
        super(services, title + ": " + participant.givenName() + " " + participant.familyName(), "Record");
        this.participant = participant;
        this.pathway = pathway;
        Directory directory = services.directory();

        providerOrganisation.setItems(directory.organisations().keySet());
        providerOrganisation.setItemLabelGenerator(directory::organisationName);
        providerOrganisation.setRequiredIndicatorVisible(true);
        check(field("providerOrganisation", providerOrganisation).asRequired("Choose the organisation"));
        providerOrganisation.addValueChangeListener(e -> offerWorkersOf(e.getValue()));

        assignedWorker.setClearButtonVisible(true);
        assignedWorker.setHelperText("Leave empty when nobody is assigned yet");
        check(field("assignedWorker", assignedWorker));

        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(LocalAuthority::displayName);
        localAuthority.setRequiredIndicatorVisible(true);
        check(field("localAuthority", localAuthority).asRequired("Choose the local authority"));

        List<FundingStream> streams = Arrays.stream(FundingStream.values()).filter(s -> s.pathway() == pathway).toList();
        fundingStream = FormFields.choice("Funding stream", streams, FundingStream::label);
        check(field("fundingStream", fundingStream).asRequired("Choose the funding stream"));

        directory.myOrganisation().filter(directory.organisations()::containsKey).ifPresent(providerOrganisation::setValue);
        localAuthority.setValue(participant.localAuthority());
        if (streams.size() == 1) {
            fundingStream.setValue(streams.get(0));
        }
    }

    private void offerWorkersOf(String organisation) {
        Workers.offer(assignedWorker, services.directory(), organisation, null);
        boolean iWorkThere = services.directory().caseworkersOf(organisation).stream()
                .anyMatch(account -> account.username().equals(recordedBy));
        assignedWorker.setValue(iWorkThere ? recordedBy : null);
    }

    /**
     * Makes this form the acceptance of {@code referral}: the enrolment starts for the caseworker's own
     * organisation, and sending the form accepts the referral ({@link #started}).
     */
    void accepting(ReferralSummary referral) {
        this.referralId = referral.referralId();
        setHeaderTitle("Accept referral: " + participant.givenName() + " " + participant.familyName());
        explain("Referred by " + services.directory().organisationName(referral.fromOrganisation())
                + (referral.reason() == null ? "" : ": " + referral.reason())
                + ". Accepting starts the enrolment with these details.");
        services.directory().myOrganisation().ifPresent(providerOrganisation::setValue);
        providerOrganisation.setReadOnly(true);
        save.setText("Accept and start");
    }

    /** What the form sends: the start itself, or when accepting a referral, the acceptance carrying it. */
    protected Object started(StartEnrolmentCommand start) {
        return referralId == null ? start
                : new AcceptReferral(referralId, enrolmentId, StartDetails.of(start), recordedBy);
    }

    protected String providerOrganisation() {
        return providerOrganisation.getValue();
    }

    protected String assignedWorker() {
        return assignedWorker.getValue();
    }

    protected LocalAuthority localAuthority() {
        return localAuthority.getValue();
    }

    protected FundingStream fundingStream() {
        return fundingStream.getValue();
    }

    @Override
    protected void accepted(Object result, UI ui) {
        services.reads().awaitEnrolment(enrolmentId, shown -> true).thenAccept(shown -> ui.access(() -> {
            close();
            Notification.show(pathway.label() + ": enrolment started", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            ui.navigate(EnrolmentView.class, new RouteParameters(EnrolmentView.ENROLMENT_ID, enrolmentId));
        }));
    }
}
