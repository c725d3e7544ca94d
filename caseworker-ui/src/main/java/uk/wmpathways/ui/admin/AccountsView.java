package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.AccountAdministration;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.NoSuchAccountException;
import uk.wmpathways.infra.security.AccountService;
import uk.wmpathways.infra.security.SecurityEvents;
import uk.wmpathways.infra.security.TwoStepSignIn;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.ui.layout.MainLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * The administrator's accounts: every account with its role and state, a "New account" form, and per row
 * disable / enable, reset password, change role, reset one-time codes (a lost phone) and unlock. The same {@link AccountAdministration} as
 * {@code /api/admin/accounts}; a one-time password is shown once, in a dialog.
 */
@Route(value = "admin/accounts", layout = MainLayout.class)
@PageTitle("Accounts | Pathways")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout {

    private final AccountAdministration administration;
    private final AccountService accountService;
    private final ProviderOrganisations organisations;
    private final AuthenticationContext authentication;
    private final TwoStepSignIn twoStep;
    private final Grid<UserAccount> grid = new Grid<>();

    public AccountsView(AccountAdministration administration, AccountService accountService,
                        ProviderOrganisations organisations, AuthenticationContext authentication,
                        TwoStepSignIn twoStep) {
        this.twoStep = twoStep;
        this.administration = administration;
        this.accountService = accountService;
        this.organisations = organisations;
        this.authentication = authentication;
        addClassName("pathways-page");

        Button newAccount = new Button("New account", VaadinIcon.PLUS.create(), click -> AccountFormDialog
                .newAccount(organisations, entered -> {
                    var issued = administration.create(me(), entered, clientAddress());
                    refresh();
                    new OneTimePasswordDialog("Account created", issued).open();
                }).open());
        newAccount.setId("new-account");
        newAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setAutoWidth(true).setSortable(true);
        grid.addColumn(account -> account.role() == null ? "" : account.role().label()).setHeader("Role")
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(account -> account.organisation() != null ? organisations.nameOf(account.organisation())
                : account.practiceOdsCode() != null ? "Practice " + account.practiceOdsCode() : "")
                .setHeader("Organisation or practice").setAutoWidth(true);
        grid.addColumn(this::state).setHeader("State").setAutoWidth(true);
        // Frozen: on a narrow screen the other columns scroll, the row's actions stay in view
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);

        add(new H2("Accounts"), new Paragraph("People who can sign in. A new account, and a reset password, get a "
                + "one-time password that the person replaces with their own at first sign-in."), newAccount, grid);
        refresh();
    }

    private String state(UserAccount account) {
        List<String> state = new ArrayList<>();
        state.add(account.enabled() ? "Enabled" : "Disabled");
        if (administration.isLocked(account.username())) {
            state.add("locked after failed sign-ins");
        }
        if (account.mustChangePassword()) {
            state.add("waiting for first sign-in");
        }
        return String.join(", ", state);
    }

    private HorizontalLayout actions(UserAccount account) {
        String username = account.username();
        boolean own = username.equals(me());
        Button enabling = account.enabled()
                ? new Button("Disable", click -> confirm("Disable " + account.displayName() + "?",
                "They will not be able to sign in until an administrator enables the account again.", "Disable",
                () -> administration.disable(me(), username, clientAddress())))
                : new Button("Enable", click -> act(() -> administration.enable(me(), username, clientAddress())));
        enabling.setId((account.enabled() ? "disable-" : "enable-") + username);
        enabling.setEnabled(!own);
        Button reset = new Button("Reset password", click -> confirm("Reset the password of "
                + account.displayName() + "?", "Their password stops working at once; you get a one-time password "
                + "to give them.", "Reset password", () -> new OneTimePasswordDialog("Password reset",
                administration.resetPassword(me(), username, clientAddress())).open()));
        reset.setId("reset-" + username);
        reset.setEnabled(!own);
        Button role = new Button("Change role", click -> AccountFormDialog.changeRole(account, organisations,
                change -> {
                    administration.changeRole(me(), username, change, clientAddress());
                    refresh();
                }).open());
        role.setId("role-" + username);
        HorizontalLayout buttons = new HorizontalLayout(enabling, reset, role);
        if (twoStep.state(username) != TwoStepSignIn.State.OFF) {
            Button codes = new Button("Reset one-time codes", click -> confirm("Reset the one-time codes of "
                    + account.displayName() + "?", "Their authenticator app stops working for Pathways; they sign "
                    + "in with their password and set codes up again (at once where their role requires them).",
                    "Reset codes", () -> twoStep.reset(me(), username, clientAddress())));
            codes.setId("reset-codes-" + username);
            codes.setEnabled(!own);
            buttons.add(codes);
        }
        if (administration.isLocked(username)) {
            Button unlock = new Button("Unlock", click -> act(() -> accountService.unlock(username, clientAddress())));
            unlock.setId("unlock-" + username);
            buttons.add(unlock);
        }
        buttons.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void confirm(String question, String consequence, String yes, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(question);
        dialog.setId("confirm-account-action");
        dialog.add(new Paragraph(consequence));
        Button confirm = new Button(yes, click -> {
            dialog.close();
            act(action);
        });
        confirm.setId("confirm-account-action-yes");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (AccountConflictException | NoSuchAccountException | AccessDeniedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(administration.list(me()));
        } catch (AccessDeniedException e) { // disabled or demoted since this session signed in
            grid.setItems(List.of());
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String me() {
        return authentication.getPrincipalName().orElseThrow();
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? SecurityEvents.NO_CLIENT : request.getRemoteAddr();
    }
}
