package nl.onderwijsregio.ketenregie.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as Dutch Excel opens it without an import wizard: UTF-8 with a byte order mark, ";" between fields
 * (Dutch Excel uses the comma as decimal separator), CRLF line ends, a header row with Dutch names.
 */
final class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    static String write(FunnelReport.Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.kolommen());
        table.rijen().forEach(row -> line(out, row));
        return out.toString();
    }

    static ResponseEntity<byte[]> response(FunnelReport.Table table) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.code() + ".csv").build().toString())
                .body(write(table).getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would make Excel evaluate a formula (CSV injection); none of our values
        // need one except negative numbers, which reports do not have.
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.equals("-") ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
