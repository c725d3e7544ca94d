package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;
import uk.wmpathways.caseservice.api.organisation.OrganisationRules;
import uk.wmpathways.infra.organisation.ProviderOrganisations.Organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The organisation forms: a new organisation (code, name, what it serves), a new name, or what it serves. The
 * fields carry the command's names, so what the service refuses is shown on its field.
 */
class OrganisationDialog extends Dialog {

    /** Sends the command made from the form; answers whether it was recorded (else the fields say why). */
    interface Action {
        boolean send(OrganisationDialog form);
    }

    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final CheckboxGroup<Pathway> pathways = new CheckboxGroup<>("Pathways");
    final CheckboxGroup<LocalAuthority> localAuthorities = new CheckboxGroup<>("Local authorities");
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private OrganisationDialog(String title, String saveLabel, boolean withCode, boolean withName,
                               boolean withServices, Action action) {
        setHeaderTitle(title);
        setId("organisation-form");
        setWidth("min(560px, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (withCode) {
            code.setId("organisation-code");
            code.setHelperText(OrganisationRules.CODE_RULE + "; it never changes");
            code.setMaxLength(40);
            form.add(code);
            fields.put("code", code);
        }
        if (withName) {
            name.setId("organisation-name");
            name.setMaxLength(OrganisationRules.MAX_NAME_LENGTH);
            form.add(name);
            fields.put("name", name);
        }
        if (withServices) {
            pathways.setId("organisation-pathways");
            pathways.setItems(Pathway.values());
            pathways.setItemLabelGenerator(Pathway::label);
            localAuthorities.setId("organisation-local-authorities");
            localAuthorities.setItems(LocalAuthority.values());
            localAuthorities.setItemLabelGenerator(LocalAuthority::displayName);
            form.add(pathways, localAuthorities);
            fields.put("pathways", pathways);
            fields.put("localAuthorities", localAuthorities);
        }
        add(form);
        Button save = new Button(saveLabel, click -> {
            if (action.send(this)) {
                close();
            }
        });
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("organisation-cancel");
        getFooter().add(cancel, save);
    }

    static OrganisationDialog newOrganisation(Action create) {
        return new OrganisationDialog("New organisation", "Create organisation", true, true, true, create);
    }

    static OrganisationDialog rename(Organisation organisation, Action rename) {
        OrganisationDialog dialog = new OrganisationDialog("Rename " + organisation.name(), "Rename", false, true,
                false, rename);
        dialog.name.setValue(organisation.name());
        return dialog;
    }

    static OrganisationDialog services(Organisation organisation, Action change) {
        OrganisationDialog dialog = new OrganisationDialog("What " + organisation.name() + " serves", "Save",
                false, false, true, change);
        dialog.pathways.setValue(served(Pathway.class, organisation::servesPathway));
        dialog.localAuthorities.setValue(served(LocalAuthority.class, organisation::servesLocalAuthority));
        return dialog;
    }

    String code() {
        return code.getValue().trim();
    }

    Set<Pathway> chosenPathways() {
        return pathways.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(pathways.getValue());
    }

    Set<LocalAuthority> chosenLocalAuthorities() {
        return localAuthorities.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(localAuthorities.getValue());
    }

    private static <E extends Enum<E>> Set<E> served(Class<E> type, Predicate<String> serves) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> serves.test(value.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
