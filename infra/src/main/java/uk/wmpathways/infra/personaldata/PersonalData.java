package uk.wmpathways.infra.personaldata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of an event that holds personal data about the event's data subject (names, date of birth, NHS
 * number, contact details, free text, addresses and locations, identifying employer names, equality details).
 * <p>
 * The event store keeps such a value encrypted with the subject's own key, so that destroying the key erases it
 * from every stored copy of the event at once (crypto-shredding). When the key has been destroyed the event
 * still loads: the value reads as {@link #ERASED} for text and as {@code null} for anything else (and for text
 * marked {@link #erasedAsNull()}), so every reader must accept those. A {@code null} value is stored as
 * {@code null}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What a personal text reads as once its subject has been erased. */
    String ERASED = "[erased]";

    /**
     * A text that must be valid when present (an NHS number, a phone number, an email address) reads as
     * {@code null} ("not known") once erased, rather than as a placeholder that is not one.
     */
    boolean erasedAsNull() default false;

    /** The names the field had in older revisions of the event, so that their stored values are sealed too. */
    String[] formerNames() default {};
}
