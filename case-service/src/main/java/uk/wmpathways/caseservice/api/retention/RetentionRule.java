package uk.wmpathways.caseservice.api.retention;

import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which person's record is due for erasure because its retention period has ended: a pure function of what the
 * read side knows about the person, so that the rule is tested on its own and every caller decides alike.
 * <ul>
 *     <li>Nothing is due while an enrolment is open or a referral waits for an answer.</li>
 *     <li>With enrolments, every one of them must have ended its period: closed on + the period of its pathway.
 *     The latest of those days decides (a Thrive into Work closure keeps an earlier Housing First one too).</li>
 *     <li>Never enrolled: registered on + the period without enrolment.</li>
 *     <li>Due, but processing is restricted (possibly for legal claims): held, and reported as held.</li>
 * </ul>
 */
public final class RetentionRule {

    /** One enrolment as the rule needs it; {@code closedOn} is null while it is open. */
    public record EnrolmentEnd(Pathway pathway, LocalDate closedOn) {
    }

    /** What the read side knows about one person who is not erased. */
    public record Person(String participantId, LocalDate registeredOn, List<EnrolmentEnd> enrolments,
                         boolean referralPending, boolean processingRestricted) {
        public Person {
            enrolments = enrolments == null ? List.of() : List.copyOf(enrolments);
        }
    }

    public enum Verdict {
        KEEP,
        ERASE,
        /** Past its retention period, but processing is restricted: not erased, reported to the DPO. */
        HOLD_PROCESSING_RESTRICTED
    }

    private RetentionRule() {
    }

    /**
     * The first day on which the person's retention period has ended; empty while it cannot end (an enrolment open,
     * a referral pending, or no registration day known for a person never enrolled).
     */
    public static Optional<LocalDate> endsOn(RetentionPolicy policy, Person person) {
        if (person.referralPending()) {
            return Optional.empty();
        }
        if (person.enrolments().isEmpty()) {
            return Optional.ofNullable(person.registeredOn()).map(day -> day.plus(policy.withoutEnrolment()));
        }
        LocalDate latest = null;
        for (EnrolmentEnd enrolment : person.enrolments()) {
            if (enrolment.closedOn() == null || enrolment.pathway() == null) {
                return Optional.empty();
            }
            LocalDate ends = enrolment.closedOn().plus(policy.afterClosure(enrolment.pathway()));
            latest = latest == null || ends.isAfter(latest) ? ends : latest;
        }
        return Optional.of(latest);
    }

    public static Verdict verdict(RetentionPolicy policy, LocalDate today, Person person) {
        boolean ended = endsOn(policy, person).map(day -> !day.isAfter(today)).orElse(false);
        if (!ended) {
            return Verdict.KEEP;
        }
        return person.processingRestricted() ? Verdict.HOLD_PROCESSING_RESTRICTED : Verdict.ERASE;
    }
}
