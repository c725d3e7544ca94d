package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.ChangeOrganisationServices;
import uk.wmpathways.caseservice.api.organisation.CreateOrganisation;
import uk.wmpathways.caseservice.api.organisation.ReinstateOrganisation;
import uk.wmpathways.caseservice.api.organisation.RenameOrganisation;
import uk.wmpathways.caseservice.api.organisation.RetireOrganisation;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.organisation.ProviderOrganisations.Organisation;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's provider organisations: each with what it serves and whether it is retired, a "New
 * organisation" form, and per row rename, what it serves, retire or reinstate. Every change is a command on the
 * bus, decided there for the API and this view alike.
 */
@Route(value = "admin/organisations", layout = MainLayout.class)
@PageTitle("Organisations | Pathways")
@RolesAllowed("ADMIN")
public class OrganisationsView extends VerticalLayout {

    private final CommandGateway commands;
    private final ProviderOrganisations organisations;
    private final AuthenticationContext authentication;
    private final Grid<Organisation> grid = new Grid<>();

    public OrganisationsView(CommandGateway commands, ProviderOrganisations organisations,
                             AuthenticationContext authentication) {
        this.commands = commands;
        this.organisations = organisations;
        this.authentication = authentication;
        addClassName("pathways-page");

        Button create = new Button("New organisation", VaadinIcon.PLUS.create(), click -> OrganisationDialog
                .newOrganisation(form -> sent(new CreateOrganisation(form.code(), form.name.getValue(),
                        form.chosenPathways(), form.chosenLocalAuthorities(), me()), form.fields)).open());
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("organisations");
        grid.addColumn(Organisation::code).setHeader("Code").setAutoWidth(true).setSortable(true);
        grid.addColumn(Organisation::name).setHeader("Name").setAutoWidth(true).setSortable(true);
        grid.addColumn(OrganisationsView::pathways).setHeader("Pathways").setAutoWidth(true);
        grid.addColumn(OrganisationsView::localAuthorities).setHeader("Local authorities").setAutoWidth(true);
        grid.addColumn(organisation -> organisation.active() ? "Active" : "Retired").setHeader("State")
                .setAutoWidth(true);
        // Frozen: on a narrow screen the other columns scroll, the row's actions stay in view
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        add(new H2("Organisations"), new Paragraph("The provider organisations that deliver enrolments. A retired "
                + "organisation takes on no new enrolments or accounts; its history keeps its name."), create, grid);
        refresh();
    }

    private HorizontalLayout actions(Organisation organisation) {
        String code = organisation.code();
        Button rename = new Button("Rename", click -> OrganisationDialog.rename(organisation,
                form -> sent(new RenameOrganisation(code, form.name.getValue(), me()), form.fields)).open());
        rename.setId("rename-" + code);
        Button services = new Button("Serves", click -> OrganisationDialog.services(organisation,
                form -> sent(new ChangeOrganisationServices(code, form.chosenPathways(),
                        form.chosenLocalAuthorities(), me()), form.fields)).open());
        services.setId("services-" + code);
        Button retiring = organisation.active()
                ? new Button("Retire", click -> confirmRetirement(organisation))
                : new Button("Reinstate", click -> sent(new ReinstateOrganisation(code, me()), Map.of()));
        retiring.setId((organisation.active() ? "retire-" : "reinstate-") + code);
        HorizontalLayout buttons = new HorizontalLayout(rename, services, retiring);
        buttons.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void confirmRetirement(Organisation organisation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Retire " + organisation.name() + "?");
        dialog.setId("confirm-retirement");
        dialog.add(new Paragraph("It will take on no new enrolments, transfers or accounts. Its enrolments, "
                + "caseworkers and history stay, and it can be reinstated."));
        Button retire = new Button("Retire", click -> {
            dialog.close();
            sent(new RetireOrganisation(organisation.code(), me()), Map.of());
        });
        retire.setId("confirm-retirement-yes");
        retire.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), retire);
        dialog.open();
    }

    private boolean sent(Object command, Map<String, ? extends HasValidation> fields) {
        boolean recorded = SentCommands.send(commands, command, fields);
        refresh();
        return recorded;
    }

    private void refresh() {
        grid.setItems(organisations.organisations());
    }

    private String me() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private static String pathways(Organisation organisation) {
        return Arrays.stream(Pathway.values()).filter(pathway -> organisation.servesPathway(pathway.name()))
                .map(Pathway::shortName).collect(Collectors.joining(", "));
    }

    private static String localAuthorities(Organisation organisation) {
        long served = Arrays.stream(LocalAuthority.values())
                .filter(area -> organisation.servesLocalAuthority(area.name())).count();
        return served == LocalAuthority.values().length ? "All"
                : Arrays.stream(LocalAuthority.values()).filter(area -> organisation.servesLocalAuthority(area.name()))
                .map(LocalAuthority::displayName).collect(Collectors.joining(", "));
    }
}
