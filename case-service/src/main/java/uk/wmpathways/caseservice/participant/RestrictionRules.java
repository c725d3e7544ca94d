package uk.wmpathways.caseservice.participant;

import uk.wmpathways.caseservice.api.FieldProblem;
import uk.wmpathways.caseservice.api.InvalidCommandException;
import uk.wmpathways.caseservice.api.consent.AlreadyRestrictedException;
import uk.wmpathways.caseservice.api.consent.NotRestrictedException;
import uk.wmpathways.caseservice.api.consent.RestrictProcessing;
import uk.wmpathways.caseservice.api.consent.RestrictionGround;

import java.util.ArrayList;
import java.util.List;

/**
 * When processing of a record is restricted and lifted (UK GDPR Article 18). A record has two kinds of
 * restriction: the one withdrawn consent puts on a record held under consent ({@code byConsent}), lifted when
 * consent is given again or another basis is recorded; and the data protection officer's ({@code officersGround},
 * null when none), which only the officer lifts. The officer's lifting lifts both.
 */
final class RestrictionRules {

    private RestrictionRules() {
    }

    /**
     * Whether the officer's restriction is to be recorded: not when it stands already on the same ground (nothing
     * new); refused on another ground standing (lift it first) and for a ground the officer does not choose.
     */
    static boolean officerRestrictionIsNew(RestrictProcessing command, RestrictionGround officersGround) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.ground() == null) {
            problems.add(new FieldProblem("ground", "Choose the ground the restriction is made on"));
        } else if (command.ground() == RestrictionGround.CONSENT_WITHDRAWN) {
            problems.add(new FieldProblem("ground", "A record held on consent is restricted when the withdrawal of"
                    + " consent is recorded; choose one of " + RestrictionGround.officersGrounds()));
        }
        if (command.note() != null && command.note().length() > RestrictProcessing.MAX_NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "The note must be at most " + RestrictProcessing.MAX_NOTE_LENGTH
                    + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        if (officersGround == null) {
            return true;
        }
        if (officersGround != command.ground()) {
            throw new AlreadyRestrictedException(officersGround);
        }
        return false;
    }

    /** Consent given again, or another basis: lifts the restriction of withdrawn consent, never the officer's. */
    static boolean consentLiftsRestriction(boolean byConsent, RestrictionGround officersGround) {
        return byConsent && officersGround == null;
    }

    /** Only a restricted record has a restriction to lift. */
    static void requireRestricted(boolean byConsent, RestrictionGround officersGround) {
        if (!byConsent && officersGround == null) {
            throw new NotRestrictedException();
        }
    }
}
