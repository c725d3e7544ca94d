package uk.wmpathways.ui.reports;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.infra.organisation.ProviderOrganisations;
import uk.wmpathways.infra.web.InvalidField;
import uk.wmpathways.ui.date.DateField;
import uk.wmpathways.reporting.api.ReportCriteria;
import uk.wmpathways.reporting.api.ReportPeriodRules;
import uk.wmpathways.ui.UkFormats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's filters: a period (offered, or typed From and To), an as-at date, a local authority and a
 * provider. It answers the criteria they describe, or marks the fields that are wrong, and tells its listener
 * once per change.
 */
class ReportFilterBar extends HorizontalLayout {

    private final Clock clock;
    private final List<ReportPeriods.Period> periods;
    private final Select<ReportPeriods.Period> period = new Select<>();
    private final DatePicker from = newDatePicker("From", "report-from");
    private final DatePicker to = newDatePicker("To", "report-to");
    private final DatePicker asAt = newDatePicker("As at (optional)", "report-as-at");
    private final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    private final ComboBox<String> provider = new ComboBox<>("Provider organisation");
    private final Runnable changed;
    private boolean choosingPeriod;

    ReportFilterBar(ProviderOrganisations organisations, Clock clock, Runnable changed) {
        this.clock = clock;
        this.changed = changed;
        LocalDate today = LocalDate.now(clock);
        periods = ReportPeriods.on(today);
        period.setId("report-period");
        period.setLabel("Period");
        period.setWidth("16em");
        period.setItems(periods);
        period.setItemLabelGenerator(ReportPeriods.Period::label);
        period.setValue(periods.get(0));
        period.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != ReportPeriods.CUSTOM) {
                choose(e.getValue());
            }
        });
        listen(from, periods.get(0).from());
        listen(to, periods.get(0).to());
        listen(asAt, null);
        asAt.setClearButtonVisible(true);
        asAt.setMax(today);
        // Reports are of whole months that have ended, as at a month's end (docs/disclosure.md): the pickers say
        // so, and a day picked inside a month is moved to its first or last day.
        from.setHelperText("The 1st of a month");
        to.setHelperText("The last day of a month that has ended");
        to.setMax(ReportPeriodRules.lastCompleteMonthEnd(today));
        to.setI18n(UkFormats.datePickerI18n("", "Reports end on the last day of a month that has ended"));
        asAt.setHelperText("What the system knew at the end of that day (a month's last day); empty for now");
        asAt.setI18n(UkFormats.datePickerI18n("", "The as-at date cannot be in the future"));
        localAuthority.setId("report-local-authority");
        localAuthority.setItems(LocalAuthority.values());
        localAuthority.setItemLabelGenerator(LocalAuthority::displayName);
        localAuthority.setPlaceholder("All");
        localAuthority.setClearButtonVisible(true);
        localAuthority.addValueChangeListener(e -> changed.run());
        provider.setId("report-provider");
        provider.setItems(organisations.all().keySet().stream().sorted(Comparator.comparing(organisations::nameOf))
                .toList());
        provider.setItemLabelGenerator(organisations::nameOf);
        provider.setPlaceholder("All");
        provider.setClearButtonVisible(true);
        provider.addValueChangeListener(e -> changed.run());
        add(period, from, to, asAt, localAuthority, provider);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addClassName("pathways-filters");
    }

    /** The one place a date field of the filters is made (UK format, the id tests and labels refer to). */
    private static DatePicker newDatePicker(String label, String id) {
        DatePicker picker = new DateField(label);
        picker.setId(id);
        return picker;
    }

    private void listen(DatePicker picker, LocalDate value) {
        picker.setValue(value);
        picker.addValueChangeListener(e -> {
            if (choosingPeriod) {
                return;
            }
            LocalDate steered = steered(picker, e.getValue());
            if (!Objects.equals(steered, e.getValue())) {
                picker.setValue(steered);
                return;
            }
            if (picker != asAt) {
                period.setValue(ReportPeriods.matching(periods, from.getValue(), to.getValue())
                        .orElse(ReportPeriods.CUSTOM));
            }
            changed.run();
        });
    }

    private LocalDate steered(DatePicker picker, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        return picker == from ? ReportPeriods.steerFrom(day)
                : picker == to ? ReportPeriods.steerTo(day, today) : ReportPeriods.steerAsAt(day, today);
    }

    /** Sets both days of a period (and the period list to it, when it is offered), then tells the listener once. */
    void choose(ReportPeriods.Period chosen) {
        choosingPeriod = true;
        try {
            from.setValue(chosen.from());
            to.setValue(chosen.to());
            period.setValue(ReportPeriods.matching(periods, chosen.from(), chosen.to()).orElse(ReportPeriods.CUSTOM));
        } finally {
            choosingPeriod = false;
        }
        changed.run();
    }

    /** The criteria the filters describe, or null (and the fields say why) when they are not valid. */
    ReportCriteria criteria() {
        LocalDate today = LocalDate.now(clock);
        from.setInvalid(false);
        to.setInvalid(false);
        asAt.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            DatePicker missing = from.getValue() == null ? from : to;
            missing.setErrorMessage("Choose a date");
            missing.setInvalid(true);
            return null;
        }
        // The reporting module's own rules, so that the dashboard never asks for what it would refuse.
        List<InvalidField> problems = ReportPeriodRules.problems(from.getValue(), to.getValue(), asAt.getValue(),
                today);
        for (InvalidField problem : problems) {
            DatePicker picker = problem.field().equals("from") ? from : problem.field().equals("to") ? to : asAt;
            picker.setErrorMessage(problem.message());
            picker.setInvalid(true);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ReportCriteria(from.getValue(), to.getValue(), asAt.getValue(), localAuthority.getValue(),
                provider.getValue(), null);
    }
}
