package uk.wmpathways.ui.referral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.ParticipantQueries.FindParticipant;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindIncomingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralQueries.FindOutgoingReferrals;
import uk.wmpathways.caseservice.api.referral.ReferralStatus;
import uk.wmpathways.caseservice.api.referral.ReferralSummary;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.EnrolmentView;
import uk.wmpathways.ui.enrolment.FormServices;
import uk.wmpathways.ui.enrolment.ReferralForms;
import uk.wmpathways.ui.grid.LinkRows;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.participant.ParticipantView;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Referrals between organisations, for caseworkers: those made to their organisation (accept, which opens the
 * pathway's start form, or decline with a reason) and those it made, with where each stands (withdraw one that
 * is still waiting). What each may see is the query handlers' to decide.
 */
@Route(value = "referrals", layout = MainLayout.class)
@PageTitle("Referrals | Pathways")
@RolesAllowed("CASEWORKER")
public class ReferralsView extends VerticalLayout {

    /**
     * Names, organisations, reasons and statuses share the width left and wrap: sized to their longest text they
     * made the page scroll sideways on a desktop.
     */
    private static final String SHARED_WIDTH = "6rem";

    private final QueryGateway queries;
    private final FormServices services;
    private final Grid<ReferralSummary> incoming;
    private final Grid<ReferralSummary> outgoing;

    public ReferralsView(QueryGateway queries, FormServices services) {
        this.queries = queries;
        this.services = services;
        addClassName("pathways-page");
        incoming = grid("incoming-referrals", r -> "from " + services.directory().organisationName(r.fromOrganisation()));
        outgoing = grid("outgoing-referrals", r -> "to " + services.directory().organisationName(r.toOrganisation()));

        LinkRows.wideOnly(
                incoming.addColumn(r -> services.directory().organisationName(r.fromOrganisation())).setHeader("From")
                        .setWidth(SHARED_WIDTH).setFlexGrow(1),
                incoming.addColumn(r -> r.reason() == null ? "" : r.reason()).setHeader("Reason")
                        .setWidth(SHARED_WIDTH).setFlexGrow(1),
                incoming.addColumn(ReferralsView::status).setHeader("Status").setWidth(SHARED_WIDTH).setFlexGrow(1));
        incoming.addComponentColumn(this::incomingActions).setHeader("").setAutoWidth(true);

        LinkRows.wideOnly(
                outgoing.addColumn(r -> services.directory().organisationName(r.toOrganisation())).setHeader("To")
                        .setWidth(SHARED_WIDTH).setFlexGrow(1),
                outgoing.addColumn(ReferralsView::status).setHeader("Status").setWidth(SHARED_WIDTH).setFlexGrow(1));
        outgoing.addComponentColumn(this::outgoingActions).setHeader("").setAutoWidth(true);

        add(new H2("Referrals"), new H3("To my organisation"), incoming, new H3("From my organisation"), outgoing);
        incoming.setItems(ask(new FindIncomingReferrals()));
        outgoing.setItems(ask(new FindOutgoingReferrals()));
    }

    /** On a phone the other organisation, the pathway and the status are shown under the person's name. */
    private static Grid<ReferralSummary> grid(String id, Function<ReferralSummary, String> otherOrganisation) {
        Grid<ReferralSummary> grid = new Grid<>(ReferralSummary.class, false);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> participant(r, otherOrganisation.apply(r))).setHeader("Participant")
                .setWidth(SHARED_WIDTH).setFlexGrow(1);
        LinkRows.wideOnly(
                grid.addColumn(r -> r.pathway().shortName()).setHeader("Pathway").setAutoWidth(true),
                grid.addColumn(r -> UkFormats.dateTime(r.madeAt())).setHeader("Referred").setAutoWidth(true));
        LinkRows.followScreenWidth(grid);
        return grid;
    }

    private static Component participant(ReferralSummary referral, String otherOrganisation) {
        Span facts = LinkRows.phoneFacts(List.of(referral.pathway().shortName(), otherOrganisation, status(referral)));
        if (referral.participantName() == null) {
            return new Div(new Span("Not shared"), facts);
        }
        RouterLink link = new RouterLink(referral.participantName(), ParticipantView.class, referral.participantId());
        link.addClassName("pathways-row-link");
        link.add(facts);
        return link;
    }

    private static String status(ReferralSummary referral) {
        return referral.status().label()
                + (referral.declineReason() == null ? "" : ": " + referral.declineReason());
    }

    private Component incomingActions(ReferralSummary referral) {
        if (referral.status() == ReferralStatus.ACCEPTED && referral.enrolmentId() != null) {
            return new RouterLink("Open enrolment", EnrolmentView.class,
                    new RouteParameters(EnrolmentView.ENROLMENT_ID, referral.enrolmentId()));
        }
        if (referral.status() != ReferralStatus.PENDING) {
            return new Span();
        }
        Button accept = action("Accept", "referral-accept", referral, () -> accept(referral));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = action("Decline", "referral-decline", referral, () -> ReferralForms.decline(services,
                referral, status -> replace(incoming, referral, status)));
        HorizontalLayout actions = new HorizontalLayout(accept, decline);
        actions.setWrap(true);
        return actions;
    }

    private Component outgoingActions(ReferralSummary referral) {
        if (referral.status() != ReferralStatus.PENDING) {
            return new Span();
        }
        return action("Withdraw", "referral-withdraw", referral, () -> ReferralForms.withdraw(services, referral,
                status -> replace(outgoing, referral, status)));
    }

    private static Button action(String label, String className, ReferralSummary referral, Runnable open) {
        Button button = new Button(label, e -> open.run());
        button.addClassName(className);
        button.getElement().setAttribute("data-referral-id", referral.referralId());
        return button;
    }

    private void accept(ReferralSummary referral) {
        ParticipantSummary participant = queries.query(new FindParticipant(referral.participantId()),
                ResponseTypes.instanceOf(ParticipantSummary.class)).orTimeout(10, TimeUnit.SECONDS).join();
        if (participant == null) {
            Notification.show("This person's record is not available yet; try again in a moment");
            return;
        }
        ReferralForms.accept(services, participant, referral);
    }

    /** Shows the answer just recorded at once; the read model catches up with it. */
    private static void replace(Grid<ReferralSummary> grid, ReferralSummary referral, ReferralStatus status) {
        List<ReferralSummary> items = new ArrayList<>(grid.getListDataView().getItems().toList());
        items.replaceAll(item -> !item.referralId().equals(referral.referralId()) ? item
                : new ReferralSummary(item.referralId(), item.participantId(), item.participantName(), item.pathway(),
                item.fromOrganisation(), item.toOrganisation(), item.referredBy(), item.reason(), item.madeAt(),
                status, null, null, null, null));
        grid.setItems(items);
    }

    private List<ReferralSummary> ask(Object query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(ReferralSummary.class))
                .orTimeout(10, TimeUnit.SECONDS).join();
    }
}
