package uk.wmpathways.caseservice.retention;

import org.springframework.core.env.PropertyResolver;
import uk.wmpathways.caseservice.api.retention.RetentionPolicy;

import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention settings ({@code pathways.retention.*}), read and checked once at start: a period that is not an
 * ISO-8601 period or is negative, or a run time that is not a time of day, stops the start with a message naming
 * the setting. Nothing is erased on a guess.
 *
 * @param enabled whether the job runs by itself every day (the data protection officer can always run it now)
 * @param runAt   the time of day, UK time, of the daily run
 */
record RetentionSettings(RetentionPolicy policy, boolean enabled, LocalTime runAt) {

    static final String PREFIX = "pathways.retention.";
    static final LocalTime DEFAULT_RUN_AT = LocalTime.of(2, 0);

    static RetentionSettings from(PropertyResolver settings) {
        List<String> problems = new ArrayList<>();
        RetentionPolicy defaults = RetentionPolicy.DEFAULT;
        RetentionPolicy policy = new RetentionPolicy(
                period(settings, "housing-first", defaults.housingFirst(), problems),
                period(settings, "rough-sleeping", defaults.roughSleeping(), problems),
                period(settings, "thrive-into-work", defaults.thriveIntoWork(), problems),
                period(settings, "without-enrolment", defaults.withoutEnrolment(), problems),
                period(settings, "gp-referral-not-accepted", defaults.gpReferralNotAccepted(), problems));
        String enabledText = settings.getProperty(PREFIX + "enabled", "true").trim();
        if (!enabledText.equalsIgnoreCase("true") && !enabledText.equalsIgnoreCase("false")) {
            problems.add(PREFIX + "enabled must be true or false, not \"" + enabledText + "\"");
        }
        String runAtText = settings.getProperty(PREFIX + "run-at", DEFAULT_RUN_AT.toString()).trim();
        LocalTime runAt = DEFAULT_RUN_AT;
        try {
            runAt = LocalTime.parse(runAtText);
        } catch (DateTimeParseException e) {
            problems.add(PREFIX + "run-at must be a time of day such as 02:00 (UK time), not \"" + runAtText + "\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Retention settings are wrong: " + String.join("; ", problems));
        }
        return new RetentionSettings(policy, Boolean.parseBoolean(enabledText), runAt);
    }

    private static Period period(PropertyResolver settings, String name, Period fallback, List<String> problems) {
        String text = settings.getProperty(PREFIX + name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            Period period = Period.parse(text.trim());
            if (period.isNegative()) {
                problems.add(PREFIX + name + " must not be negative, not \"" + text.trim() + "\"");
            }
            return period;
        } catch (DateTimeParseException e) {
            problems.add(PREFIX + name + " must be an ISO-8601 period such as P6Y (six years), not \"" + text.trim()
                    + "\"");
            return fallback;
        }
    }
}
