package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.grid.LinkRows;

import java.util.List;
import java.util.function.Supplier;

/** A participant's enrolments, and the forms that start a new one on each pathway. */
public class ParticipantEnrolments extends VerticalLayout {

    public ParticipantEnrolments(ParticipantSummary participant, FormServices services) {
        setPadding(false);
        List<EnrolmentSummary> enrolments = services.reads().participantEnrolments(participant.participantId());

        HorizontalLayout start = new HorizontalLayout(
                starter("start-housing-first", "Refer to Housing First", () -> new ReferToHousingFirstDialog(services, participant)),
                starter("start-rough-sleeping-initiative", "Record an outreach contact (RSI)",
                        () -> new RecordOutreachContactDialog(services, participant)),
                starter("start-thrive-into-work", "Refer to Thrive into Work",
                        () -> new ReferToThriveIntoWorkDialog(services, participant)));
        start.setWrap(true);

        Grid<EnrolmentSummary> grid = new Grid<>(EnrolmentSummary.class, false);
        grid.setId("participant-enrolments");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        LinkRows.addLinkColumn(grid, "Pathway", ParticipantEnrolments::caseLink, e -> e.pathway().label(),
                e -> List.of(e.stage().label(), services.directory().organisationName(e.providerOrganisation()),
                        "since " + UkFormats.date(e.startedOn())));
        LinkRows.wideOnly(
                grid.addColumn(e -> e.stage().label()).setHeader("Stage").setAutoWidth(true),
                // wraps rather than widening the grid past the page: organisations' names are long
                grid.addColumn(e -> services.directory().organisationName(e.providerOrganisation()))
                        .setHeader("Organisation").setFlexGrow(2),
                grid.addColumn(e -> services.directory().displayNameOf(e.assignedWorker())).setHeader("Worker")
                        .setAutoWidth(true),
                grid.addColumn(e -> UkFormats.date(e.startedOn())).setHeader("Started").setAutoWidth(true));
        grid.setItems(enrolments);

        add(new H3("Enrolments"), start, grid);
    }

    private static RouterLink caseLink(EnrolmentSummary enrolment) {
        return new RouterLink(EnrolmentView.class, new RouteParameters(EnrolmentView.ENROLMENT_ID,
                enrolment.enrolmentId()));
    }

    private static Button starter(String id, String label, Supplier<StartEnrolmentDialog> form) {
        Button button = new Button(label, VaadinIcon.PLUS.create(), e -> form.get().open());
        button.setId(id);
        return button;
    }
}
