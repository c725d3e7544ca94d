package uk.wmpathways.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.ui.layout.MainLayout;
import uk.wmpathways.ui.casework.CaseloadView;
import uk.wmpathways.ui.gpreferral.MyPracticeReferralsView;
import uk.wmpathways.ui.reports.ReportsView;

/**
 * Where everyone lands after signing in. Caseworkers go straight to their caseload, programme managers to the
 * outcome reports, GP referrers to their practice's referrals.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home | Pathways")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("pathways-page");
        add(new H2("Welcome"));
        add(new Paragraph("Choose a page from the menu."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Role.CASEWORKER.name())) {
            event.forwardTo(CaseloadView.class);
        } else if (authentication.hasRole(Role.PROGRAMME_MANAGER.name())) {
            event.forwardTo(ReportsView.class);
        } else if (authentication.hasRole(Role.GP_REFERRER.name())) {
            event.forwardTo(MyPracticeReferralsView.class);
        }
    }
}
