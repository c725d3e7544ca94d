package uk.wmpathways.infra.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The event handler's processing group (its {@code @ProcessingGroup}) stays correct when it is split into
 * segments handled side by side, on one instance or several: every document a handler reads or writes is touched
 * only by the events of one aggregate, which Axon keeps in one segment and in order. Only such a group may be
 * given more than one segment ({@code pathways.processing.segments.<group>}, see {@link SegmentedProcessing}).
 * A projection that reads what another aggregate's events wrote (a person's name when an enrolment starts, say)
 * must not carry it: in another segment that write may not have happened yet.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SplittablePerAggregate {
}
