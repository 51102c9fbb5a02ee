package app.soundpath.reporting.control;

/**
 * Text cells made safe for spreadsheet programs: a cell that starts with =, +, -, @, a tab or a carriage return
 * would be read as a formula (CSV injection), so it gets a leading apostrophe, which spreadsheets show as text.
 * Quoting is Commons CSV's job; this only defuses formulas.
 */
public final class CsvCells {

    /** Byte order mark: spreadsheet programs then read the file as UTF-8. */
    public static final String BOM = "\uFEFF";

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
