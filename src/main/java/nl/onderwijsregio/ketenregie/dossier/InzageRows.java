package nl.onderwijsregio.ketenregie.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for an access export, keyed by lower-case column name: PostgreSQL answers lower case, H2 upper case,
 * and the export must read the same on both.
 */
public final class InzageRows {

    private InzageRows() {
    }

    public static List<Map<String, Object>> query(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(InzageRows::lowerCase).toList();
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> result = new LinkedHashMap<>();
        row.forEach((column, value) -> result.put(column.toLowerCase(Locale.ROOT), value));
        return result;
    }
}
