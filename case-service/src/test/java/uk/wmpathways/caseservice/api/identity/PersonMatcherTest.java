package uk.wmpathways.caseservice.api.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PersonMatcherTest {

    private static final LocalDate BORN = LocalDate.of(1980, 3, 14);

    private static PersonDetails person(String given, String family, LocalDate born) {
        return new PersonDetails(given, family, born, null, null, null);
    }

    @Test
    void theSameVerifiedNhsNumberIsTheSamePersonWhateverTheNames() {
        MatchScore score = PersonMatcher.compare(
                new PersonDetails("Ann", "Lee", BORN, "9434765919", null, null),
                new PersonDetails("Robert", "Brown", LocalDate.of(1950, 1, 1), "9434765919", null, null));

        assertThat(score.sameVerifiedNhsNumber()).isTrue();
        assertThat(score.likely()).isTrue();
        assertThat(score.reasons()).containsExactly("same verified NHS number");
    }

    @Test
    void differentVerifiedNhsNumbersAreDifferentPeople() {
        MatchScore score = PersonMatcher.compare(
                new PersonDetails("Ann", "Lee", BORN, "9434765919", null, null),
                new PersonDetails("Ann", "Lee", BORN, "4010232137", null, null));

        assertThat(score.likely()).isFalse();
        assertThat(score.reasons()).containsExactly("different NHS numbers");
    }

    @Test
    void namesAreComparedWithoutCaseAccentsTitlesOrApostrophes() {
        assertThat(Names.joined("Mrs Zoë O'Brien-Lefèvre")).isEqualTo("zoeobrienlefevre");
        assertThat(Names.parts("Dr. Mary-Ann")).containsExactly("mary", "ann");
        assertThat(PersonMatcher.compare(person("ZOË", "o’brien", BORN), person("Zoe", "OBrien", BORN)).score())
                .isEqualTo(1.0);
    }

    @Test
    void shortFormsOfAGivenNameAreTheSameName() {
        MatchScore score = PersonMatcher.compare(person("Bill", "Jones", BORN), person("William", "Jones", BORN));

        assertThat(score.likely()).isTrue();
        assertThat(score.reasons()).contains("given name a short form of the other", "same family name",
                "same date of birth");
    }

    @Test
    void givenAndFamilyNamesSwappedAreSaidSo() {
        MatchScore score = PersonMatcher.compare(person("Aisha", "Begum", BORN), person("Begum", "Aisha", BORN));

        assertThat(score.likely()).isTrue();
        assertThat(score.reasons()).contains("given and family names swapped", "same given name");
    }

    @Test
    void transposedDayAndMonthAndOneDigitOffAreLikely() {
        assertThat(PersonMatcher.compare(person("Tom", "Walker", LocalDate.of(1995, 1, 8)),
                person("Tom", "Walker", LocalDate.of(1995, 8, 1))).reasons())
                .contains("day and month of birth transposed");
        MatchScore oneDigit = PersonMatcher.compare(person("Tom", "Walker", LocalDate.of(1995, 1, 8)),
                person("Tom", "Walker", LocalDate.of(1985, 1, 8)));
        assertThat(oneDigit.likely()).isTrue();
        assertThat(oneDigit.reasons()).contains("date of birth one digit different");
    }

    @Test
    void aCommonNameWithAnotherDateOfBirthIsNotLikely() {
        MatchScore score = PersonMatcher.compare(person("John", "Smith", BORN),
                person("John", "Smith", LocalDate.of(1965, 7, 22)));

        assertThat(score.likely()).isFalse();
        assertThat(score.reasons()).contains("date of birth different");
    }

    @Test
    void aDifferentSexTakesAwayAndTheSamePostcodeAdds() {
        PersonDetails oliver = new PersonDetails("Oliver", "Taylor", BORN, null, "MALE", "B21 9AA");
        PersonDetails olivia = new PersonDetails("Olivia", "Taylor", BORN, null, "female", "b219aa");
        PersonDetails olly = new PersonDetails("Oliver", "Taylor", BORN, null, "male", "B219AA");

        assertThat(PersonMatcher.compare(oliver, olivia).likely()).isFalse();
        assertThat(PersonMatcher.compare(oliver, olivia).reasons()).contains("sex different", "same postcode");
        assertThat(PersonMatcher.compare(oliver, olly).score()).isEqualTo(1.0);
    }

    @Test
    void reasonsNameNoDetailOfEitherPerson() {
        MatchScore score = PersonMatcher.compare(person("Priya", "Patel", BORN), person("Priya", "Patil", BORN));

        assertThat(String.join(" ", score.reasons())).doesNotContainIgnoringCase("priya")
                .doesNotContainIgnoringCase("pat").doesNotContain("1980");
    }

    @Test
    void dateVariantsHoldTheDateItsTranspositionAndEveryValidOneDigitSlip() {
        assertThat(DateVariants.of(LocalDate.of(1995, 1, 8)))
                .contains(LocalDate.of(1995, 1, 8), LocalDate.of(1995, 8, 1), LocalDate.of(1985, 1, 8),
                        LocalDate.of(1995, 1, 9))
                .doesNotContain(LocalDate.of(1994, 1, 9))
                .hasSizeLessThan(80);
    }
}
