package uk.wmpathways.caseservice.api.identity;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether two sets of details are likely one person: the same verified NHS number is; otherwise names (Jaro-Winkler
 * on normalised names, short forms of given names, given and family names swapped) weigh 0.6 and the date of
 * birth (the same, day and month transposed, one digit different) 0.4, then sex and postcode, where both sides
 * have them, add or take a little. Pure and thread-safe: registration, GP referral intake and the benchmark use
 * this one rule. Different NHS numbers, both verified, are different people whatever the names say.
 */
public final class PersonMatcher {

    /** At or above it, a person is asked to decide. Chosen on the table in PersonMatcherTableTest. */
    public static final double THRESHOLD = 0.82;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final double NAME_WEIGHT = 0.6;
    private static final double BIRTH_WEIGHT = 0.4;
    private static final double NAME_SIMILAR = 0.85;
    private static final double NAME_FLOOR = 0.75;

    private PersonMatcher() {
    }

    public static MatchScore compare(PersonDetails one, PersonDetails other) {
        if (one.verifiedNhsNumber() != null && other.verifiedNhsNumber() != null) {
            if (one.verifiedNhsNumber().equals(other.verifiedNhsNumber())) {
                return new MatchScore(1.0, true, List.of("same verified NHS number"));
            }
            return new MatchScore(0.0, false, List.of("different NHS numbers"));
        }
        List<String> reasons = new ArrayList<>();
        double names = names(one, other, reasons);
        double birth = birth(one.dateOfBirth(), other.dateOfBirth(), reasons);
        double score = NAME_WEIGHT * names + BIRTH_WEIGHT * birth + sex(one, other, reasons)
                + postcode(one, other, reasons);
        return new MatchScore(Math.max(0, Math.min(1, score)), false, reasons);
    }

    /** Names as written, or swapped when that fits better (a form filled in the other way round). */
    private static double names(PersonDetails one, PersonDetails other, List<String> reasons) {
        double family = family(one.familyName(), other.familyName());
        double given = given(one.givenName(), other.givenName());
        double swappedFamily = family(one.familyName(), other.givenName());
        double swappedGiven = given(one.givenName(), other.familyName());
        if (swappedFamily + swappedGiven > family + given + 0.1) {
            reasons.add("given and family names swapped");
            family = swappedFamily;
            given = swappedGiven;
        }
        reasons.add(family == 1.0 ? "same family name"
                : family >= NAME_SIMILAR ? "family name similar" : "family name different");
        if (given == 1.0) {
            reasons.add(Names.first(one.givenName()).equals(Names.first(other.givenName()))
                    || Names.first(one.givenName()).equals(Names.first(other.familyName()))
                    ? "same given name" : "given name a short form of the other");
        } else {
            reasons.add(given >= NAME_SIMILAR ? "given name similar" : "given name different");
        }
        return 0.55 * agreement(family) + 0.45 * agreement(given);
    }

    /**
     * Jaro-Winkler is high even for different names ("Murray" and "Murphy" score 0.89): below
     * {@link #NAME_FLOOR} a name counts as not agreeing at all, and agreement grows steeply above it.
     */
    private static double agreement(double similarity) {
        return Math.max(0, (similarity - NAME_FLOOR) / (1 - NAME_FLOOR));
    }

    /** The best of the whole names and any one part of each ("Smith-Jones" and "Smith" share a part). */
    private static double family(String one, String other) {
        String a = Names.joined(one);
        String b = Names.joined(other);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double best = JARO_WINKLER.apply(a, b);
        if (best == 1.0) {
            return 1.0;
        }
        for (String partOfOne : Names.parts(one)) {
            for (String partOfOther : Names.parts(other)) {
                if (partOfOne.equals(partOfOther)) {
                    best = Math.max(best, 0.95);
                }
            }
        }
        return best;
    }

    /** First given names: the same or short forms of one name count as the same; an initial as nearly so. */
    private static double given(String one, String other) {
        String a = Names.first(one);
        String b = Names.first(other);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (Nicknames.sameName(a, b)) {
            return 1.0;
        }
        if ((a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) {
            return 0.9;
        }
        return JARO_WINKLER.apply(a, b);
    }

    /** 1 for the same date, less for the usual slips, 0 for another date; 0.5 when either is not known. */
    private static double birth(LocalDate one, LocalDate other, List<String> reasons) {
        if (one == null || other == null) {
            return 0.5;
        }
        if (one.equals(other)) {
            reasons.add("same date of birth");
            return 1.0;
        }
        if (one.getYear() == other.getYear() && one.getDayOfMonth() == other.getMonthValue()
                && one.getMonthValue() == other.getDayOfMonth()) {
            reasons.add("day and month of birth transposed");
            return 0.85;
        }
        if (digitsDifferent(one, other) == 1) {
            reasons.add("date of birth one digit different");
            return 0.75;
        }
        if (DateVariants.adjacentDigitsSwapped(DateVariants.digits(one), DateVariants.digits(other))) {
            reasons.add("two digits of the date of birth swapped");
            return 0.75;
        }
        reasons.add("date of birth different");
        return 0;
    }

    private static int digitsDifferent(LocalDate one, LocalDate other) {
        String a = DateVariants.digits(one);
        String b = DateVariants.digits(other);
        int different = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                different++;
            }
        }
        return different;
    }

    private static double sex(PersonDetails one, PersonDetails other, List<String> reasons) {
        String a = one.sexCode();
        String b = other.sexCode();
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 0.02;
        }
        reasons.add("sex different");
        return -0.15;
    }

    private static double postcode(PersonDetails one, PersonDetails other, List<String> reasons) {
        String a = one.postcodeCode();
        String b = other.postcodeCode();
        if (a == null || b == null) {
            return 0;
        }
        if (Objects.equals(a, b)) {
            reasons.add("same postcode");
            return 0.05;
        }
        return 0;
    }
}
