package uk.wmpathways.infra.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The event handler's processing group (its {@code @ProcessingGroup}) is a subscribing processor: it handles each
 * event in the unit of work that stores it, so that what it does succeeds or fails with the command (rather than
 * when a tracking processor catches up). {@link AxonStorageAutoConfiguration} registers it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subscribing {
}
