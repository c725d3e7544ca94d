package uk.wmpathways.caseservice;

import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import uk.wmpathways.caseservice.api.enrolment.StepResult;

/** Matches a step's result whose recorded id (the new tenancy, job... or the enrolment) is the one given. */
public final class RecordedId extends BaseMatcher<Object> {

    private final String expected;

    private RecordedId(String expected) {
        this.expected = expected;
    }

    public static RecordedId recordedId(String expected) {
        return new RecordedId(expected);
    }

    @Override
    public boolean matches(Object actual) {
        return actual instanceof StepResult result && expected.equals(result.recordedId());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a step result recording ").appendValue(expected);
    }
}
