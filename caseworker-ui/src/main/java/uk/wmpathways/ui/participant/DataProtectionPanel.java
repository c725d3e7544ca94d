package uk.wmpathways.ui.participant;

import com.vaadin.flow.component.Component;
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
import uk.wmpathways.caseservice.api.consent.DataRightsQueries.Restriction;
import uk.wmpathways.reporting.api.DataSubjectQueries.DataSubject;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.casework.Directory;
import uk.wmpathways.ui.enrolment.ConsentForms;
import uk.wmpathways.ui.enrolment.FormServices;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What the record is held on and what the person has agreed to: the lawful basis ("Not recorded" for records
 * registered before bases were recorded, with the step that records it), the special category condition, each
 * consent with who recorded it and when, the restriction standing (its ground, who and when); for a caseworker the
 * steps that record and withdraw consent, for the data protection officer restriction and erasure. An erased record offers no step (the page says when and why it was erased).
 */
class DataProtectionPanel extends VerticalLayout {

    /** A caseworker's: the steps that record consent and the basis, none once the record was erased. */
    static DataProtectionPanel forCaseworker(ParticipantSummary participant, ParticipantDataRights rights,
                                             FormServices casework, Runnable changed) {
        boolean steps = rights == null || !rights.erased();
        DataProtectionPanel panel = new DataProtectionPanel(rights, casework,
                consent -> steps && consent.standing() ? withdrawButton(participant, rights, consent, casework, changed)
                        : null);
        if (steps) {
            boolean recorded = rights != null && rights.basis() != null;
            Button lawfulBasis = new Button(recorded ? "Change lawful basis" : "Record lawful basis",
                    e -> ConsentForms.recordLawfulBasis(casework, participant, changed));
            lawfulBasis.setId("record-lawful-basis");
            if (rights != null && rights.restrictedByTheOfficer()) {
                // no consent the record could take now would lift the officer's restriction: not offered
                panel.addSteps(lawfulBasis);
            } else {
                Button record = new Button("Record consent", VaadinIcon.CHECK.create(), e -> ConsentForms.recordConsent(
                        casework, participant, rights == null ? null : rights.basis(), changed));
                record.setId("record-consent");
                panel.addSteps(record, lawfulBasis);
            }
        }
        return panel;
    }

    /**
     * The data protection officer's: restricting processing, or lifting their restriction, and the erasure (the
     * server refuses them to every other role too).
     */
    static DataProtectionPanel forDataProtectionOfficer(DataSubject subject, FormServices casework,
                                                        BooleanSupplier erasedAlready, Runnable changed) {
        ParticipantDataRights rights = subject.rights();
        DataProtectionPanel panel = new DataProtectionPanel(rights, casework, consent -> null);
        if (!rights.erased()) {
            Button restriction = rights.restrictedByTheOfficer()
                    ? new Button("Lift restriction…", VaadinIcon.UNLOCK.create(), e -> ConsentForms.liftRestriction(
                            casework, subject.participantId(), subject.name(), rights.restriction(), changed))
                    : new Button("Restrict processing…", VaadinIcon.LOCK.create(), e -> ConsentForms.restrict(
                            casework, subject.participantId(), subject.name(), changed));
            restriction.setId(rights.restrictedByTheOfficer() ? "lift-restriction" : "restrict-processing");
            Button erase = new Button("Erase record…", VaadinIcon.TRASH.create(), e -> ConsentForms.erase(casework,
                    subject.participantId(), subject.name(), rights, erasedAlready, changed));
            erase.setId("erase-record");
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            panel.addSteps(restriction, erase);
        }
        return panel;
    }

    private DataProtectionPanel(ParticipantDataRights rights, FormServices casework,
                                Function<Consent, Component> consentStep) {
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
        if (rights != null && rights.restricted() && !rights.erased()) {
            Paragraph restricted = new Paragraph(restrictionInWords(rights, directory));
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
                consents.add(consentLine(consent, directory, consentStep.apply(consent)));
            }
        }
        add(consents);
    }

    /** The restriction standing: the officer's with its ground, who and when; or withdrawn consent's. */
    private static String restrictionInWords(ParticipantDataRights rights, Directory directory) {
        Restriction restriction = rights.restriction();
        if (rights.restrictedByTheOfficer()) {
            return "Processing restricted by the data protection officer, "
                    + directory.displayNameOf(restriction.restrictedBy()) + ", on "
                    + UkFormats.dateTime(restriction.restrictedAt()) + ". Ground: "
                    + restriction.ground().label() + ". The record can be read; nothing more can be recorded about "
                    + "the person until the data protection officer lifts the restriction.";
        }
        return "Processing restricted" + (restriction == null ? "" : " on "
                + UkFormats.dateTime(restriction.restrictedAt())) + ": the person withdrew the consent their record "
                + "is held on. Nothing more can be recorded until they give it again or another basis is recorded.";
    }

    private void addSteps(Component... buttons) {
        HorizontalLayout steps = new HorizontalLayout(buttons);
        steps.setId("data-protection-steps");
        steps.setWrap(true);
        add(steps);
    }

    private static HorizontalLayout consentLine(Consent consent, Directory directory, Component step) {
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
        if (step != null) {
            line.add(step);
        }
        return line;
    }

    private static Button withdrawButton(ParticipantSummary participant, ParticipantDataRights rights,
                                         Consent consent, FormServices casework, Runnable changed) {
        Button withdraw = new Button("Withdraw", e -> ConsentForms.withdraw(casework, participant, consent,
                rights.basis(), changed));
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        withdraw.setId("withdraw-consent-" + consent.consentId());
        withdraw.addClassName("withdraw-consent");
        return withdraw;
    }
}
