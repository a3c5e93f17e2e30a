package nl.ppsim.report;

/** Minimal HTML building with escaping; numbers carry their exact value in {@code data-v} for checks and scripts. */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html tag(String name, String content) {
        sb.append('<')
                .append(name)
                .append('>')
                .append(esc(content))
                .append("</")
                .append(name)
                .append(">\n");
        return this;
    }

    /** A table cell with a formatted number and its exact value. */
    Html num(String formatted, double exact) {
        sb.append("<td class=\"n\" data-v=\"")
                .append(CsvFormat.RFC4180.number(exact))
                .append("\">")
                .append(esc(formatted))
                .append("</td>");
        return this;
    }

    Html cell(String s) {
        sb.append("<td>").append(esc(s)).append("</td>");
        return this;
    }

    Html head(String... columns) {
        sb.append("<thead><tr>");
        for (String c : columns) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        sb.append("</tr></thead>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
