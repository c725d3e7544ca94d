package uk.wmpathways.caseservice.api.enrolment;

import org.junit.jupiter.api.Test;
import uk.wmpathways.caseservice.api.enrolment.EnrolmentQueries.FindCaseload;

import static org.assertj.core.api.Assertions.assertThat;

class FindCaseloadNameWordsTest {

    @Test
    void whatIsTypedIsSplitIntoWordsAsTyped() {
        assertThat(new FindCaseload("w", null, null, "  Sam   de.* ").nameWords()).containsExactly("Sam", "de.*");
    }

    @Test
    void nothingTypedSearchesNothing() {
        assertThat(new FindCaseload("w", null, null).nameWords()).isEmpty();
        assertThat(new FindCaseload("w", null, null, "   ").nameWords()).isEmpty();
    }

    @Test
    void aVeryLongSearchIsCut() {
        assertThat(String.join("", new FindCaseload("w", null, null, "a".repeat(500)).nameWords()))
                .hasSize(FindCaseload.NAME_SEARCH_MAX);
    }
}
