package uk.wmpathways.app;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** Participant details for tests: registration bodies, fresh NHS numbers and family names no other test uses. */
public final class ParticipantRequests {

    private ParticipantRequests() {
    }

    /** A fresh valid NHS number for each call, so tests never collide on the uniqueness rule. */
    public static String freshNhsNumber() {
        Random random = new Random();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = random.nextInt(10);
                digits.append(digit);
                sum += digit * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** A registration as JSON under the public task basis; null fields are sent as null. */
    public static String registration(String givenName, String familyName, String dateOfBirth, String nhsNumber,
                                      String localAuthority) {
        return """
                {"givenName": %s, "familyName": %s, "dateOfBirth": %s, "nhsNumber": %s, "localAuthority": %s,
                 "lawfulBasis": "PUBLIC_TASK"}"""
                .formatted(quoted(givenName), quoted(familyName), quoted(dateOfBirth), quoted(nhsNumber),
                        quoted(localAuthority));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /**
     * A family name no other test uses, in letters only (names are checked for odd characters). The letters are
     * drawn directly: the letters of a UUID were fewer than asked for now and then.
     */
    public static String uniqueFamilyName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(6)));
        }
        return name.toString();
    }
}
