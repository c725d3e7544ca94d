package uk.wmpathways.ui.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates typed the ways people in the UK write them are read day first; anything else is refused, not guessed. */
class UkDateParserTest {

    private static final LocalDate SEVENTEENTH_OF_MAY_1985 = LocalDate.of(1985, 5, 17);

    @ParameterizedTest
    @ValueSource(strings = {"17/05/1985", "17/5/1985", "17-05-1985", "17.05.1985", "17 05 1985", " 17/05/1985 ",
            "17 May 1985", "17 may 1985", "17th May 1985", "17 MAY 1985", "17-May-1985", "17 May, 1985",
            "1985-05-17"})
    void readsTheUsualWaysOfWritingADay(String typed) {
        assertThat(UkDateParser.parse(typed)).contains(SEVENTEENTH_OF_MAY_1985);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/2/2024", "01/02/2024", "1 Feb 2024", "1st February 2024", "01-02-2024", "1.2.2024"})
    void readsTheDayBeforeTheMonth(String typed) {
        assertThat(UkDateParser.parse(typed)).contains(LocalDate.of(2024, 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 Sept 2023", "3 Sep 2023", "3 September 2023", "3/9/2023"})
    void readsEachSpellingOfAMonth(String typed) {
        assertThat(UkDateParser.parse(typed)).contains(LocalDate.of(2023, 9, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "tomorrow", "17/05/85", "17/05", "31/02/2024", "29/02/2023", "00/01/2024",
            "17/13/1985", "17 Mai 1985", "05/17/1985", "17/05/1985 12:00", "1985"})
    void refusesWhatIsNotADayRatherThanGuessing(String typed) {
        assertThat(UkDateParser.parse(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNoDate() {
        assertThat(UkDateParser.parse(null)).isEmpty();
    }

    @Test
    void aLeapDayIsADay() {
        assertThat(UkDateParser.parse("29/02/2024")).contains(LocalDate.of(2024, 2, 29));
    }
}
