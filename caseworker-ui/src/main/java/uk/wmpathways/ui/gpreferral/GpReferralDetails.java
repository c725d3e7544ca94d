package uk.wmpathways.ui.gpreferral;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import uk.wmpathways.caseservice.api.NhsNumber;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry.ReferredPerson;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatch;
import uk.wmpathways.caseservice.api.identity.IdentityQueries.LikelyMatches;
import uk.wmpathways.ui.UkFormats;
import uk.wmpathways.ui.casework.DetailsList;
import uk.wmpathways.ui.participant.DuplicateCheck;

import java.util.Optional;

/** A GP referral's details as the inbox shows them, and what the duplicate check found. */
final class GpReferralDetails {

    private GpReferralDetails() {
    }

    static Component of(GpReferralInboxEntry entry) {
        DetailsList details = new DetailsList();
        details.setId("gp-referral-details");
        ReferredPerson person = entry.person();
        if (person != null) {
            details.add("Name", GpReferralWords.person(entry));
            details.add("NHS number", person.nhsNumber() == null ? "Not given"
                    : NhsNumber.formatted(person.nhsNumber()) + (person.nhsNumberVerified() ? " (verified)"
                    : " (not traced)"));
            details.add("Sex", person.gender() == null ? "Not given" : GpReferralStatusWords.words(person.gender()));
            details.add("Phone", orNotGiven(person.phone()));
            details.add("Email", orNotGiven(person.email()));
            details.add("Address", orNotGiven(GpReferralWords.addressOf(person)));
        }
        details.add("Practice", GpReferralWords.practice(entry));
        details.add("Referred by", GpReferralWords.referrer(entry));
        details.add("Referred on", UkFormats.date(entry.authoredOn()));
        details.add("Reason", orNotGiven(GpReferralWords.reason(entry)));
        Div flags = new Div();
        GpReferralWords.flags(entry).forEach(flag -> flags.add(new Div(flag)));
        details.add("Flags", GpReferralWords.flags(entry).isEmpty() ? new Div("None") : flags);
        details.add("Consent", entry.consentGiven() ? "Given to the practice" : "Not sent by the practice");
        details.add("Status", GpReferralWords.status(entry), "gp-referral-status");
        return details;
    }

    static Component duplicateCheck(Optional<LikelyMatches> matches) {
        Div result = new Div();
        result.setId("duplicate-check");
        if (matches.isEmpty()) {
            result.add(GpReferralDialog.note(DuplicateCheck.UNAVAILABLE + ": check the participants list before "
                    + "registering, or link when you know the person. A verified identical NHS number is still "
                    + "linked automatically."));
            return result;
        }
        if (!matches.get().any()) {
            result.add(GpReferralDialog.note("No likely match among the participants known to the service."));
            return result;
        }
        for (LikelyMatch match : matches.get().candidates()) {
            String reasons = String.join(", ", match.reasons() == null ? java.util.List.of() : match.reasons());
            String who = match.heldByCaller()
                    ? match.displayName() + (match.dateOfBirth() == null ? "" : ", born "
                    + UkFormats.date(match.dateOfBirth()))
                    : "Someone known to " + String.join(", ", match.organisationsToContact()) + ": contact them";
            result.add(new Div(who + (reasons.isEmpty() ? "" : " (" + reasons + ")")
                    + (match.sameVerifiedNhsNumber() ? ": the same verified NHS number" : "")));
        }
        return result;
    }

    private static String orNotGiven(String text) {
        return text == null || text.isBlank() ? "Not given" : text;
    }
}
