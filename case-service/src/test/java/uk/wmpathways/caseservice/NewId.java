package uk.wmpathways.caseservice;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

import uk.wmpathways.caseservice.api.enrolment.StepResult;

import java.util.UUID;

/**
 * Matches a command result that is (or, for an enrolment step, records) a fresh UUID and remembers it, so that the events a fixture test expects
 * can name the id the aggregate made up.
 */
public final class NewId extends BaseMatcher<Object> {

    private String value;

    /** The id matched (null before a match). */
    public String value() {
        return value;
    }

    @Override
    public boolean matches(Object actual) {
        String id = actual instanceof StepResult result ? result.recordedId()
                : actual instanceof String text ? text : null;
        if (id == null) {
            return false;
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
        value = id;
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a new UUID");
    }
}
