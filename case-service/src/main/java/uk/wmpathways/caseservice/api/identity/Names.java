package uk.wmpathways.caseservice.api.identity;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names as the duplicate check compares them: lower case, accents removed, titles dropped, apostrophes and full
 * stops removed ("O'Brien" is "obrien"), hyphens and other separators as spaces ("Smith-Jones" is two parts).
 */
public final class Names {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir",
            "dame", "lady", "lord", "master");

    private Names() {
    }

    /** The name's parts, normalised; empty for none. */
    public static List<String> parts(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`.]", "").replaceAll("[^a-z]+", " ").trim();
        if (plain.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(plain.split(" ")).filter(part -> !TITLES.contains(part)).toList();
    }

    /** The whole name normalised, its parts joined without spaces ("Smith-Jones" is "smithjones"). */
    public static String joined(String name) {
        return String.join("", parts(name));
    }

    /** The first given name, normalised ("Mary-Ann" is "mary"); empty for none. */
    public static String first(String name) {
        List<String> parts = parts(name);
        return parts.isEmpty() ? "" : parts.get(0);
    }
}
