package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.security.AccountAdministration;
import uk.wmpathways.infra.security.AccountAdministration.AccountConflictException;
import uk.wmpathways.infra.security.AccountAdministration.InvalidAccountException;
import uk.wmpathways.infra.security.AccountAdministration.NewAccount;
import uk.wmpathways.infra.security.AccountAdministration.RoleChange;
import uk.wmpathways.infra.security.Role;
import uk.wmpathways.infra.security.UserAccount;
import uk.wmpathways.infra.web.InvalidField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The "New account" form, and the same role fields for a change of role: the organisation is offered for a
 * caseworker, the practice for a GP referrer. What the service refuses is shown on its field.
 */
class AccountFormDialog extends Dialog {

    /** What the form asks the service to do; throws what the service throws. */
    interface Action {
        void run(NewAccount entered);
    }

    private final TextField username = new TextField("Username");
    private final TextField displayName = new TextField("Name");
    private final Select<Role> role = new Select<>();
    private final ComboBox<String> organisation = new ComboBox<>("Organisation");
    private final TextField practice = new TextField("Practice ODS code");
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final boolean newAccount;

    private AccountFormDialog(String title, ProviderOrganisations organisations, boolean newAccount, Action action) {
        this.newAccount = newAccount;
        setHeaderTitle(title);
        setId("account-form");
        username.setId("account-username");
        username.setHelperText("3 to 64 letters, digits, dots, hyphens or underscores");
        username.setMaxLength(64);
        displayName.setId("account-display-name");
        displayName.setMaxLength(100);
        role.setLabel("Role");
        role.setId("account-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(item -> item == null ? "" : item.label());
        role.setPlaceholder("Choose");
        organisation.setId("account-organisation");
        organisation.setItems(List.copyOf(organisations.active().keySet())); // a retired one takes no accounts
        organisation.setItemLabelGenerator(organisations::nameOf);
        practice.setId("account-practice");
        practice.setHelperText("3 to 10 capital letters or digits, for example M85001");
        practice.setMaxLength(10);
        role.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        showFieldsFor(null);

        fieldsByName.put(AccountAdministration.USERNAME, username);
        fieldsByName.put(AccountAdministration.DISPLAY_NAME, displayName);
        fieldsByName.put(AccountAdministration.ROLE, role);
        fieldsByName.put(AccountAdministration.ORGANISATION, organisation);
        fieldsByName.put(AccountAdministration.PRACTICE_ODS_CODE, practice);
        FormLayout form = newAccount ? new FormLayout(username, displayName, role, organisation, practice)
                : new FormLayout(role, organisation, practice);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("26em");
        add(form);

        Button save = new Button(newAccount ? "Create account" : "Change role", click -> save(action));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    /** The form for a new account; {@code create} calls the service (and shows the one-time password). */
    static AccountFormDialog newAccount(ProviderOrganisations organisations, Consumer<NewAccount> create) {
        return new AccountFormDialog("New account", organisations, true, create::accept);
    }

    /** The role fields of {@code account}, filled with what it has now. */
    static AccountFormDialog changeRole(UserAccount account, ProviderOrganisations organisations,
                                        Consumer<RoleChange> change) {
        AccountFormDialog dialog = new AccountFormDialog("Change role of " + account.displayName(), organisations,
                false, entered -> change.accept(new RoleChange(entered.role(), entered.organisation(),
                entered.practiceOdsCode())));
        dialog.role.setValue(account.role());
        dialog.organisation.setValue(account.organisation());
        dialog.practice.setValue(account.practiceOdsCode() == null ? "" : account.practiceOdsCode());
        return dialog;
    }

    private void showFieldsFor(Role chosen) {
        organisation.setVisible(chosen == Role.CASEWORKER);
        practice.setVisible(chosen == Role.GP_REFERRER);
    }

    private void save(Action action) {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
        Role chosen = role.getValue();
        try {
            action.run(new NewAccount(username.getValue(), displayName.getValue(), chosen,
                    chosen == Role.CASEWORKER ? organisation.getValue() : null,
                    chosen == Role.GP_REFERRER ? practice.getValue() : null));
            close();
        } catch (InvalidAccountException e) {
            e.problems().stream()
                    .collect(Collectors.groupingBy(InvalidField::field, LinkedHashMap::new,
                            Collectors.mapping(InvalidField::message, Collectors.joining(". "))))
                    .forEach(this::showProblem);
        } catch (AccessDeniedException e) {
            close();
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccountConflictException e) {
            // A new account's username is taken; a change of role would take away one's own ADMIN role
            showProblem(newAccount ? AccountAdministration.USERNAME : AccountAdministration.ROLE, e.getMessage());
        }
    }

    private void showProblem(String field, String message) {
        HasValidation target = fieldsByName.getOrDefault(field, role);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
