package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;
import uk.wmpathways.ui.date.DateField;

import java.time.LocalDate;

/**
 * The registration form's lawful basis: why we may hold the record, the condition for special category data,
 * and, when consent is the basis, the day the person gave it. Public task is chosen to start with: it is the
 * basis this service holds records on, unless the caseworker chooses another.
 */
class LawfulBasisFields extends FormLayout {

    final Select<LawfulBasis> basis = new Select<>();
    final Select<SpecialCategoryCondition> condition = new Select<>();
    final DateField consentGivenOn = new DateField("Day the person gave consent");

    LawfulBasisFields() {
        basis.setLabel("Lawful basis for holding the record");
        basis.setItems(LawfulBasis.values());
        basis.setItemLabelGenerator(value -> value == null ? "" : value.label());
        basis.setValue(LawfulBasis.PUBLIC_TASK);
        basis.setRequiredIndicatorVisible(true);
        basis.setId("lawful-basis");
        condition.setLabel("Special category condition (health, ethnicity)");
        condition.setItems(SpecialCategoryCondition.values());
        condition.setItemLabelGenerator(value -> value == null ? "" : value.label());
        condition.setEmptySelectionAllowed(true);
        condition.setEmptySelectionCaption("None held");
        condition.setPlaceholder("None held");
        condition.setId("special-category-condition");
        consentGivenOn.setId("consent-given-on");
        consentGivenOn.setVisible(false);
        basis.addValueChangeListener(e -> consentGivenOn.setVisible(e.getValue() == LawfulBasis.CONSENT));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        add(basis, condition, consentGivenOn);
    }

    /** Equality answers are special category data: equality monitoring is their condition unless one is chosen. */
    void equalityAnswered() {
        if (condition.isEmpty()) {
            condition.setValue(SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST_EQUALITY_MONITORING);
        }
    }

    LocalDate consentDay() {
        return basis.getValue() == LawfulBasis.CONSENT ? consentGivenOn.getValue() : null;
    }
}
