package uk.wmpathways.ui.casework;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.wmpathways.caseservice.api.enrolment.DueEntry;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.EnrolmentView;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.grid.LinkRows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is due or overdue, soonest first, for the signed-in worker or their organisation. Each item links to
 * the enrolment with the form that records it already open.
 */
@Route(value = "due", layout = MainLayout.class)
@PageTitle("Due | Pathways")
@RolesAllowed("CASEWORKER")
public class DueView extends VerticalLayout {

    static final String MINE = "For me";
    static final String ORGANISATION = "For my organisation";
    static final List<Integer> HORIZONS_IN_DAYS = List.of(7, 14, 28, 90);
    /** This week's work plus everything overdue; the 28-day no-contact items show with 28 days. */
    static final int OPENS_ON_DAYS = 7;
    static final String HELP = "Overdue items are always shown. Choose 28 days to see everyone's next contact.";

    private final CaseworkReads reads;
    private final Directory directory;
    private final Clock clock;
    private final String worker;
    private final Optional<String> organisation;
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Whose");
    private final Select<Integer> within = new Select<>();
    private final Span count = new Span();
    private final Grid<DueEntry> grid = new Grid<>(DueEntry.class, false);
    private final Grid.Column<DueEntry> workerColumn;
    private boolean showsWholeOrganisation;

    public DueView(CaseworkReads reads, Directory directory, Clock clock) {
        this.reads = reads;
        this.directory = directory;
        this.clock = clock;
        this.worker = directory.me();
        this.organisation = directory.myOrganisation();
        addClassName("pathways-page");
        setSizeFull();

        scope.setId("due-scope");
        scope.setItems(MINE, ORGANISATION);
        scope.setValue(MINE);
        scope.setItemEnabledProvider(choice -> MINE.equals(choice) || organisation.isPresent());
        scope.addValueChangeListener(e -> refresh());
        within.setId("due-within");
        within.setLabel("Due within");
        within.setItems(HORIZONS_IN_DAYS);
        within.setItemLabelGenerator(days -> days + " days");
        within.setHelperText(HELP);
        within.setValue(OPENS_ON_DAYS);
        within.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(scope, within);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        count.setId("due-count");

        grid.setId("due-items");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LinkRows.addLinkColumn(grid, "Participant", DueView::recordLink, DueEntry::participantName,
                e -> List.of(DueItemText.text(e.item(), LocalDate.now(clock)), e.pathway().shortName(),
                        showsWholeOrganisation ? directory.displayNameOf(e.assignedWorker()) : ""));
        LinkRows.wideOnly(
                grid.addComponentColumn(this::dueOn).setHeader("Due").setAutoWidth(true),
                grid.addColumn(e -> e.item().description()).setHeader("What").setFlexGrow(1),
                grid.addColumn(e -> e.pathway().shortName()).setHeader("Pathway").setAutoWidth(true));
        workerColumn = grid.addColumn(e -> directory.displayNameOf(e.assignedWorker())).setHeader("Worker")
                .setAutoWidth(true);
        LinkRows.wideOnly(workerColumn, grid.addComponentColumn(DueView::recordLink).setHeader("").setAutoWidth(true));

        add(new H2("Due"), filters, count, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        boolean wholeOrganisation = ORGANISATION.equals(scope.getValue()) && organisation.isPresent();
        LocalDate dueBy = dueBy(LocalDate.now(clock), within.getValue());
        List<DueEntry> due = wholeOrganisation ? reads.due(null, organisation.get(), dueBy)
                : reads.due(worker, null, dueBy);
        showsWholeOrganisation = wholeOrganisation;
        workerColumn.setVisible(wholeOrganisation);
        LinkRows.fitWidth(grid);
        grid.setItems(due);
        count.setText(due.size() == 1 ? "1 item" : due.size() + " items");
    }

    /** The last day shown: overdue items are always shown, whatever the horizon. */
    static LocalDate dueBy(LocalDate today, Integer withinDays) {
        return today.plusDays(withinDays == null ? OPENS_ON_DAYS : withinDays);
    }

    private Span dueOn(DueEntry entry) {
        Span date = new Span(UkFormats.date(entry.item().dueOn()));
        date.addClassName("pathways-due");
        if (DueItemText.isOverdue(entry.item(), LocalDate.now(clock))) {
            date.addClassName("pathways-overdue");
            date.setText(date.getText() + " (overdue)");
        }
        return date;
    }

    /** To the enrolment, with the form of the step that clears the item open (on the tenancy or job it is about). */
    static RouterLink recordLink(DueEntry entry) {
        RouterLink link = new RouterLink("Record", EnrolmentView.class,
                new RouteParameters(EnrolmentView.ENROLMENT_ID, entry.enrolmentId()));
        link.setQueryParameters(EnrolmentView.openStep(entry.item()));
        link.addClassName("pathways-record-due");
        link.getElement().setAttribute("data-step", entry.item().step().name());
        link.getElement().setAttribute("data-enrolment-id", entry.enrolmentId());
        return link;
    }
}
