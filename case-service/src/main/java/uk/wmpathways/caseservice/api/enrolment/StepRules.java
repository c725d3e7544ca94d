package uk.wmpathways.caseservice.api.enrolment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The field rules every pathway's steps share. The enrolment aggregate enforces them; forms use the same
 * functions to show the message beside the field before anything is sent, so that a form, the REST API and the
 * aggregate cannot disagree. Messages name the field and the rule, never the value given (values can be
 * personal data). Each pathway's own rules are in {@link HousingFirstRules}, {@link RoughSleepingRules} and
 * {@link ThriveIntoWorkRules}.
 */
public final class StepRules {

    /** Names, places, employers, job titles, accommodation names. */
    public static final int MAX_TEXT_LENGTH = 200;
    /** Reasons for a transfer, a re-opening, a correction. */
    public static final int MAX_REASON_LENGTH = 500;
    public static final int MAX_NOTE_LENGTH = 2000;
    public static final int MIN_CONTACT_MINUTES = 1;
    public static final int MAX_CONTACT_MINUTES = 600;
    /** A contact that reached the person is due this many days after the last one (or the start). */
    public static final int NO_CONTACT_AFTER_DAYS = 28;

    private StepRules() {
    }

    public static Optional<String> required(String label, Object value) {
        boolean missing = value == null || value instanceof String text && text.isBlank();
        return missing ? Optional.of(label + " is required") : Optional.empty();
    }

    /** Required text of at most {@code maxLength} characters (surrounding spaces do not count). */
    public static Optional<String> text(String label, String value, int maxLength) {
        return isBlank(value) ? Optional.of(label + " is required") : optionalText(label, value, maxLength);
    }

    /** Optional text of at most {@code maxLength} characters (surrounding spaces do not count). */
    public static Optional<String> optionalText(String label, String value, int maxLength) {
        return !isBlank(value) && value.trim().length() > maxLength
                ? Optional.of(label + " must be at most " + maxLength + " characters")
                : Optional.empty();
    }

    public static Optional<String> transferReason(String reason) {
        return text("Reason for the transfer", reason, MAX_REASON_LENGTH);
    }

    public static Optional<String> reopeningReason(String reason) {
        return text("Reason for re-opening", reason, MAX_REASON_LENGTH);
    }

    /** A contact's note: optional. */
    public static Optional<String> note(String note) {
        return optionalText("Note", note, MAX_NOTE_LENGTH);
    }

    public static Optional<String> contactMinutes(int minutes) {
        return minutes < MIN_CONTACT_MINUTES || minutes > MAX_CONTACT_MINUTES
                ? Optional.of("Duration must be from " + MIN_CONTACT_MINUTES + " to " + MAX_CONTACT_MINUTES
                + " minutes")
                : Optional.empty();
    }

    /**
     * The date of a step: required, not in the future, not before the enrolment started.
     *
     * @param startedOn      the enrolment's start; null when the enrolment is only starting
     * @param startedOnWords what {@code startedOn} is, for the message ("the referral date")
     */
    public static Optional<String> stepDate(String label, LocalDate date, LocalDate today, LocalDate startedOn,
                                            String startedOnWords) {
        if (date == null) {
            return Optional.of(label + " is required");
        }
        if (date.isAfter(today)) {
            return Optional.of(label + " cannot be in the future");
        }
        return startedOn != null && date.isBefore(startedOn)
                ? Optional.of(label + " cannot be before " + startedOnWords)
                : Optional.empty();
    }

    // The fields of each command on their own; the aggregate adds what only the enrolment's record can tell.

    /**
     * The fields every start of an enrolment has. Whether the organisation and the worker exist is the
     * enrolment's to check.
     */
    public static void start(StartEnrolmentCommand command, Pathway pathway, StepProblems problems) {
        problems.required("providerOrganisation", command.providerOrganisation(), "Provider organisation")
                .required("localAuthority", command.localAuthority(), "Local authority");
        String streams = Arrays.stream(FundingStream.values()).filter(stream -> stream.pathway() == pathway)
                .map(FundingStream::name).collect(Collectors.joining(", "));
        if (command.fundingStream() == null) {
            problems.add("fundingStream", "Funding stream is required: one of " + streams);
        } else if (command.fundingStream().pathway() != pathway) {
            problems.add("fundingStream", "Funding stream must be one of " + pathway.label() + ": " + streams);
        }
    }

    public static void assignWorker(AssignWorker command, StepProblems problems) {
        problems.required("worker", command.worker(), "Worker")
                .stepDate("assignedOn", command.assignedOn(), "Assignment date");
    }

    /** Whether the organisation and the worker exist and may take it is the enrolment's to check. */
    public static void transfer(TransferEnrolment command, StepProblems problems) {
        problems.required("toOrganisation", command.toOrganisation(), "Organisation to transfer to")
                .check("reason", transferReason(command.reason()))
                .stepDate("transferredOn", command.transferredOn(), "Transfer date");
    }

    public static void logContact(LogContact command, StepProblems problems) {
        problems.required("type", command.type(), "Contact type")
                .check("durationMinutes", contactMinutes(command.durationMinutes()))
                .check("note", note(command.note()))
                .stepDate("contactedOn", command.contactedOn(), "Contact date");
    }

    /**
     * A Thrive into Work enrolment closes with no destination; the others with one.
     *
     * @param pathway the enrolment's pathway; null when not known (the destination is then not checked)
     */
    public static void close(CloseEnrolment command, Pathway pathway, StepProblems problems) {
        boolean takesDestination = pathway != Pathway.THRIVE_INTO_WORK;
        problems.required("reason", command.reason(), "Reason for closing")
                .addIf(pathway != null && takesDestination && command.destination() == null, "destination",
                        "Destination is required when closing a " + (pathway == null ? "" : pathway.label())
                                + " enrolment")
                .addIf(!takesDestination && command.destination() != null, "destination",
                        "A Thrive into Work closure has no destination")
                .stepDate("closedOn", command.closedOn(), "Closing date");
    }

    public static void reopen(ReopenEnrolment command, StepProblems problems) {
        problems.check("reason", reopeningReason(command.reason()))
                .stepDate("reopenedOn", command.reopenedOn(), "Re-opening date");
    }

    /** What an enrolment's start date is, in the words of a message. */
    public static String startedOnWords(Pathway pathway) {
        return pathway == Pathway.ROUGH_SLEEPING_INITIATIVE
                ? "the date outreach first made contact" : "the referral date";
    }

    /** Numbers as a list in words: "6, 12, 24". */
    public static String listed(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding spaces; null when blank. */
    public static String tidy(String text) {
        return isBlank(text) ? null : text.trim();
    }
}
