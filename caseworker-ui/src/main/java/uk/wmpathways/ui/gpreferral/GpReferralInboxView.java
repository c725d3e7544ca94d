package uk.wmpathways.ui.gpreferral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxQueries.ListGpReferralInbox;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.EnrolmentView;
import uk.wmpathways.ui.grid.LinkRows;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The IPS service's GP referral inbox, for the caseworkers of the organisation that receives GP referrals: each
 * referral with its practice, referrer, dates, reason, flags, status and the duplicate check's result; its row (a
 * link) shows it in full (and records that the service has seen it), to accept or reject. What each caseworker may
 * read and decide is the query handlers' and the referral's to decide; the page is offered to the receiving
 * organisation only, and to programme managers: every receiving organisation's worklist without the person, nothing
 * to open or decide.
 */
@Route(value = GpReferralInboxView.ROUTE, layout = MainLayout.class)
@PageTitle("GP referrals | Pathways")
@RolesAllowed({"CASEWORKER", "PROGRAMME_MANAGER"})
public class GpReferralInboxView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver {

    public static final String ROUTE = "gp-referral-inbox";
    /** The query parameter naming the referral to open: a row's link, so that it opens by tap, click or Enter. */
    static final String REFERRAL = "referral";

    private static final int POLL_MILLIS = 1000;
    private static final int MOST_POLLS = 15;

    private final QueryGateway queries;
    private final GpReferralDecisions decisions;
    /** A programme manager's view: every receiving organisation's worklist, without the person. */
    private final boolean worklistOnly;
    private final Grid<GpReferralInboxEntry> grid = new Grid<>(GpReferralInboxEntry.class, false);
    private final Paragraph empty = new Paragraph("No GP referrals yet.");
    /** Duplicate checks made for this showing of the list, by referral: each asked once, a page in one query. */
    private final Map<String, Optional<LikelyMatches>> duplicateChecks = new HashMap<>();
    private Map<String, String> duplicateCheckWords = Map.of();
    /** The entries as shown. */
    private List<GpReferralInboxEntry> shown = List.of();
    private Registration waiting;

    public GpReferralInboxView(QueryGateway queries, GpReferralDecisions decisions,
                               ProviderOrganisations organisations) {
        this.queries = queries;
        this.decisions = decisions;
        this.worklistOnly = decisions.isProgrammeManager();
        setId("gp-inbox-page");
        addClassName("pathways-page");
        empty.setId("gp-inbox-empty");
        grid.setId("gp-referral-inbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        if (worklistOnly) {
            grid.addColumn(e -> UkFormats.dateTime(e.receivedAt())).setHeader("Received").setAutoWidth(true);
            grid.addColumn(e -> organisations.nameOf(e.receivingOrganisation())).setHeader("Receiving organisation")
                    .setAutoWidth(true);
            grid.addComponentColumn(this::who).setHeader("Practice").setFlexGrow(1);
            grid.addColumn(GpReferralWords::status).setHeader("Status").setAutoWidth(true);
        } else {
            addReferralColumns();
        }
        add(new H2("GP referrals"), empty, grid);
    }

