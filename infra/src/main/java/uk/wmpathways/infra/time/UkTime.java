package uk.wmpathways.infra.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one time zone of the system: every "day" (a report's day, the day an event was recorded, today) is a
 * day in the UK, whatever zone the server runs in. The application's {@code Clock} bean runs in it too.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    /** The UK day on which {@code instant} fell. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
