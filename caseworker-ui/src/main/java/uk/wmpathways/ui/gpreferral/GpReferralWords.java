package uk.wmpathways.ui.gpreferral;

import uk.wmpathways.caseservice.api.gpreferral.GpReferralInboxEntry;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralParts.GpReferralFlag;
import uk.wmpathways.caseservice.api.gpreferral.GpReferralRejectionReason;
import uk.wmpathways.ui.UkFormats;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A GP referral in the inbox in a caseworker's words. */
final class GpReferralWords {

    private GpReferralWords() {
    }

    static String status(GpReferralInboxEntry entry) {
        String status = entry.status() == null ? "" : entry.status();
        return switch (status) {
            case "requested" -> "New";
            case "received" -> "Opened" + (entry.openedBy() == null ? "" : " by " + entry.openedBy());
            case "accepted" -> "Accepted";
            case "rejected" -> "Rejected" + (entry.rejectionReason() == null ? "" : ": " + reason(entry.rejectionReason()));
            case "cancelled" -> "Cancelled by the practice";
            default -> GpReferralStatusWords.words(status);
        };
    }

    static boolean undecided(GpReferralInboxEntry entry) {
        return "requested".equals(entry.status()) || "received".equals(entry.status());
    }

    static String practice(GpReferralInboxEntry entry) {
        return (entry.practiceName() == null ? "" : entry.practiceName() + " ") + "(" + entry.practiceOdsCode() + ")";
    }

    static String referrer(GpReferralInboxEntry entry) {
        if (entry.referrerName() == null) {
            return "The practice";
        }
        return entry.referrerName() + (entry.referrerRole() == null ? "" : ", " + entry.referrerRole());
    }

    static String person(GpReferralInboxEntry entry) {
        if (entry.person() == null) {
            return "";
        }
        String name = ((entry.person().givenName() == null ? "" : entry.person().givenName() + " ")
                + entry.person().familyName()).strip();
        return name + (entry.person().dateOfBirth() == null ? "" : ", born " + UkFormats.date(entry.person().dateOfBirth()));
    }

    static String reason(GpReferralInboxEntry entry) {
        return entry.reason() == null ? "" : String.join(" ", entry.reason());
    }

    static List<String> flags(GpReferralInboxEntry entry) {
        if (entry.flags() == null) {
            return List.of();
        }
        return entry.flags().stream().map(GpReferralWords::flag).toList();
    }

    private static String flag(GpReferralFlag flag) {
        String category = switch (flag.category() == null ? "" : flag.category()) {
            case "RA" -> "Reasonable adjustment";
            case "SG" -> "Safeguarding";
            default -> flag.categoryDisplay() != null ? flag.categoryDisplay() : "Flag";
        };
        return category + (flag.text() == null ? "" : ": " + flag.text());
    }

    /** A rejection reason's words, from its name or its FHIR code. */
    static String reason(String code) {
        return Arrays.stream(GpReferralRejectionReason.values())
                .filter(reason -> reason.name().equals(code) || reason.code().equals(code))
                .map(GpReferralRejectionReason::label).findFirst().orElse(code);
    }

    static String addressOf(GpReferralInboxEntry.ReferredPerson person) {
        return person.addressLines().stream().collect(Collectors.joining(", "))
                + (person.postcode() == null ? "" : (person.addressLines().isEmpty() ? "" : ", ") + person.postcode());
    }
}
