package uk.wmpathways.ui.casework;

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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.wmpathways.caseservice.api.enrolment.Caseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.enrolment.Stage;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.EnrolmentView;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.grid.LinkRows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "My caseload": the signed-in worker's active enrolments, with what is due next on each, searched by name (on
 * the server, as plain words) and filtered by pathway and stage, and how many are at each stage (counted with
 * the name search and pathway filter only, so that the counts say what the stage filter will show).
 */
@Route(value = "caseload", layout = MainLayout.class)
@PageTitle("My caseload | Pathways")
@RolesAllowed("CASEWORKER")
public class CaseloadView extends VerticalLayout {

    private final CaseworkReads reads;
    private final Clock clock;
    private final String worker;
    private final TextField name = new TextField("Name");
    private final ComboBox<Pathway> pathway = new ComboBox<>("Pathway");
    private final ComboBox<Stage> stage = new ComboBox<>("Stage");
    private final Span counts = new Span();
    private final Grid<EnrolmentSummary> grid = new Grid<>(EnrolmentSummary.class, false);

    public CaseloadView(CaseworkReads reads, Directory directory, Clock clock) {
        this.reads = reads;
        this.clock = clock;
        this.worker = directory.me();
        addClassName("pathways-page");
        setSizeFull();

        name.setId("caseload-search");
        name.setPlaceholder("Search by name");
        name.setClearButtonVisible(true);
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setMaxLength(FindCaseload.NAME_SEARCH_MAX);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());
        pathway.setId("caseload-pathway");
        pathway.setItems(Pathway.values());
        pathway.setItemLabelGenerator(Pathway::label);
        pathway.setPlaceholder("All");
        pathway.setClearButtonVisible(true);
        pathway.addValueChangeListener(e -> refresh());
        stage.setId("caseload-stage");
        stage.setItems(Arrays.stream(Stage.values()).filter(s -> s != Stage.CLOSED).toList());
        stage.setItemLabelGenerator(Stage::label);
        stage.setPlaceholder("All");
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(name, pathway, stage);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        counts.setId("caseload-counts");
        counts.addClassName("pathways-stage-counts");

        grid.setId("caseload");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        LinkRows.addLinkColumn(grid, "Participant", CaseloadView::caseLink, EnrolmentSummary::participantName,
                e -> List.of(e.pathway().shortName(), e.stage().label(), nextDueText(e)));
        LinkRows.wideOnly(
                grid.addColumn(e -> e.pathway().label()).setHeader("Pathway").setAutoWidth(true),
                grid.addComponentColumn(CaseloadView::stageOf).setHeader("Stage").setAutoWidth(true),
                grid.addColumn(e -> e.lastContactOn() == null ? "None yet" : UkFormats.date(e.lastContactOn()))
                        .setHeader("Last contact").setAutoWidth(true),
                grid.addComponentColumn(this::nextDue).setHeader("Next due").setFlexGrow(1));

        add(new H2("My caseload"), counts, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        Caseload caseload = reads.caseload(worker, pathway.getValue(), stage.getValue(), name.getValue());
        grid.setItems(caseload.enrolments());
        boolean searched = name.getValue() != null && !name.getValue().isBlank();
        counts.setText(searched && caseload.countsByStage().isEmpty() ? "No one on your caseload has this name"
                : countsText(caseload.countsByStage()));
    }

    /** "In tenancy 3 · Referred 1", in the order of the stages. */
    static String countsText(Map<Stage, Long> countsByStage) {
        String text = Arrays.stream(Stage.values())
                .filter(s -> countsByStage.getOrDefault(s, 0L) > 0)
                .map(s -> s.label() + " " + countsByStage.get(s))
                .collect(Collectors.joining(" · "));
        return text.isEmpty() ? "No active enrolments" : text;
    }

    /** The case: a tap on the row opens the enrolment, where every step is recorded. */
    private static RouterLink caseLink(EnrolmentSummary enrolment) {
        RouterLink link = new RouterLink(EnrolmentView.class,
                new RouteParameters(EnrolmentView.ENROLMENT_ID, enrolment.enrolmentId()));
        link.getElement().setAttribute("data-case-enrolment-id", enrolment.enrolmentId());
        return link;
    }

    private String nextDueText(EnrolmentSummary enrolment) {
        return enrolment.dueItems() == null || enrolment.dueItems().isEmpty() ? null
                : DueItemText.text(enrolment.dueItems().get(0), LocalDate.now(clock));
    }

    private static Span stageOf(EnrolmentSummary enrolment) {
        Span stage = new Span(enrolment.stage().label());
        // lets a test (or a person's tooling) find the stage of one enrolment among many rows
        stage.getElement().setAttribute("data-enrolment-id", enrolment.enrolmentId());
        return stage;
    }

    private Span nextDue(EnrolmentSummary enrolment) {
        LocalDate today = LocalDate.now(clock);
        return enrolment.dueItems() == null || enrolment.dueItems().isEmpty() ? new Span("Nothing due")
                : DueItemText.span(enrolment.dueItems().get(0), today);
    }
}
