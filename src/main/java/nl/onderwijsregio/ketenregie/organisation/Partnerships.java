package nl.onderwijsregio.ketenregie.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Partnerships and their members (tables partnership, partnership_school, partnership_opleiding). */
@Repository
class Partnerships {

    private record Row(String code, String name, String regionCode, Sector sector) {
    }

    private final JdbcTemplate jdbc;

    Partnerships(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** All partnerships, or those of one region, ordered by region and name; members in two queries, not one per row. */
    List<Partnership> list(String region) {
        String where = region == null ? "" : " where region_code = ?";
        Object[] arguments = region == null ? new Object[0] : new Object[] { region };
        List<Row> rows = jdbc.query("select code, name, region_code, sector from partnership" + where
                + " order by region_code, name", (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        Sector.valueOf(rs.getString(4))), arguments);
        Map<String, List<String>> schools = members("partnership_school", "school_code", region);
        Map<String, List<String>> opleidingen = members("partnership_opleiding", "opleiding_code", region);
        return rows.stream().map(row -> new Partnership(row.code(), row.name(), row.regionCode(), row.sector(),
                schools.getOrDefault(row.code(), List.of()), opleidingen.getOrDefault(row.code(), List.of()))).toList();
    }

    Optional<Partnership> get(String code) {
        return list(null).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    boolean exists(String code) {
        return jdbc.queryForObject("select count(*) from partnership where code = ?", Integer.class, code) > 0;
    }

    /** Inserts or replaces the partnership with its members. */
    void save(Partnership partnership) {
        if (exists(partnership.code())) {
            jdbc.update("update partnership set name = ?, region_code = ?, sector = ? where code = ?", partnership.name(),
                    partnership.regionCode(), partnership.sector().name(), partnership.code());
            jdbc.update("delete from partnership_school where partnership_code = ?", partnership.code());
            jdbc.update("delete from partnership_opleiding where partnership_code = ?", partnership.code());
        } else {
            jdbc.update("insert into partnership (code, name, region_code, sector) values (?, ?, ?, ?)",
                    partnership.code(), partnership.name(), partnership.regionCode(), partnership.sector().name());
        }
        partnership.schoolCodes().forEach(school -> jdbc.update(
                "insert into partnership_school (partnership_code, school_code) values (?, ?)", partnership.code(), school));
        partnership.opleidingCodes().forEach(opleiding -> jdbc.update(
                "insert into partnership_opleiding (partnership_code, opleiding_code) values (?, ?)", partnership.code(),
                opleiding));
    }

    private Map<String, List<String>> members(String table, String column, String region) {
        String sql = "select m.partnership_code, m." + column + " from " + table + " m"
                + (region == null ? "" : " join partnership p on p.code = m.partnership_code where p.region_code = ?")
                + " order by m." + column;
        Map<String, List<String>> members = new HashMap<>();
        Object[] arguments = region == null ? new Object[0] : new Object[] { region };
        jdbc.query(sql, rs -> {
            members.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getString(2));
        }, arguments);
        return members;
    }
}
