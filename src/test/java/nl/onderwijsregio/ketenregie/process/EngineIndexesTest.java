package nl.onderwijsregio.ketenregie.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.onderwijsregio.ketenregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The due-date index the engine lacks is there after start, on H2 and PostgreSQL alike. */
@IntegrationTest
class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesTaskTableHasAnIndexOnTheDueDate() throws Exception {
        List<String> indexed = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
            for (String table : List.of("act_ru_task", "ACT_RU_TASK")) {
                try (ResultSet rows = meta.getIndexInfo(null, null, table, false, false)) {
                    while (rows.next()) {
                        indexed.add(rows.getString("INDEX_NAME").toUpperCase(Locale.ROOT) + ":"
                                + rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(indexed).contains(EngineIndexes.TASK_DUE_DATE + ":DUE_DATE_");
    }
}
