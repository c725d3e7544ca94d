package uk.wmpathways.ui.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way people in the UK type one: 17/05/1985, 7/5/1985, 17-05-1985, 17.05.1985, 17 05 1985,
 * 17 May 1985, 17th May 1985 or 1985-05-17. Day first, always; a year must be given in full, since "85" could be
 * 1985 or 2085 for a date of birth.
 */
public final class UkDateParser {

    /** What to show beside a date field whose text could not be read. */
    public static final String HOW_TO_WRITE = "Enter a date like 17/05/1985";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH_NAME_YEAR =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s*[ \\-/.]?\\s*([a-z]+)\\.?,?\\s*[ \\-/.]?\\s*(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private UkDateParser() {
    }

    /** The date the text names, or empty when it names none (including 31/02/2024). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip().toLowerCase(Locale.UK);
        Matcher numbers = DAY_MONTH_YEAR.matcher(typed);
        if (numbers.matches()) {
            return date(numbers.group(3), numbers.group(2), numbers.group(1));
        }
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher named = DAY_MONTH_NAME_YEAR.matcher(typed);
        if (named.matches() && MONTHS.containsKey(named.group(2))) {
            return date(named.group(3), String.valueOf(MONTHS.get(named.group(2))), named.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
