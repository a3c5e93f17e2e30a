package nl.ppsim.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ppsim.dist.Numbers;

/**
 * The two CSV dialects: {@code rfc4180} (comma, '.' decimals, CRLF; the default, for analysts
 * and scripts) and {@code excel-nl} (semicolon, decimal comma, UTF-8 byte-order mark so that Excel
 * reads accents right; for Dutch Excel). Numbers are
 * written at full precision without exponent or thousands separators.
 */
public enum CsvFormat {
    /** Comma-separated with a decimal point (RFC 4180). */
    RFC4180("rfc4180", ',', '.'),
    /** Semicolon-separated with a decimal comma and a byte-order mark, as Dutch Excel reads it. */
    EXCEL_NL("excel-nl", ';', ',');

    private final String key;
    private final char separator;
    private final char decimal;

    CsvFormat(String key, char separator, char decimal) {
        this.key = key;
        this.separator = separator;
        this.decimal = decimal;
    }

    /** The format's key on the command line. */
    public String key() {
        return key;
    }

    /** The format with this key; IllegalArgumentException for an unknown key. */
    public static CsvFormat of(String key) {
        for (CsvFormat f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown CSV format " + key);
    }

    /** A number in this format, with full precision (empty for NaN). */
    public String number(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        String s = Numbers.plain(x);
        return decimal == '.' ? s : s.replace('.', decimal);
    }

    /** A number rounded to {@code digits} decimals, for values whose last digits are noise. */
    public String rounded(double x, int digits) {
        if (!Double.isFinite(x)) {
            return number(x);
        }
        return number(BigDecimal.valueOf(x)
                .setScale(digits, java.math.RoundingMode.HALF_EVEN)
                .doubleValue());
    }

    /** Writes the rows to {@code file}. */
    public void write(Path file, List<String[]> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVWriter csv = new CSVWriter(
                        out,
                        separator,
                        ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                        ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
                        "\r\n")) {
            if (this == EXCEL_NL) {
                out.write('\uFEFF');
            }
            for (String[] row : rows) {
                String[] safe = row.clone();
                for (int c = 0; c < safe.length; c++) {
                    safe[c] = asText(safe[c]);
                }
                csv.writeNext(safe, false);
            }
        }
    }

    /**
     * A cell as a spreadsheet must show it: text that starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return would be taken for a formula by Excel and LibreOffice (a
     * partner named {@code =HYPERLINK(...)} in a reviewer's checks.csv), so it gets a leading
     * apostrophe, as OWASP advises against CSV injection ("CSV Injection",
     * owasp.org/www-community/attacks/CSV_Injection). Numbers written by this format ({@code -0.5},
     * {@code -0,5}) stay numbers.
     */
    String asText(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    private boolean isNumber(String cell) {
        int i = cell.charAt(0) == '-' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits = true;
            } else if (ch == decimal && !point && digits) {
                point = true;
            } else {
                return false;
            }
        }
        return digits && cell.charAt(cell.length() - 1) != decimal;
    }
}
