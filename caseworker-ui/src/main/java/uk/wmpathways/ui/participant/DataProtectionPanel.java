package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Consent;
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.ParticipantDataRights;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.enrolment.ConsentForms;
import uk.wmpathways.ui.enrolment.FormServices;

/**
 * What the record is held on and what the person has agreed to: the lawful basis ("Not recorded" for records
 * registered before bases were recorded, with the step that records it), the special category condition, each
 * consent with who recorded it and when, and the steps that record and withdraw consent.
 */
class DataProtectionPanel extends VerticalLayout {

    DataProtectionPanel(ParticipantSummary participant, ParticipantDataRights rights, FormServices casework,
                        Runnable changed) {
        setPadding(false);
        setSpacing(false);
        setId("data-protection");
        add(new H3("Data protection"));
        var directory = casework.directory();
        boolean recorded = rights != null && rights.basis() != null;
        Paragraph basis = new Paragraph("Lawful basis: " + (recorded ? rights.basis().label() : "Not recorded"));
        basis.setId("lawful-basis-shown");
        Paragraph condition = new Paragraph("Special category condition: " + (recorded
                && rights.specialCategoryCondition() != null ? rights.specialCategoryCondition().label() : "None held"));
        condition.setId("special-category-condition-shown");
        add(basis, condition);
        if (recorded && rights.basisRecordedBy() != null) {
            add(new Paragraph("Recorded by " + directory.displayNameOf(rights.basisRecordedBy()) + " on "
                    + UkFormats.dateTime(rights.basisRecordedAt())));
        }
        if (rights != null && rights.restricted()) {
            Paragraph restricted = new Paragraph("Processing restricted: the person withdrew the consent their "
                    + "record is held on. Nothing more can be recorded until they give it again or another basis "
                    + "is recorded.");
            restricted.setId("processing-restricted");
            restricted.addClassName("pathways-form-problem");
            add(restricted);
        }
        Div consents = new Div();
        consents.setId("consents");
        if (rights == null || rights.consents().isEmpty()) {
            consents.add(new Paragraph("No consent recorded."));
        } else {
            for (Consent consent : rights.consents()) {
                consents.add(consentLine(participant, rights, consent, casework, changed));
            }
        }
        add(consents);
        Button record = new Button("Record consent", VaadinIcon.CHECK.create(), e -> ConsentForms.recordConsent(
                casework, participant, rights == null ? null : rights.basis(), changed));
        record.setId("record-consent");
        Button lawfulBasis = new Button(recorded ? "Change lawful basis" : "Record lawful basis",
                e -> ConsentForms.recordLawfulBasis(casework, participant, changed));
        lawfulBasis.setId("record-lawful-basis");
        HorizontalLayout steps = new HorizontalLayout(record, lawfulBasis);
        steps.setWrap(true);
        add(steps);
    }

    private static HorizontalLayout consentLine(ParticipantSummary participant, ParticipantDataRights rights,
                                                Consent consent, FormServices casework, Runnable changed) {
        var directory = casework.directory();
        String what = consent.scope() == ConsentScope.SHARE_WITH_ORGANISATION
                ? "Sharing their record with " + directory.organisationName(consent.organisation())
                : consent.scope().label();
        String text = what + ": given on " + UkFormats.date(consent.givenOn()) + ", recorded by "
                + directory.displayNameOf(consent.recordedBy()) + " on " + UkFormats.dateTime(consent.recordedAt())
                + (consent.standing() ? "" : ". Withdrawn on " + UkFormats.dateTime(consent.withdrawnAt()) + ", recorded by "
                + directory.displayNameOf(consent.withdrawnBy()));
        Span words = new Span(text);
        HorizontalLayout line = new HorizontalLayout(words);
        line.addClassName("pathways-consent");
        line.addClassName(consent.standing() ? "pathways-consent-standing" : "pathways-consent-withdrawn");
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        line.setWrap(true);
        if (consent.standing()) {
            Button withdraw = new Button("Withdraw", e -> ConsentForms.withdraw(casework, participant, consent,
                    rights.basis(), changed));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("withdraw-consent-" + consent.consentId());
            withdraw.addClassName("withdraw-consent");
            line.add(withdraw);
        }
        return line;
    }
}
