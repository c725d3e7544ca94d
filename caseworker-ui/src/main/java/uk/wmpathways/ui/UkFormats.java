package uk.wmpathways.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import uk.wmpathways.infra.time.UkTime;
import uk.wmpathways.ui.date.UkDateParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates as people in the UK write them: 23/04/1980. */
public final class UkFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private UkFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UkTime.ZONE));
    }

    public static DatePicker.DatePickerI18n datePickerI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        i18n.setBadInputErrorMessage(UkDateParser.HOW_TO_WRITE);
        return i18n;
    }

    /** A UK date picker's words, with the messages shown when a date is outside what {@code min}/{@code max} allow. */
    public static DatePicker.DatePickerI18n datePickerI18n(String beforeMinMessage, String afterMaxMessage) {
        return datePickerI18n().setMinErrorMessage(beforeMinMessage).setMaxErrorMessage(afterMaxMessage);
    }

    /** Pounds and pence: £11.44. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
