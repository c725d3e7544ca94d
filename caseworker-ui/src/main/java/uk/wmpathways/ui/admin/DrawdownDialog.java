package uk.wmpathways.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.wmpathways.reporting.api.FundingDrawdownQueries.FundingDrawdown;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.date.DateField;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A drawdown to record (amount, date, reference), or a correction of one (the right amount, why). The fields carry
 * the command's names: what the funding stream refuses (an amount above its allocation, a future date) is shown on
 * the field. Each opening has its own request id, so a double click records once.
 */
class DrawdownDialog extends Dialog {

    interface Action {
        boolean send(DrawdownDialog form);
    }

    final String requestId = UUID.randomUUID().toString();
    final BigDecimalField amount = new BigDecimalField("Amount (£)");
    final DateField drawnOn = new DateField("Drawn on");
    final TextField reference = new TextField("Reference");
    final TextArea reason = new TextArea("Reason for the correction");
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private DrawdownDialog(String title, String saveLabel, boolean correction, Action action) {
        setHeaderTitle(title);
        setId("drawdown-form");
        setWidth("min(480px, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        amount.setId("drawdown-amount");
        amount.setHelperText("pounds and pence, for example 250000.00");
        form.add(amount);
        if (correction) {
            reason.setId("drawdown-reason");
            reason.setMaxLength(500);
            form.add(reason);
            fields.put("correctedAmountPounds", amount);
            fields.put("reason", reason);
        } else {
            drawnOn.setId("drawdown-drawn-on");
            reference.setId("drawdown-reference");
            reference.setMaxLength(100);
            form.add(drawnOn, reference);
            fields.put("amountPounds", amount);
            fields.put("drawnOn", drawnOn);
            fields.put("reference", reference);
        }
        add(form);
        Button save = new Button(saveLabel, click -> {
            if (action.send(this)) {
                close();
            }
        });
        save.setId("drawdown-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    static DrawdownDialog record(String streamLabel, LocalDate today, Action record) {
        DrawdownDialog dialog = new DrawdownDialog("Record a drawdown from " + streamLabel, "Record drawdown", false,
                record);
        dialog.drawnOn.setMax(today);
        dialog.drawnOn.setI18n(UkFormats.datePickerI18n("", "The drawdown date cannot be in the future"));
        return dialog;
    }

    static DrawdownDialog correct(FundingDrawdown drawdown, Action correct) {
        DrawdownDialog dialog = new DrawdownDialog("Correct drawdown " + drawdown.reference(), "Correct", true,
                correct);
        dialog.amount.setValue(drawdown.amountPounds());
        return dialog;
    }
}
