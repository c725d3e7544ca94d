package uk.wmpathways.ui.date;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import uk.wmpathways.ui.UkFormats;

import java.util.Locale;

/**
 * The one date input of the service: a date is typed (17/05/1985, 17-5-1985, 17 May 1985, see {@link UkDateParser})
 * and the calendar is there only for whoever presses its button. Set up so that it cannot trap anyone:
 * <ul>
 *   <li>typing, clicking or tapping the field does not open the calendar, so Tab goes on to the next field and
 *       the next click lands where it was aimed;</li>
 *   <li>on a phone the calendar is not full screen (a full-screen calendar took the keyboard away);</li>
 *   <li>Escape keeps what was typed (it only closes the calendar), where the picker put back the previous date;</li>
 *   <li>Enter takes the date and goes no further: it does not send the form or dialog the field is in.</li>
 * </ul>
 * Limits (no dates in the future, ages) are left to the form's rules, which say what is wrong; the picker's own
 * min/max only turned the field red without a word.
 */
public class DateField extends DatePicker {

    /**
     * Runs on the field's element each time it is attached (a reattached field is a new element). Escape and Enter
     * are the picker's keys; their handling is changed on this one element only.
     */
    private static final String KEYS = """
            const field = this;
            if (field.__pathwaysDateField) { return; }
            field.__pathwaysDateField = true;
            const pickersEscape = field._onEscape;
            field._onEscape = function (event) {
              if (field.opened) { return pickersEscape.call(field, event); }
              event.stopPropagation();
              field.__commitParsedOrFocusedDate();
            };
            field.addEventListener('keydown', event => {
              if (event.key === 'Enter') { event.stopPropagation(); }
            });
            """;

    public DateField(String label) {
        super(label);
        setLocale(Locale.UK);
        setI18n(UkFormats.datePickerI18n());
        setPlaceholder("DD/MM/YYYY");
        setAutoOpen(false);
        setFallbackParser(text -> UkDateParser.parse(text)
                .map(Result::ok)
                .orElseGet(() -> Result.error(UkDateParser.HOW_TO_WRITE)));
        // Read by the picker once, when its element is first set up: a media query that never matches keeps the
        // calendar a small drop-down at every width.
        getElement().setProperty("_fullscreenMediaQuery", "not all");
        addAttachListener(attached -> getElement().executeJs(KEYS));
    }
}
