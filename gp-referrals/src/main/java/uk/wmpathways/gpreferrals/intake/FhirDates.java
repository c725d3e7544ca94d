package uk.wmpathways.gpreferrals.intake;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import uk.wmpathways.infra.time.UkTime;

import java.time.LocalDate;

/** FHIR dates as the days they name, whatever the JVM's time zone. */
final class FhirDates {

    private FhirDates() {
    }

    /** A date (as sent: no time zone) as its day; null when it is only a year or a month. */
    static LocalDate day(BaseDateTimeType date) {
        if (date == null || !date.hasValue() || date.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    /** A moment (date and time) as the UK day it fell on; a date alone as that day. */
    static LocalDate ukDay(BaseDateTimeType dateTime) {
        if (dateTime == null || !dateTime.hasValue()) {
            return null;
        }
        return dateTime.getPrecision().ordinal() > TemporalPrecisionEnum.DAY.ordinal()
                ? LocalDate.ofInstant(dateTime.getValue().toInstant(), UkTime.ZONE)
                : day(dateTime);
    }
}
