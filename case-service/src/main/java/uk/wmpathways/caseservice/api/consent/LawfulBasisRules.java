package uk.wmpathways.caseservice.api.consent;

import uk.wmpathways.caseservice.api.FieldProblem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for a lawful basis, used by the participant aggregate, the API and the registration form alike:
 * a basis is required; consent as the basis needs the day it was given (not in the future); special category
 * data (equality monitoring details) needs its condition.
 */
public final class LawfulBasisRules {

    public static final String BASIS_REQUIRED = "Lawful basis is required: why may we hold this record?";
    public static final String CONSENT_DAY_REQUIRED = "The day the person gave consent is required when consent is the basis";
    public static final String CONSENT_DAY_IN_FUTURE = "The day consent was given cannot be in the future";
    public static final String CONDITION_REQUIRED =
            "A special category condition is required when equality or health details are held";

    private LawfulBasisRules() {
    }

    public static List<FieldProblem> problems(LawfulBasis basis, SpecialCategoryCondition condition,
                                              LocalDate consentGivenOn, boolean specialCategoryDataHeld,
                                              LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (basis == null) {
            problems.add(new FieldProblem("lawfulBasis", BASIS_REQUIRED));
        }
        if (basis == LawfulBasis.CONSENT) {
            givenOnProblem(consentGivenOn, today).ifPresent(m -> problems.add(new FieldProblem("consentGivenOn", m)));
        }
        if (specialCategoryDataHeld && condition == null) {
            problems.add(new FieldProblem("specialCategoryCondition", CONDITION_REQUIRED));
        }
        return problems;
    }

    public static java.util.Optional<String> givenOnProblem(LocalDate givenOn, LocalDate today) {
        if (givenOn == null) {
            return java.util.Optional.of(CONSENT_DAY_REQUIRED);
        }
        return givenOn.isAfter(today) ? java.util.Optional.of(CONSENT_DAY_IN_FUTURE) : java.util.Optional.empty();
    }
}
