package uk.wmpathways.ui.gpreferral;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.GpReferralStatusQueries.ListPracticeGpReferrals;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.access.Refusals;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * "My practice's referrals", the page a GP referrer signs in to: each referral their practice sent (through its
 * system or the form), with where it stands in plain words. Only what the practice sent and the service's status:
 * nothing about the person (the status model holds none). Which practice's referrals, and whether the caller may
 * read them at all, is the query handler's to decide; a GP linked to no practice is told so.
 */
@Route(value = MyPracticeReferralsView.ROUTE, layout = MainLayout.class)
@PageTitle("My practice's referrals | Pathways")
@RolesAllowed("GP_REFERRER")
public class MyPracticeReferralsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "gp-referrals";
    /** The query parameter naming a referral just sent from the form. */
    static final String SENT = "sent";
    static final String NO_PRACTICE = "Your account is not linked to a GP practice, so there are no referrals to "
            + "show and you cannot refer yet. Ask an administrator to set your practice's ODS code on your account.";
    private static final int MOST_SHOWN = 200;
    /** Often enough to see the service's decision arrive while looking, cheap enough for a page left open. */
    private static final int POLL_MILLIS = 5000;

    private final QueryGateway queries;
    private final Grid<GpReferralStatus> grid = new Grid<>(GpReferralStatus.class, false);
    private final Paragraph empty = new Paragraph("No referrals from your practice yet.");
    private final Div justSent = new Div();
    private final Paragraph noPractice = new Paragraph(NO_PRACTICE);
    private final Button refer = new Button("Refer a patient", VaadinIcon.PLUS.create(),
            e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ReferPatientView.class)));
    private Registration polling;
    /** The referrals as shown. */
    private List<GpReferralStatus> shown = List.of();

    public MyPracticeReferralsView(QueryGateway queries) {
        this.queries = queries;
        setId("my-practice-referrals");
        addClassName("pathways-page");
        refer.setId("refer-patient");
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty.setId("no-referrals");
        noPractice.setId("no-practice");
        noPractice.addClassName("pathways-form-problem");
        justSent.setId("referral-sent");
        justSent.setVisible(false);
        grid.setId("practice-referrals");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> UkFormats.date(r.authoredOn())).setHeader("Referred on").setAutoWidth(true);
        grid.addColumn(r -> UkFormats.dateTime(r.receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addComponentColumn(MyPracticeReferralsView::references).setHeader("References").setAutoWidth(true);
        grid.addComponentColumn(MyPracticeReferralsView::status).setHeader("Status").setFlexGrow(1);
        grid.setClassNameGenerator(r -> "referral-" + r.referralId());
        add(new H2("My practice's referrals"), justSent, noPractice, refer, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> sent = event.getLocation().getQueryParameters().getSingleParameter(SENT);
        justSent.setVisible(sent.isPresent());
        sent.ifPresent(id -> justSent.setText("Your referral was received (referral " + id
                + "). It is listed below as soon as the service has recorded it."));
        refresh();
    }

    private static Component references(GpReferralStatus referral) {
        Div references = new Div();
        if (referral.senderServiceRequestId() != null) {
            references.add(new Div("Yours: " + referral.senderServiceRequestId()));
        }
        Span ours = new Span("Ours: " + referral.referralId());
        ours.addClassName("pathways-form-note");
        references.add(ours);
        return references;
    }

    private static Component status(GpReferralStatus referral) {
        Div status = new Div();
        status.addClassName("gp-referral-status");
        Span words = new Span(GpReferralStatusWords.status(referral.taskStatus()));
        words.addClassName("pathways-stage");
        status.add(words);
        GpReferralStatusWords.details(referral).forEach(detail -> status.add(new Div(detail)));
        return status;
    }

    /** Shows the practice's referrals now; false when the caller may not list any (no practice). */
    private boolean refresh() {
        try {
            List<GpReferralStatus> referrals = queries.query(new ListPracticeGpReferrals(MOST_SHOWN),
                    ResponseTypes.multipleInstancesOf(GpReferralStatus.class)).orTimeout(10, TimeUnit.SECONDS).join();
            if (!referrals.equals(shown)) {
                // Showing the rows again replaces their components: only when the list changed
                grid.setItems(referrals);
                shown = referrals;
            }
            grid.setVisible(!referrals.isEmpty());
            empty.setVisible(referrals.isEmpty());
            noPractice.setVisible(false);
            refer.setVisible(true);
            if (justSent.isVisible() && referrals.stream().anyMatch(r -> justSent.getText().contains(r.referralId()))) {
                justSent.setText("Your referral was received: it is listed below.");
            }
            return true;
        } catch (CompletionException failure) {
            if (Refusals.of(failure).isEmpty()) {
                throw failure;
            }
            grid.setVisible(false);
            empty.setVisible(false);
            refer.setVisible(false);
            noPractice.setVisible(true);
            return false;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            if (!refresh()) {
                stopPolling(ui);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        ui.setPollInterval(-1);
    }
}
