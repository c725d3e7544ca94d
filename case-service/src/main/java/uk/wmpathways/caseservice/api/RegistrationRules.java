package uk.wmpathways.caseservice.api;

import uk.wmpathways.caseservice.api.consent.LawfulBasisRules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a registration must meet. The aggregate enforces them; forms use the same checks to show a
 * message beside the field before anything is sent.
 */
public final class RegistrationRules {

    public static final int MIN_AGE = 16;
    public static final int MAX_AGE = 110;
    public static final int MAX_NAME_LENGTH = 100;
    /** How to write an email address, said whenever one cannot be used. */
    public static final String EMAIL_EXAMPLE = "Enter an email like name@example.org";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RegistrationRules() {
    }

    public static Optional<String> nameProblem(String label, String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(label + " is required");
        }
        if (name.trim().length() > MAX_NAME_LENGTH) {
            return Optional.of(label + " must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static Optional<String> dateOfBirthProblem(LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of("Date of birth is required");
        }
        if (!dateOfBirth.isBefore(today)) {
            return Optional.of("Date of birth must be in the past");
        }
        int age = Period.between(dateOfBirth, today).getYears();
        if (age < MIN_AGE) {
            return Optional.of("Date of birth gives an age of " + age + "; participants must be " + MIN_AGE
                    + " or over");
        }
        if (age > MAX_AGE) {
            return Optional.of("Date of birth gives an age of " + age + "; the maximum age is " + MAX_AGE
                    + ": check the year");
        }
        return Optional.empty();
    }

    public static Optional<String> nhsNumberProblem(String nhsNumber) {
        return isBlank(nhsNumber) ? Optional.empty() : NhsNumber.problem(nhsNumber);
    }

    public static Optional<String> localAuthorityProblem(LocalAuthority localAuthority) {
        return localAuthority == null
                ? Optional.of("Choose the local authority: " + LocalAuthority.allNames())
                : Optional.empty();
    }

    public static Optional<String> phoneProblem(String phone) {
        return isBlank(phone) || PHONE.matcher(phone.trim()).matches()
                ? Optional.empty()
                : Optional.of("Phone number may hold only digits, spaces, brackets, hyphens and a leading +");
    }

    public static Optional<String> emailProblem(String email) {
        return isBlank(email) || EMAIL.matcher(email.trim()).matches()
                ? Optional.empty()
                : Optional.of(EMAIL_EXAMPLE);
    }

    public static List<FieldProblem> problems(RegisterParticipant command, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        nameProblem("Given name", command.givenName()).ifPresent(m -> problems.add(new FieldProblem("givenName", m)));
        nameProblem("Family name", command.familyName()).ifPresent(m -> problems.add(new FieldProblem("familyName", m)));
        dateOfBirthProblem(command.dateOfBirth(), today).ifPresent(m -> problems.add(new FieldProblem("dateOfBirth", m)));
        nhsNumberProblem(command.nhsNumber()).ifPresent(m -> problems.add(new FieldProblem("nhsNumber", m)));
        localAuthorityProblem(command.localAuthority()).ifPresent(m -> problems.add(new FieldProblem("localAuthority", m)));
        phoneProblem(command.phone()).ifPresent(m -> problems.add(new FieldProblem("phone", m)));
        emailProblem(command.email()).ifPresent(m -> problems.add(new FieldProblem("email", m)));
        problems.addAll(LawfulBasisRules.problems(command.lawfulBasis(), command.specialCategoryCondition(),
                command.consentGivenOn(), command.equality() != null, today));
        return problems;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
