package uk.wmpathways.reporting.export;

/**
 * Text for a spreadsheet cell that a spreadsheet will not run: a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return could be taken as a formula (CSV injection), so it gets a
 * leading single quote, which spreadsheets read as "this is text". Numbers are written as numbers, not through
 * here, so a negative number stays a number.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formulaLike ? "'" + text : text;
    }
}
