package uk.wmpathways.infra.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component of an event that names the person its {@link PersonalData} is about (a participant id). The event
 * store remembers it for the event's stream, so later events of the same stream (an enrolment's contacts, say)
 * need not repeat it: their personal data is encrypted with the same person's key.
 * <p>
 * Every event with personal data either carries its subject or follows, in the same stream, an event that did.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubject {
}
