package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.ListTrialArmConflicts;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflict;
import uk.wmpathways.caseservice.api.identity.LinkedRecordQueries.TrialArmConflicts;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.concurrent.TimeUnit;

/**
 * The trial manager's list of records linked as one person after each was allocated a different trial arm: the two
 * records (ids only), their arms, when linked, and whether a later decision unlinked them. Who may read it is the
 * query handler's rule (programme managers); the role here only keeps the menu honest.
 */
@Route(value = "trial-arm-conflicts", layout = MainLayout.class)
@PageTitle("Linked records with different trial arms | Pathways")
@RolesAllowed("PROGRAMME_MANAGER")
public class TrialArmConflictsView extends VerticalLayout {

    public TrialArmConflictsView(QueryGateway queries) {
        addClassName("pathways-page");
        setId("trial-arm-conflicts-page");
        TrialArmConflicts conflicts = queries.query(new ListTrialArmConflicts(),
                ResponseTypes.instanceOf(TrialArmConflicts.class)).orTimeout(10, TimeUnit.SECONDS).join();
        add(new H2("Linked records with different trial arms"), new Paragraph("Records decided to be one person "
                + "after each had been allocated an arm. Neither allocation was changed; the trial's analysis decides "
                + "how to count the person (intention to treat: by the first randomisation)."));
        if (conflicts.conflicts().isEmpty()) {
            Paragraph none = new Paragraph("No linked records have different trial arms.");
            none.setId("no-trial-arm-conflicts");
            add(none);
            return;
        }
        Grid<TrialArmConflict> grid = new Grid<>();
        grid.setId("trial-arm-conflicts");
        grid.addColumn(TrialArmConflict::firstParticipantId).setHeader("Record").setAutoWidth(true);
        grid.addColumn(conflict -> conflict.firstArm().name()).setHeader("Arm").setAutoWidth(true);
        grid.addColumn(TrialArmConflict::secondParticipantId).setHeader("Linked record").setAutoWidth(true);
        grid.addColumn(conflict -> conflict.secondArm().name()).setHeader("Arm").setAutoWidth(true);
        grid.addColumn(conflict -> UkFormats.dateTime(conflict.linkedAt())).setHeader("Linked").setAutoWidth(true);
        grid.addColumn(conflict -> conflict.resolved() ? "Unlinked " + UkFormats.dateTime(conflict.unlinkedAt())
                : "Open").setHeader("Resolved").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(conflicts.conflicts());
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
