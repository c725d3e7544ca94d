package uk.wmpathways.ui.gpreferral;

import uk.wmpathways.gpreferrals.status.GpReferralStatus;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.wmpathways.ui.UkFormats;

/**
 * A GP referral's status in the referrer's words. The FHIR Task statuses the service moves a referral through get a
 * sentence each; a status not known here is shown as its code in words, and anything further the status model
 * carries (milestones the service reports, a reason) is shown generically, so that a newer status model shows on
 * this page without a change here.
 */
final class GpReferralStatusWords {

    private static final Map<String, String> TASK_STATUS = Map.of(
            "requested", "Sent: waiting for the service to look at it",
            "received", "Opened by the service: being considered",
            "accepted", "Accepted by the service",
            "rejected", "Not taken on by the service",
            "in-progress", "Being supported by the service",
            "completed", "Support completed",
            "cancelled", "Cancelled by the practice",
            "on-hold", "On hold",
            "failed", "Could not be processed");

    /** What the page shows in its own columns; everything else the status carries is a milestone or detail. */
    private static final Set<String> SHOWN_APART = Set.of("referralId", "practiceOdsCode", "senderServiceRequestId",
            "authoredOn", "receivedAt", "taskStatus");

    private GpReferralStatusWords() {
    }

    static String status(String taskStatus) {
        if (taskStatus == null || taskStatus.isBlank()) {
            return "Not known yet";
        }
        return TASK_STATUS.getOrDefault(taskStatus, words(taskStatus));
    }

    /**
     * The further facts a status carries (milestones such as "started work", a reason for not taking it on), each
     * as "what: value", in the order the status model declares them; empty values are left out.
     */
    static List<String> details(GpReferralStatus status) {
        List<String> details = new ArrayList<>();
        for (RecordComponent component : GpReferralStatus.class.getRecordComponents()) {
            if (SHOWN_APART.contains(component.getName())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(status);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String shown = value(value);
            if (!shown.isBlank()) {
                details.add(words(component.getName()) + ": " + shown);
            }
        }
        return details;
    }

    private static String value(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return "";
        }
        if (Boolean.TRUE.equals(value)) {
            return "yes";
        }
        if (value instanceof LocalDate date) {
            return UkFormats.date(date);
        }
        if (value instanceof Instant instant) {
            return UkFormats.dateTime(instant);
        }
        if (value instanceof Collection<?> items) {
            return String.join("; ", items.stream().map(GpReferralStatusWords::value).filter(s -> !s.isBlank())
                    .toList());
        }
        if (value instanceof Map<?, ?> entries) {
            return String.join("; ", entries.entrySet().stream()
                    .map(entry -> words(String.valueOf(entry.getKey())) + " " + value(entry.getValue())).toList());
        }
        if (value instanceof Record record) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    String part = value(component.getAccessor().invoke(record));
                    if (!part.isBlank()) {
                        parts.add(part);
                    }
                } catch (ReflectiveOperationException e) {
                    // a part that cannot be read is left out
                }
            }
            return String.join(", ", parts);
        }
        if (value instanceof Enum<?> constant) {
            return words(constant.name());
        }
        String text = String.valueOf(value);
        return text.matches("[a-z]+(-[a-z]+)+") ? words(text) : text;
    }

    /** "in-progress", "startedWork", "STARTED_WORK" as "In progress", "Started work". */
    static String words(String code) {
        String spaced = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.UK).strip();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
