package nl.onderwijsregio.ketenregie.langstudeerders;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as Excel writes it: separator ';' or ',' (whichever the header line uses), fields optionally in
 * double quotes (a quote inside doubled, line breaks inside allowed), lines ending in CRLF, LF or CR, text in
 * UTF-8 with or without byte order mark or else in Windows-1252 (Excel's "CSV" on a Dutch Windows).
 */
final class CsvFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record: its fields and the line of the file where it starts (1 = the header). */
    record Row(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private CsvFile() {
    }

    /** The text of the file: UTF-8 if it has a BOM or decodes as UTF-8 without error, else Windows-1252. */
    static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The separator of the header line: the one of ';' and ',' it uses most outside quotes (';' on a tie). */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * The records of the text. A quote that opens a field starts a quoted field; an unterminated quoted field
     * runs to the end of the file and is reported by the caller through its wrong number of fields.
     */
    static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                fieldStart = true;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                fieldStart = false;
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty() || quoted) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
