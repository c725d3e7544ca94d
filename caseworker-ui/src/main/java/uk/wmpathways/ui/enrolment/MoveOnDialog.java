package uk.wmpathways.ui.enrolment;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentSummary;
import uk.wmpathways.caseservice.api.enrolment.MoveOnKind;
import uk.wmpathways.caseservice.api.enrolment.RecordMoveOn;
import uk.wmpathways.caseservice.api.enrolment.Step;
import uk.wmpathways.caseservice.api.enrolment.RoughSleepingRules;

import java.util.List;
import java.util.function.Consumer;

/** Rough Sleeping Initiative: a move-on to settled accommodation, or a reconnection to another area. */
class MoveOnDialog extends StepDialog {

    private final Select<MoveOnKind> kind = FormFields.choice("Moved on to", List.of(MoveOnKind.values()), MoveOnKind::label);
    private final TextField destination = FormFields.text("Where", FormFields.SHORT_TEXT);
    private final Checkbox intendedToLastSixMonthsOrMore = new Checkbox("Intended to last 6 months or more");
    private final DatePicker movedOn;

    MoveOnDialog(FormServices services, EnrolmentSummary enrolment, Consumer<EnrolmentSummary> show) {
        super(services, enrolment, Step.RECORD_MOVE_ON, show);
        check(field("kind", kind).asRequired("Choose where the person moved on to"));
        check(field("destination", destination).withValidator(FormFields.rule(RoughSleepingRules::destination)));
        destination.setRequiredIndicatorVisible(true);
        check(field("intendedToLastSixMonthsOrMore", intendedToLastSixMonthsOrMore));
        movedOn = dateField("movedOn", "Moved on", enrolment.startedOn(), "outreach first made contact");
        explain("A move-on counts as settled when it is intended to last 6 months or more.");
    }

    @Override
    protected Object command() {
        return new RecordMoveOn(enrolmentId(), kind.getValue(), FormFields.trimmed(destination.getValue()),
                intendedToLastSixMonthsOrMore.getValue(), movedOn.getValue(), requestId, expectedVersion(), recordedBy);
    }
}
