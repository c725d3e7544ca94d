package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.ParticipantSummary;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.RecordLawfulBasis;
import uk.wmpathways.caseservice.api.consent.SpecialCategoryCondition;

import java.util.List;

/** Records the lawful basis for a record registered before bases were recorded, or a change of basis. */
class RecordLawfulBasisDialog extends CommandDialog {

    private final ParticipantSummary participant;
    private final Runnable done;
    private final Select<LawfulBasis> basis = FormFields.choice("Lawful basis", List.of(LawfulBasis.values()),
            LawfulBasis::label);
    private final Select<SpecialCategoryCondition> condition = FormFields.choice(
            "Special category condition (health, ethnicity)", List.of(SpecialCategoryCondition.values()),
            SpecialCategoryCondition::label);
    private final DatePicker consentGivenOn;

    RecordLawfulBasisDialog(FormServices services, ParticipantSummary participant, Runnable done) {
        super(services, "Lawful basis: " + participant.givenName() + " " + participant.familyName(),
                "Record basis");
        this.participant = participant;
        this.done = done;
        check(field("basis", basis).asRequired("Choose the lawful basis"));
        condition.setRequiredIndicatorVisible(false);
        condition.setEmptySelectionAllowed(true);
        condition.setEmptySelectionCaption("None held");
        check(field("specialCategoryCondition", condition));
        consentGivenOn = FormFields.date("Day the person gave consent", today);
        check(field("consentGivenOn", consentGivenOn)
                .withValidator(day -> basis.getValue() != LawfulBasis.CONSENT || day != null,
                        "Enter the day the person gave consent")
                .withValidator(day -> day == null || !day.isAfter(today), "The date cannot be in the future"));
        consentGivenOn.setVisible(false);
        basis.addValueChangeListener(e -> consentGivenOn.setVisible(e.getValue() == LawfulBasis.CONSENT));
    }

    @Override
    protected Object command() {
        return new RecordLawfulBasis(participant.participantId(), basis.getValue(), condition.getValue(),
                basis.getValue() == LawfulBasis.CONSENT ? consentGivenOn.getValue() : null, recordedBy);
    }

    @Override
    protected void accepted(Object result, UI ui) {
        ui.access(() -> {
            close();
            Notification.show("Lawful basis recorded", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            done.run();
        });
    }
}
