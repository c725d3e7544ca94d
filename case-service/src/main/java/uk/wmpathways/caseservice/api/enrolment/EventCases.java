package uk.wmpathways.caseservice.api.enrolment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What something does with each kind of enrolment event, one case per event class, so that a fold over
 * events can say which events it has been taught ({@link #taught()}): a completeness test finds every
 * {@link EnrolmentEvent} type and fails when one of the folds was not taught it, instead of a new event falling
 * through an {@code instanceof} chain unnoticed.
 *
 * @param <C> what the case works on (a state, a row)
 * @param <R> what it answers (the next state, a line of text)
 */
public final class EventCases<C, R> {

    private final Map<Class<? extends EnrolmentEvent>, BiFunction<C, EnrolmentEvent, R>> cases = new LinkedHashMap<>();

    public static <C, R> EventCases<C, R> of() {
        return new EventCases<>();
    }

    /** Events of this class are handled by {@code handling}. */
    public <E extends EnrolmentEvent> EventCases<C, R> on(Class<E> type, BiFunction<C, ? super E, R> handling) {
        if (cases.containsKey(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has a case already");
        }
        cases.put(type, (context, event) -> handling.apply(context, type.cast(event)));
        return this;
    }

    /** The answer for this event, or empty when no case was given for its class. */
    public Optional<R> apply(C context, EnrolmentEvent event) {
        BiFunction<C, EnrolmentEvent, R> handling = cases.get(event.getClass());
        return handling == null ? Optional.empty() : Optional.ofNullable(handling.apply(context, event));
    }

    public boolean knows(Class<? extends EnrolmentEvent> type) {
        return cases.containsKey(type);
    }

    /** Every event class given a case. */
    public Set<Class<? extends EnrolmentEvent>> taught() {
        return Set.copyOf(cases.keySet());
    }
}
