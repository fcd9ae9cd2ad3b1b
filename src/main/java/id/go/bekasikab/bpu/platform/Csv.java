package id.go.bekasikab.bpu.platform;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, fields optionally in double quotes, "" for a quote, CRLF or LF line ends. */
public final class Csv {

    private Csv() {
    }

    /** The records of a document, each as its fields and its own text (for per-row reports). */
    public record Record(int line, List<String> fields, String text) {
    }

    /**
     * Whether a cell would run as a formula in a spreadsheet (CSV injection): it starts with =, +, - or @, or with a
     * tab or carriage return that some spreadsheets skip before reading one.
     */
    public static boolean isFormula(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** A cell as the service writes it: a would-be formula is prefixed with an apostrophe, so it stays text. */
    public static String neutralised(String cell) {
        return isFormula(cell) ? "'" + cell : cell;
    }

    public static List<Record> parse(String document) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int start = 0;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < document.length(); i++) {
            char c = document.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < document.length() && document.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                int end = i;
                if (c == '\r' && i + 1 < document.length() && document.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(new Record(recordLine, List.copyOf(fields), document.substring(start, end)));
                }
                fields.clear();
                line++;
                recordLine = line;
                start = i + 1;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
            records.add(new Record(recordLine, List.copyOf(fields), document.substring(start)));
        }
        return records;
    }
}
