package uk.wmpathways.caseservice.participant;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.RegistrationRules;
import uk.wmpathways.caseservice.api.consent.ConsentScope;
import uk.wmpathways.caseservice.api.consent.LawfulBasis;
import uk.wmpathways.caseservice.api.consent.LawfulBasisRules;
import uk.wmpathways.caseservice.api.consent.RecordConsent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a consent must say: what it covers and the day it was given; sharing names an organisation other than the
 * one that registered the person; consent to processing is asked only when consent is the basis.
 */
final class ConsentRules {

    private ConsentRules() {
    }

    static List<FieldProblem> problems(RecordConsent command, LawfulBasis basis, String registeringOrganisation,
                                       LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.scope() == null) {
            problems.add(new FieldProblem("scope", "What the person agreed to is required"));
        }
        if (command.scope() == ConsentScope.SHARE_WITH_ORGANISATION) {
            if (RegistrationRules.isBlank(command.organisation())) {
                problems.add(new FieldProblem("organisation", "The organisation they agreed may see their record is required"));
            } else if (command.organisation().equals(registeringOrganisation)) {
                problems.add(new FieldProblem("organisation", "This organisation registered the person: it sees their record already"));
            }
        }
        if (command.scope() == ConsentScope.PROCESSING && basis != LawfulBasis.CONSENT) {
            problems.add(new FieldProblem("scope",
                    "Consent to holding the record is asked only when consent is the lawful basis"));
        }
        LawfulBasisRules.givenOnProblem(command.givenOn(), today)
                .ifPresent(m -> problems.add(new FieldProblem("givenOn", m)));
        return problems;
    }
}
