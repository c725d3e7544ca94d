package uk.wmpathways.caseservice.api.enrolment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How far an enrolment has got in its own pathway: an immutable value beside the common part of
 * {@link EnrolmentState}, one type per pathway. Each answers for its pathway's events and steps only: a rule of
 * one pathway is found, changed and tested in that pathway's file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = HousingFirstProgress.class, name = "HOUSING_FIRST"),
        @JsonSubTypes.Type(value = RoughSleepingProgress.class, name = "ROUGH_SLEEPING_INITIATIVE"),
        @JsonSubTypes.Type(value = ThriveIntoWorkProgress.class, name = "THRIVE_INTO_WORK")})
public sealed interface PathwayProgress permits HousingFirstProgress, RoughSleepingProgress, ThriveIntoWorkProgress {

    Pathway pathway();

    /** The stage in the pathway (an enrolment's closure is the common state's, not the pathway's). */
    Stage stage();

    /** The progress after one more event of its pathway; itself for an event it was not taught. */
    PathwayProgress apply(EnrolmentEvent event);

    /** The events of its pathway it folds in. */
    Set<Class<? extends EnrolmentEvent>> taught();

    /**
     * Why one of its pathway's steps is not allowed now, in words a caseworker can act on; empty when it is.
     * Asked only while the enrolment is open.
     */
    Optional<String> whyNot(Step step);

    /** True when the step can never be taken by this enrolment, whatever is recorded later (not merely not yet). */
    default boolean neverAllowed(Step step) {
        return false;
    }

    /** What is due in its pathway (sustainment checks, the first employer contact), in any order. */
    List<DueItem> due();

    static Optional<String> unless(boolean allowed, String reason) {
        return allowed ? Optional.empty() : Optional.of(reason);
    }
}
