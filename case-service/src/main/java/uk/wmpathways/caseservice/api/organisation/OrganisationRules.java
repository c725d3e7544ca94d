package uk.wmpathways.caseservice.api.organisation;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.LocalAuthority;
import uk.wmpathways.caseservice.api.enrolment.Pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of an organisation's fields, shared by the aggregate (which decides) and the forms (which say so at
 * once, by field). Messages never repeat the value given.
 */
public final class OrganisationRules {

    public static final int MAX_NAME_LENGTH = 120;
    public static final String CODE_RULE = "2 to 40 capital letters, digits and hyphens, starting with a letter "
            + "(for example HOMES-FIRST)";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");

    private OrganisationRules() {
    }

    public static Optional<FieldProblem> code(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(new FieldProblem("code", "Code is required"));
        }
        return CODE.matcher(code).matches() ? Optional.empty()
                : Optional.of(new FieldProblem("code", "Code must be " + CODE_RULE));
    }

    public static Optional<FieldProblem> name(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(new FieldProblem("name", "Name is required"));
        }
        return name.trim().length() > MAX_NAME_LENGTH
                ? Optional.of(new FieldProblem("name", "Name must be at most " + MAX_NAME_LENGTH + " characters"))
                : Optional.empty();
    }

    public static List<FieldProblem> services(Set<Pathway> pathways, Set<LocalAuthority> localAuthorities) {
        List<FieldProblem> problems = new ArrayList<>();
        if (pathways == null || pathways.isEmpty() || pathways.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("pathways", "Choose at least one pathway"));
        }
        if (localAuthorities == null || localAuthorities.isEmpty()
                || localAuthorities.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem("localAuthorities", "Choose at least one local authority"));
        }
        return problems;
    }
}
