package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.Disposable;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.ParticipantPage;
import uk.wmpathways.caseservice.api.ParticipantQueries.SearchParticipants;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.grid.LinkRows;
import uk.wmpathways.ui.layout.MainLayout;

import java.time.Duration;
import java.util.List;

/**
 * Participants, searched by name or NHS number and filtered by local authority. The grid loads a page at a
 * time; a participant registered anywhere appears without a manual refresh (a subscription query on the
 * current search, refreshed at most twice a second).
 */
@Route(value = "participants", layout = MainLayout.class)
@PageTitle("Participants | Pathways")
@RolesAllowed("CASEWORKER")
public class ParticipantListView extends VerticalLayout {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

    private final QueryGateway queries;
    private final TextField search = new TextField();
    private final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    private final Grid<ParticipantSummary> grid = new Grid<>(ParticipantSummary.class, false);
    private final Span count = new Span();
    private SubscriptionQueryResult<ParticipantPage, ParticipantSummary> watch;
    private Disposable watchSubscription;

    public ParticipantListView(QueryGateway queries, AuthenticationContext authentication) {
        this.queries = queries;
        addClassName("pathways-page");
        setSizeFull();

        search.setLabel("Search");
        search.setPlaceholder("Name or NHS number");
        search.setId("participant-search");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        localAuthority.setId("local-authority-filter");
        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(LocalAuthority::displayName);
        localAuthority.setClearButtonVisible(true);
        localAuthority.setPlaceholder("All");
        localAuthority.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(search, localAuthority);
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (authentication.hasRole(Role.CASEWORKER.name())) {
            Button register = new Button("Register participant", VaadinIcon.PLUS.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(RegisterParticipantView.class)));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("register-participant");
            toolbar.add(register);
        }

        grid.setId("participants");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        LinkRows.addLinkColumn(grid, "Name", p -> new RouterLink(ParticipantView.class, p.participantId()),
                p -> p.familyName() + ", " + p.givenName(),
                p -> List.of("born " + UkFormats.date(p.dateOfBirth()), p.localAuthority().displayName()));
        LinkRows.wideOnly(
                grid.addColumn(p -> UkFormats.date(p.dateOfBirth())).setHeader("Date of birth").setAutoWidth(true),
                grid.addColumn(p -> p.nhsNumber() == null ? "" : NhsNumber.formatted(p.nhsNumber()))
                        .setHeader("NHS number").setAutoWidth(true),
                grid.addColumn(p -> p.localAuthority().displayName()).setHeader("Local authority").setAutoWidth(true),
                grid.addColumn(p -> UkFormats.dateTime(p.registeredAt())).setHeader("Registered").setAutoWidth(true));
        grid.setItems(
                query -> page(query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, page(0, 1).total()));
        count.setId("participant-count");

        add(new H2("Participants"), toolbar, count, grid);
        setFlexGrow(1, grid);
    }

    private SearchParticipants currentSearch(int page, int size) {
        return new SearchParticipants(search.getValue(), localAuthority.getValue(), page, size);
    }

    private ParticipantPage page(int page, int size) {
        ParticipantPage result = queries.query(currentSearch(page, size), ResponseTypes.instanceOf(ParticipantPage.class))
                .orTimeout(QUERY_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                .join();
        count.setText(result.total() == 1 ? "1 participant" : result.total() + " participants");
        return result;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(this::watchCurrentSearch);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        watchCurrentSearch(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        super.onDetach(detachEvent);
    }

    private void watchCurrentSearch(UI ui) {
        stopWatching();
        watch = queries.subscriptionQuery(currentSearch(0, 1), ResponseTypes.instanceOf(ParticipantPage.class),
                ResponseTypes.instanceOf(ParticipantSummary.class));
        watchSubscription = watch.updates()
                .sample(Duration.ofMillis(500))
                .subscribe(update -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    private void stopWatching() {
        if (watchSubscription != null) {
            watchSubscription.dispose();
            watchSubscription = null;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
