package uk.wmpathways.app.demo;

import uk.wmpathways.caseservice.api.Disability;
import uk.wmpathways.caseservice.api.EqualityDetails;
import uk.wmpathways.caseservice.api.EthnicGroup;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.Sex;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.wmpathways.caseservice.api.LocalAuthority.BIRMINGHAM;
import static uk.wmpathways.caseservice.api.LocalAuthority.COVENTRY;
import static uk.wmpathways.caseservice.api.LocalAuthority.DUDLEY;
import static uk.wmpathways.caseservice.api.LocalAuthority.SANDWELL;
import static uk.wmpathways.caseservice.api.LocalAuthority.SOLIHULL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WALSALL;
import static uk.wmpathways.caseservice.api.LocalAuthority.WOLVERHAMPTON;

/**
 * Obviously fictitious people: given names from a short list and family names made of "Demo", "Sample",
 * "Test"... and an ordinary ending (Demoson, Samplewood, Testfield). Equality details follow the local
 * authority's population (2021 Census, rounded) and the pathway's mix of sexes and disability; most people
 * answered, some preferred not to say, and some were never asked.
 */
final class DemoPeople {

    private static final List<String> FEMALE_NAMES = List.of("Ava", "Bella", "Chloe", "Daisy", "Ella", "Freya",
            "Grace", "Hana", "Isla", "Jasmine", "Katie", "Leah", "Maya", "Nadia", "Olivia", "Priya", "Ruby",
            "Sofia", "Tara", "Zara");
    private static final List<String> MALE_NAMES = List.of("Adam", "Ben", "Callum", "Dev", "Ethan", "Faisal",
            "George", "Harry", "Imran", "Jack", "Kyle", "Liam", "Mo", "Nathan", "Oscar", "Ravi", "Sam", "Tom",
            "Usman", "Zac");
    private static final List<String> FAMILY_NAME_STARTS = List.of("Demo", "Sample", "Test", "Example", "Mock",
            "Trial", "Dummy", "Fiction");
    private static final List<String> FAMILY_NAME_ENDS = List.of("son", "wood", "field", "ton", "ford", "ley",
            "bridge", "worth", "more", "well");

    /** Ethnic groups by area, in per cent: Asian, Black, Mixed, White, Other (2021 Census, rounded). */
    private static final Map<LocalAuthority, double[]> ETHNICITY = new EnumMap<>(Map.of(
            BIRMINGHAM, new double[]{31.0, 10.9, 4.8, 48.6, 4.7},
            COVENTRY, new double[]{18.5, 8.9, 3.6, 65.5, 3.5},
            DUDLEY, new double[]{8.5, 2.0, 2.5, 86.0, 1.0},
            SANDWELL, new double[]{26.0, 9.5, 4.0, 57.0, 3.5},
            SOLIHULL, new double[]{9.5, 2.0, 3.2, 84.0, 1.3},
            WALSALL, new double[]{19.0, 4.0, 3.3, 72.0, 1.7},
            WOLVERHAMPTON, new double[]{21.5, 9.5, 5.5, 59.0, 4.5}));
    private static final List<EthnicGroup> GROUPS = List.of(EthnicGroup.ASIAN, EthnicGroup.BLACK,
            EthnicGroup.MIXED, EthnicGroup.WHITE, EthnicGroup.OTHER);

    static final double NEVER_ASKED = 0.07;
    static final double PREFER_NOT_TO_SAY = 0.03;
    static final double NOT_ANSWERED = 0.02;

    /** Who a pathway's participants are: the share of men, of disabled people, and the usual ages. */
    record Profile(double male, double disabled, int youngest, int oldest, int typicalAge) {
    }

    private final Draws draws;

    DemoPeople(Draws draws) {
        this.draws = draws;
    }

    /** A person of the profile, living in {@code area}, aged as the profile says on {@code firstSeen}. */
    DemoPerson person(String participantId, LocalAuthority area, Profile profile, LocalDate firstSeen) {
        Sex sex = draws.chance(profile.male()) ? Sex.MALE : Sex.FEMALE;
        String givenName = draws.pick(sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES);
        String familyName = draws.pick(FAMILY_NAME_STARTS) + draws.pick(FAMILY_NAME_ENDS);
        int age = age(profile);
        LocalDate dateOfBirth = firstSeen.minusYears(age).minusDays(draws.between(1, 364));
        return new DemoPerson(participantId, givenName, familyName, dateOfBirth, area,
                equality(area, sex, profile));
    }

    /** Ages cluster around the typical one, within the profile's range. */
    private int age(Profile profile) {
        int spread = Math.max(profile.typicalAge() - profile.youngest(), profile.oldest() - profile.typicalAge());
        double offset = (draws.uniform() + draws.uniform() + draws.uniform() - 1.5) / 1.5 * spread;
        return (int) Math.max(profile.youngest(), Math.min(profile.oldest(), Math.round(profile.typicalAge() + offset)));
    }

    private EqualityDetails equality(LocalAuthority area, Sex sex, Profile profile) {
        if (draws.chance(NEVER_ASKED)) {
            return null;
        }
        Map<EthnicGroup, Double> ethnicity = new LinkedHashMap<>();
        double[] shares = ETHNICITY.get(area);
        for (int i = 0; i < GROUPS.size(); i++) {
            ethnicity.put(GROUPS.get(i), shares[i]);
        }
        EthnicGroup group = answer(draws.weighted(ethnicity), EthnicGroup.PREFER_NOT_TO_SAY);
        Sex statedSex = answer(sex, Sex.PREFER_NOT_TO_SAY);
        Disability disability = answer(draws.chance(profile.disabled()) ? Disability.YES : Disability.NO,
                Disability.PREFER_NOT_TO_SAY);
        return new EqualityDetails(group, statedSex, disability);
    }

    /** The answer, or "prefer not to say", or nothing (the question was skipped). */
    private <T> T answer(T value, T preferNotToSay) {
        double roll = draws.uniform();
        if (roll < PREFER_NOT_TO_SAY) {
            return preferNotToSay;
        }
        return roll < PREFER_NOT_TO_SAY + NOT_ANSWERED ? null : value;
    }
}