    /**
     * The service's worklist: a row is the link that opens the referral (or, once accepted, the person's enrolment);
     * on a phone one card a row with the practice, when it came, where it stands and the duplicate check.
     */
    private void addReferralColumns() {
        LinkRows.addLinkColumn(grid, "Person", this::rowLink, GpReferralWords::person, entry -> List.of(
                GpReferralWords.practice(entry), UkFormats.dateTime(entry.receivedAt()), GpReferralWords.status(entry),
                duplicateCheck(entry)));
        LinkRows.wideOnly(
                grid.addColumn(e -> UkFormats.dateTime(e.receivedAt())).setHeader("Received").setAutoWidth(true),
                grid.addComponentColumn(this::who).setHeader("Practice").setFlexGrow(1),
                grid.addComponentColumn(GpReferralInboxView::reasonAndFlags).setHeader("Reason and flags")
                        .setFlexGrow(2),
                grid.addColumn(GpReferralWords::status).setHeader("Status").setAutoWidth(true),
                // wraps rather than widening the grid: the words can be long
                grid.addColumn(this::duplicateCheck).setHeader("Duplicate check").setFlexGrow(1));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (worklistOnly) {
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(REFERRAL).ifPresent(referralId ->
                GpReferralDialog.open(decisions, referralId, () -> refreshUntilDecided(referralId))
                        .ifPresent(dialog -> dialog.addOpenedChangeListener(change -> {
                            if (!change.isOpened()) {
                                // closed: the address is the inbox again, so a reload does not open it anew
                                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ROUTE));
                            }
                        })));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!worklistOnly && !decisions.isReceivingOrganisationCaseworker()) {
            // Another organisation's caseworkers have no inbox: the page is not there for them
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    /**
     * Shows the list again now, and every second until the read model shows {@code referralId} decided (it follows
     * the decision a moment later) or a few seconds pass.
     */
    void refreshUntilDecided(String referralId) {
        if (refresh().stream().noneMatch(e -> e.referralId().equals(referralId) && GpReferralWords.undecided(e))) {
            return;
        }
        UI ui = UI.getCurrent();
        if (waiting != null) {
            waiting.remove();
        }
        int[] polls = {0};
        ui.setPollInterval(POLL_MILLIS);
        waiting = ui.addPollListener(poll -> {
            boolean shown = refresh().stream()
                    .noneMatch(e -> e.referralId().equals(referralId) && GpReferralWords.undecided(e));
            if (shown || ++polls[0] >= MOST_POLLS) {
                ui.setPollInterval(-1);
                waiting.remove();
                waiting = null;
            }
        });
    }

    List<GpReferralInboxEntry> refresh() {
        List<GpReferralInboxEntry> entries = queries.query(new ListGpReferralInbox(null),
                ResponseTypes.multipleInstancesOf(GpReferralInboxEntry.class)).orTimeout(10, TimeUnit.SECONDS).join();
        List<GpReferralInboxEntry> undecided = worklistOnly ? List.of()
                : entries.stream().filter(GpReferralWords::undecided).toList();
        duplicateChecks.keySet().retainAll(undecided.stream().map(GpReferralInboxEntry::referralId).toList());
        // The page's unchecked referrals in one query, not one a row
        Map<String, String> checkWords = decisions.duplicateChecks(undecided, duplicateChecks);
        // Showing the rows again replaces their components (a click on one may be lost): only when they changed
        if (!entries.equals(shown) || !checkWords.equals(duplicateCheckWords)) {
            duplicateCheckWords = checkWords;
            grid.setItems(entries);
            shown = entries;
        }
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        return entries;
    }

    private Component who(GpReferralInboxEntry entry) {
        Div who = new Div(); // the person is the row's link (and a programme manager sees no person)
        Span practice = new Span(GpReferralWords.practice(entry) + ", " + GpReferralWords.referrer(entry)
                + (entry.authoredOn() == null ? "" : ", " + UkFormats.date(entry.authoredOn())));
        practice.addClassName("pathways-form-note");
        who.add(practice);
        return who;
    }

    private static Component reasonAndFlags(GpReferralInboxEntry entry) {
        Div cell = new Div(new Div(GpReferralWords.reason(entry)));
        GpReferralWords.flags(entry).forEach(flag -> {
            Div shown = new Div(flag);
            shown.addClassName("pathways-stage");
            cell.add(shown);
        });
        return cell;
    }

    private String duplicateCheck(GpReferralInboxEntry entry) {
        if (!GpReferralWords.undecided(entry) || entry.person() == null) {
            return "";
        }
        return duplicateCheckWords.getOrDefault(entry.referralId(), "");
    }

    /** An undecided referral opens here, in its dialog; an accepted one at its enrolment; others not at all. */
    private RouterLink rowLink(GpReferralInboxEntry entry) {
        if ("accepted".equals(entry.status()) && entry.enrolmentId() != null) {
            RouterLink enrolment = new RouterLink(EnrolmentView.class,
                    new RouteParameters(EnrolmentView.ENROLMENT_ID, entry.enrolmentId()));
            enrolment.getElement().setAttribute("data-enrolment-id", entry.enrolmentId());
            return enrolment;
        }
        if (!GpReferralWords.undecided(entry)) {
            return null;
        }
        RouterLink open = new RouterLink(GpReferralInboxView.class);
        open.setQueryParameters(QueryParameters.of(REFERRAL, entry.referralId()));
        open.addClassName("gp-referral-open");
        open.getElement().setAttribute("data-referral-id", entry.referralId());
        return open;
    }
}
