package uk.wmpathways.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.security.UserAccounts;
import uk.wmpathways.ui.AccessibilityStatementView;
import uk.wmpathways.ui.HomeView;
import uk.wmpathways.ui.account.ChangePasswordView;
import uk.wmpathways.ui.account.OneTimeCodesView;
import uk.wmpathways.ui.admin.AccountsView;
import uk.wmpathways.ui.admin.FundingView;
import uk.wmpathways.ui.admin.OrganisationsView;
import uk.wmpathways.ui.casework.CaseloadView;
import uk.wmpathways.ui.casework.DueView;
import uk.wmpathways.ui.gpreferral.GpReferralDecisions;
import uk.wmpathways.ui.gpreferral.GpReferralInboxView;
import uk.wmpathways.ui.gpreferral.MyPracticeReferralsView;
import uk.wmpathways.ui.gpreferral.ReferPatientView;
import uk.wmpathways.ui.participant.ParticipantListView;
import uk.wmpathways.ui.participant.RegisterParticipantView;
import uk.wmpathways.ui.access.AccessLogView;
import uk.wmpathways.ui.dataprotection.SubjectAccessView;
import uk.wmpathways.ui.referral.ReferralsView;
import uk.wmpathways.ui.reports.ReportsView;
import uk.wmpathways.ui.reports.TrialArmConflictsView;

/**
 * The frame of every signed-in page: navigation offers only what the signed-in person's role allows. Styles come from a
 * static stylesheet, not a theme folder, so that no custom frontend bundle (npm) is needed.
 */
@StyleSheet("context://styles/pathways.css")
public class MainLayout extends AppLayout {

    private final MainContent main = new MainContent();

    public MainLayout(AuthenticationContext authentication, UserAccounts accounts, GpReferralDecisions gpReferrals) {
        addToNavbar(MainContent.skipLink()); // first in the tab order
        AccessibilityFixes.install(this);
        Span brand = new Span("Pathways");
        brand.addClassName("pathways-brand");
        Span user = new Span(authentication.getPrincipalName()
                .flatMap(accounts::find).map(UserAccount::displayName).orElse(""));
        user.addClassName("pathways-user");
        user.setId("signed-in-user");
        user.setTitle(user.getText()); // the whole name, where a phone's top bar cuts it short
        Button changePassword = new Button("Change password",
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setId("change-password");
        changePassword.addClassName("pathways-wide-only"); // a phone's top bar has no room: in the menu there
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        addToNavbar(new DrawerToggle(), brand, user, changePassword, signOut);
        if (!authentication.isAuthenticated()) { // the accessibility statement, open to everyone
            changePassword.setVisible(false);
            signOut.setVisible(false);
            addToNavbar(new com.vaadin.flow.component.html.Anchor("login", "Sign in"));
        }

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Home", HomeView.class, VaadinIcon.HOME.create()));
        if (authentication.hasRole(Role.CASEWORKER.name())) {
            navigation.addItem(new SideNavItem("My caseload", CaseloadView.class, VaadinIcon.CLIPBOARD_USER.create()));
            navigation.addItem(new SideNavItem("Due", DueView.class, VaadinIcon.CALENDAR_CLOCK.create()));
            navigation.addItem(new SideNavItem("Referrals", ReferralsView.class, VaadinIcon.EXCHANGE.create()));
            if (gpReferrals.isReceivingOrganisationCaseworker()) {
                navigation.addItem(new SideNavItem("GP referrals", GpReferralInboxView.class,
                        VaadinIcon.STETHOSCOPE.create()));
            }
        }
        if (authentication.hasRole(Role.CASEWORKER.name())) {
            navigation.addItem(new SideNavItem("Participants", ParticipantListView.class, VaadinIcon.USERS.create()));
            navigation.addItem(new SideNavItem("Register participant", RegisterParticipantView.class,
                    VaadinIcon.PLUS.create()));
        }
        if (authentication.hasRole(Role.GP_REFERRER.name())) {
            navigation.addItem(new SideNavItem("My practice's referrals", MyPracticeReferralsView.class,
                    VaadinIcon.LIST.create()));
            navigation.addItem(new SideNavItem("Refer a patient", ReferPatientView.class, VaadinIcon.PLUS.create()));
        }
        if (authentication.hasAnyRole(Role.PROGRAMME_MANAGER.name(), Role.ADMIN.name())) {
            navigation.addItem(new SideNavItem("Outcome reports", ReportsView.class, VaadinIcon.BAR_CHART.create()));
        }
        if (gpReferrals.isProgrammeManager()) {
            navigation.addItem(new SideNavItem("GP referrals", GpReferralInboxView.class,
                    VaadinIcon.STETHOSCOPE.create()));
        }
        if (authentication.hasRole(Role.PROGRAMME_MANAGER.name())) {
            navigation.addItem(new SideNavItem("Trial arm conflicts", TrialArmConflictsView.class,
                    VaadinIcon.SPLIT.create()));
        }
        if (authentication.hasRole(Role.ADMIN.name())) {
            navigation.addItem(new SideNavItem("Accounts", AccountsView.class, VaadinIcon.USER_CARD.create()));
            navigation.addItem(new SideNavItem("Organisations", OrganisationsView.class,
                    VaadinIcon.BUILDING.create()));
            navigation.addItem(new SideNavItem("Funding", FundingView.class, VaadinIcon.MONEY.create()));
        }
        if (authentication.hasRole(Role.DATA_PROTECTION.name())) {
            navigation.addItem(new SideNavItem("Access log", AccessLogView.class, VaadinIcon.EYE.create()));
            navigation.addItem(new SideNavItem("Subject access", SubjectAccessView.class,
                    VaadinIcon.FILE_TEXT_O.create()));
        }
        // In the menu, not the top bar: the top bar is full on a phone already
        SideNavItem oneTimeCodes = new SideNavItem("Two-step sign-in", OneTimeCodesView.class,
                VaadinIcon.KEY.create());
        oneTimeCodes.setId("one-time-codes");
        navigation.addItem(oneTimeCodes);
        if (authentication.isAuthenticated()) {
            SideNavItem changePasswordInMenu = new SideNavItem("Change password", ChangePasswordView.class,
                    VaadinIcon.LOCK.create());
            changePasswordInMenu.addClassName("pathways-narrow-only");
            navigation.addItem(changePasswordInMenu);
        }
        SideNavItem accessibility = new SideNavItem("Accessibility", AccessibilityStatementView.class,
                VaadinIcon.INFO_CIRCLE_O.create());
        accessibility.setId("accessibility-statement-link");
        navigation.addItem(accessibility);
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new IdleWarning()); // hidden until shortly before the session would end; placed by its style
    }

    @Override
    protected void afterNavigation() {
        super.afterNavigation();
        // A page opened from a form low on a phone's screen would open as far down: the content scrolls inside the
        // layout, where the browser keeps the old position.
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + "if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
    }

    /**
     * The view inside the page's main landmark, under the page's one H1. AppLayout's own method, replaced here, is
     * what calls {@link #afterNavigation()}: without it a phone's menu stays open and a new page opens scrolled.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.show(content);
        setContent(main);
        afterNavigation();
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.clear(oldContent);
    }
}
