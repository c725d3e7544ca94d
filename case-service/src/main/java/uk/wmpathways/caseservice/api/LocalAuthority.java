package uk.wmpathways.caseservice.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The seven constituent local authorities of the West Midlands, or somewhere else. */
public enum LocalAuthority {
    BIRMINGHAM("Birmingham"),
    COVENTRY("Coventry"),
    DUDLEY("Dudley"),
    SANDWELL("Sandwell"),
    SOLIHULL("Solihull"),
    WALSALL("Walsall"),
    WOLVERHAMPTON("Wolverhampton"),
    OTHER("Other");

    private final String displayName;

    LocalAuthority(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Accepts the code ({@code WALSALL}) or the name ({@code Walsall}), in any case. */
    public static Optional<LocalAuthority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(la -> la.name().equals(wanted)).findFirst();
    }

    /** The names people know them by, for a message: "Birmingham, Coventry, ... or Other". */
    public static String allNames() {
        List<String> names = Arrays.stream(values()).map(LocalAuthority::displayName).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
