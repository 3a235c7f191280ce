package nl.onderwijsregio.ketenregie.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Searches every Camunda engine table (ACT_*), every column, byte arrays included (serialized variables,
 * deployments), and any text such as the application log, for the personal data of candidates: full name,
 * email and phone, as the dossier table holds them. The engine must hold none (docs/privacy.md).
 */
public final class EngineTableScan {

    /** What identifies one candidate. */
    public record Person(UUID dossier, String name, String email, String phone) {

        List<String> needles() {
            List<String> needles = new ArrayList<>(List.of(name, email.toLowerCase(Locale.ROOT)));
            if (phone != null && !phone.isBlank()) {
                needles.add(phone);
            }
            return needles;
        }
    }

    private EngineTableScan() {
    }

    public static List<Person> candidates(JdbcTemplate jdbc) {
        return jdbc.query("select id, voornaam, achternaam, email, telefoon from dossier where anonymised_at is null",
                (rs, row) -> new Person(rs.getObject("id", UUID.class), rs.getString("voornaam") + " "
                        + rs.getString("achternaam"), rs.getString("email"), rs.getString("telefoon")));
    }

    /** The engine tables and their full text content, table by table. */
    public static Map<String, String> engineTables(DataSource dataSource) throws SQLException {
        Map<String, String> content = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String schema = rs.getString("TABLE_SCHEM");
                    if (table.toUpperCase(Locale.ROOT).startsWith("ACT_")
                            && (schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                StringBuilder text = new StringBuilder();
                try (var statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            text.append(asText(rows.getObject(i))).append('\n');
                        }
                    }
                }
                content.put(table.toUpperCase(Locale.ROOT), text.toString().toLowerCase(Locale.ROOT));
            }
        }
        return content;
    }

    /** Every "table: value" where a candidate's name, email or phone occurs. */
    public static List<String> hits(Map<String, String> haystacks, List<Person> people) {
        List<String> hits = new ArrayList<>();
        haystacks.forEach((where, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            for (Person person : people) {
                for (String needle : person.needles()) {
                    if (lower.contains(needle.toLowerCase(Locale.ROOT))) {
                        hits.add(where + ": " + needle + " (dossier " + person.dossier() + ")");
                    }
                }
            }
        });
        return hits;
    }

    private static String asText(Object value) throws SQLException {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return asText(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
