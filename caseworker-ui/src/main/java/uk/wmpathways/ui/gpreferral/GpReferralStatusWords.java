package uk.wmpathways.ui.gpreferral;

import uk.wmpathways.gpreferrals.status.GpReferralStatus;
import uk.wmpathways.gpreferrals.status.Milestone;
import uk.wmpathways.ui.UkFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A GP referral's status in the referrer's words: the FHIR Task status as a sentence, then what happened when (opened,
 * accepted or not taken on and why, cancelled) and the milestones of the support it led to, each with its date. A
 * status code not known here is shown as its code in words; milestones are shown as the status model lists them.
 */
final class GpReferralStatusWords {

    private static final Map<String, String> TASK_STATUS = Map.of(
            GpReferralStatus.REQUESTED, "Sent: waiting for the service to look at it",
            GpReferralStatus.RECEIVED, "Opened by the service: being considered",
            GpReferralStatus.ACCEPTED, "Accepted by the service",
            GpReferralStatus.REJECTED, "Not taken on by the service",
            GpReferralStatus.IN_PROGRESS, "Being supported by the service",
            GpReferralStatus.COMPLETED, "Support completed",
            GpReferralStatus.CANCELLED, "Cancelled by the practice");

    private GpReferralStatusWords() {
    }

    static String status(String taskStatus) {
        if (taskStatus == null || taskStatus.isBlank()) {
            return "Not known yet";
        }
        return TASK_STATUS.getOrDefault(taskStatus, words(taskStatus));
    }

    /** What happened to the referral and the support it led to, oldest first, each with its day. */
    static List<String> details(GpReferralStatus status) {
        List<String> details = new ArrayList<>();
        if (status.openedAt() != null) {
            details.add("Opened by the service on " + UkFormats.dateTime(status.openedAt()));
        }
        if (status.acceptedAt() != null) {
            details.add("Accepted on " + UkFormats.dateTime(status.acceptedAt()));
        }
        if (status.rejectedAt() != null) {
            details.add("Not taken on, on " + UkFormats.dateTime(status.rejectedAt())
                    + (status.rejectionReasonText() == null ? "" : ": " + status.rejectionReasonText()));
        }
        if (status.cancelledAt() != null) {
            details.add("Cancelled on " + UkFormats.dateTime(status.cancelledAt()));
        }
        for (Milestone milestone : Milestone.values()) {
            if (status.milestones().reachedOn(milestone) != null) {
                details.add(milestone.label() + ": " + UkFormats.date(status.milestones().reachedOn(milestone)));
            }
        }
        if (status.milestones().closedOn() != null) {
            details.add("Support ended: " + UkFormats.date(status.milestones().closedOn()));
        }
        if (status.trialArm() != null) {
            // Only when the trial's protocol lets the referrer know (the query handlers decide)
            details.add("Trial arm: " + status.trialArm().label());
        }
        return details;
    }

    /** "in-progress", "startedWork", "STARTED_WORK" as "In progress", "Started work". */
    static String words(String code) {
        String spaced = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ')
                .toLowerCase(Locale.UK).strip();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
